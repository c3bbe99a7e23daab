import { render } from 'preact';
import 'virtual:account-helper/tokens.css';
import '../../src/ui/shared/tokens.css';
import { LeftLookalike } from '../../src/ui/left/LeftLookalike';

render(<LeftLookalike />, document.getElementById('app') as HTMLElement);
