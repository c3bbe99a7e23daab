import { render } from 'preact';
import 'virtual:account-helper/tokens.css';
import '../../src/ui/shared/tokens.css';
import { Options } from '../../src/ui/options/Options';

render(<Options />, document.getElementById('app') as HTMLElement);
