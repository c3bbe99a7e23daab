/**
 * The guard's first look compiled with its script (WXT module, auto-loaded from `modules/`).
 *
 * `guard.js` runs in every page and frame while the guard is on, and nearly all of it runs on every
 * page. V8 pre-parses each function of a script and parses it again at its first call; its
 * explicit compile hint, a first line `//# allFunctionsCalledOnLoad`, compiles them all with the
 * script instead. That saves a page about 0.3 ms in Chromium (`npm run bench`). To every other
 * engine it is a comment. It is added after minifying, which would drop it, and to this one file
 * only: the rest of the guard (`guard-check.js`) runs only a part of its code on a given page, and
 * compiling all of it costs those pages more.
 */
import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** The entrypoint whose functions all run on every page: entrypoints/guard.ts. */
export const EAGER_ENTRYPOINTS: readonly string[] = ['guard'];

export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code;
}

export function compileHintPlugin(): Plugin {
  return {
    name: 'account-helper:compile-hint',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = withCompileHint(chunk.code);
      }
    },
  };
}

export default defineWxtModule({
  name: 'account-helper:compile-hint',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      // WXT builds each content or unlisted script on its own.
      if (!entrypoints.every((entry) => EAGER_ENTRYPOINTS.includes(entry.name))) return;
      config.plugins = [...(config.plugins ?? []), compileHintPlugin()];
    });
  },
});
