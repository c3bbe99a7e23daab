import { render } from 'preact';
import '../../src/ui/shared/tokens.css';
import { LeftLookalike } from '../../src/ui/left/LeftLookalike';

render(<LeftLookalike />, document.getElementById('app') as HTMLElement);
