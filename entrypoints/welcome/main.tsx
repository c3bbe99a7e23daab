import { render } from 'preact';
import 'virtual:account-helper/tokens.css';
import '../../src/ui/shared/tokens.css';
import { localizeDocument, t } from '../../src/ui/shared/i18n';
import { Welcome } from '../../src/ui/welcome/Welcome';

localizeDocument(t('welcome.title'));

render(<Welcome />, document.getElementById('app') as HTMLElement);
