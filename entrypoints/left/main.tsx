import { render } from 'preact';
import 'virtual:account-helper/tokens.css';
import '../../src/ui/shared/tokens.css';
import { LeftLookalike } from '../../src/ui/left/LeftLookalike';
import { localizeDocument, t } from '../../src/ui/shared/i18n';

localizeDocument(t('left.title'));

render(<LeftLookalike />, document.getElementById('app') as HTMLElement);
