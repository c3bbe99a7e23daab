import { render } from 'preact';
import 'virtual:account-helper/tokens.css';
import '../../src/ui/shared/tokens.css';
import { Options } from '../../src/ui/options/Options';
import { localizeDocument, t } from '../../src/ui/shared/i18n';

localizeDocument(t('options.title'));

render(<Options />, document.getElementById('app') as HTMLElement);
