/**
 * Design tokens for the extension's pages (WXT module, auto-loaded from `modules/`).
 *
 * `import 'virtual:account-helper/tokens.css'` (each page's `main.tsx`) is the stylesheet that
 * puts the tokens of `src/ui/shared/design-tokens.ts` on `:root` as CSS custom properties. The
 * content scripts put the same values on their shadow root's `:host` from the same module, so
 * pages, panel and warning can't drift apart.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { tokenCss } from '../src/ui/shared/design-tokens';

export const TOKENS_CSS_ID = 'virtual:account-helper/tokens.css';
const RESOLVED_ID = `\0${TOKENS_CSS_ID}`;

export function designTokensPlugin(): Plugin {
  return {
    name: 'account-helper:design-tokens',
    resolveId: (id) => (id === TOKENS_CSS_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `${tokenCss(':root')}\n` : undefined),
  };
}

export default defineWxtModule({
  name: 'account-helper:design-tokens',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [designTokensPlugin()] }));
  },
});
