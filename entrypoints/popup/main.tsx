import { render } from 'preact';
import 'virtual:account-helper/tokens.css';
import '../../src/ui/shared/tokens.css';
import '../../src/ui/popup/popup.css';
import { Popup } from '../../src/ui/popup/Popup';
import { localizeDocument, t } from '../../src/ui/shared/i18n';

localizeDocument(t('extName'));

render(<Popup />, document.getElementById('app') as HTMLElement);
// Preact renders synchronously: from here the account check's form accepts input (npm run bench).
performance.mark('account-helper:popup-ready');
