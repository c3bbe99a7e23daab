import 'virtual:account-helper/tokens.css';
import './panel-accounts.css';
import { guidanceView } from '../../src/core/guidance/view';
import { DEFAULT_LOCALE, isLocale } from '../../src/core/i18n/locales';
import { mountPrivateAccounts } from '../../src/ui/panel-accounts/private-accounts';

// The guidance panel's language, chosen by its content script (only the language comes in).
const params = new URLSearchParams(location.search);
const requested = params.get('locale');
const scheme = params.get('scheme');
if (scheme === 'light' || scheme === 'dark') document.documentElement.dataset.scheme = scheme;
const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
document.documentElement.lang = locale;
const text = guidanceView('sign-in', locale).accounts;
if (text) mountPrivateAccounts(document.getElementById('app') as HTMLElement, text, window);
