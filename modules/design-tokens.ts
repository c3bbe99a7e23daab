/**
 * Design tokens for the extension's pages and content scripts (WXT module, auto-loaded from
 * `modules/`), all from `src/ui/shared/design-tokens.ts`, so pages, panel and warning can't drift
 * apart:
 * - `import 'virtual:account-helper/tokens.css'` (each page's `main.tsx`) is the stylesheet that
 *   puts every token on `:root` as CSS custom properties.
 * - `import css from './name.css?shadow'` (the content scripts) is that file's CSS as a string, for
 *   a shadow root: minified, with the tokens it uses (and only those) on `:host`. Every byte of a
 *   content script is loaded into the pages it runs on.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';
import { schemeOverrideCss, tokenCss, tokensUsedBy } from '../src/ui/shared/design-tokens';

export const TOKENS_CSS_ID = 'virtual:account-helper/tokens.css';
const RESOLVED_ID = `\0${TOKENS_CSS_ID}`;
const SHADOW_QUERY = '?shadow';
// The module's id must not end in `.css`, or Vite's own CSS handling takes it over.
const SHADOW_PREFIX = '\0account-helper-shadow-css:';
const SHADOW_SUFFIX = '.js';

/** A stylesheet for a shadow root, as it goes into a content script. */
export async function shadowCss(source: string): Promise<string> {
  const used = tokensUsedBy(source);
  const uses = (name: string) => used.has(name);
  // After the sheet, so that its `:host { all: initial }` leaves the tokens' color-scheme alone.
  // A sheet that styles `data-scheme` (the guidance panel) also gets each scheme on demand.
  const schemes = source.includes('data-scheme')
    ? schemeOverrideCss((scheme) => `[data-scheme="${scheme}"]`, uses)
    : '';
  const css = `${source}\n${tokenCss(':host', uses)}${schemes}`;
  const { code } = await transform(css, { loader: 'css', minify: true });
  return code.trim();
}

export function designTokensPlugin(): Plugin {
  return {
    name: 'account-helper:design-tokens',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === TOKENS_CSS_ID) return RESOLVED_ID;
      if (id.endsWith(SHADOW_QUERY) && importer) {
        return `${SHADOW_PREFIX}${resolve(dirname(importer), id.slice(0, -SHADOW_QUERY.length))}${SHADOW_SUFFIX}`;
      }
      return undefined;
    },
    async load(id) {
      if (id === RESOLVED_ID) {
        return `${tokenCss(':root')}${schemeOverrideCss((s) => `:root[data-scheme="${s}"]`)}\n`;
      }
      if (!id.startsWith(SHADOW_PREFIX)) return undefined;
      const file = id.slice(SHADOW_PREFIX.length, -SHADOW_SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(await shadowCss(readFileSync(file, 'utf8')))};`;
    },
  };
}

export default defineWxtModule({
  name: 'account-helper:design-tokens',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [designTokensPlugin()] }));
  },
});
