import { render } from 'preact';
import 'virtual:account-helper/tokens.css';
import '../../src/ui/shared/tokens.css';
import { Welcome } from '../../src/ui/welcome/Welcome';

render(<Welcome />, document.getElementById('app') as HTMLElement);
