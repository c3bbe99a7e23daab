/**
 * Store-safe bundles (WXT module, auto-loaded from `modules/`).
 *
 * Two libraries we bundle ship code paths that Account Helper can never use, and that store
 * reviewers rightly flag (`web-ext lint`: DANGEROUS_EVAL, UNSAFE_VAR_ASSIGNMENT). This build step
 * removes exactly those paths, in the bundle only; node_modules is never changed:
 *
 * - **zod: the object-parser JIT.** zod 4 compiles a fast parser for every `z.object()` with
 *   `new Function` (`Doc.compile` in `zod/v4/core/doc.js`) when its `allowsEval` probe (itself a
 *   `Function("")` call, `zod/v4/core/util.js`) says eval works. Manifest V3 extension pages and
 *   workers forbid eval in their content security policy, so in the extension the probe always
 *   fails and zod always falls back to its ordinary parser: the JIT is dead code that still ships.
 *   We make that decision at build time: `$ZodObjectJIT` gets `fastEnabled = false` instead of
 *   `jit && allowsEval.value`, so the minifier drops the JIT branch, and with it `Doc`,
 *   `new Function` and the probe. Parsing behaves exactly as it does today in the browser.
 *   (`z.config({ jitless: true })` would only skip the probe: the `new Function` code would stay.
 *   The unit tests set it, so they run the same parser the extension ships: see
 *   test/unit/setup/zod-jitless.ts.)
 * - **Preact: `dangerouslySetInnerHTML`.** Preact's renderer writes `dom.innerHTML = __html` only
 *   for an element given the `dangerouslySetInnerHTML` prop. Account Helper never passes it (Biome's
 *   `security/noDangerouslySetInnerHtml` rule, on in `npm run lint`, rejects it), and Preact has no
 *   build without it. We replace that one assignment with an error, so the HTML sink is gone and a
 *   future use fails loudly in the tests instead of injecting markup.
 *
 * Every edit must match exactly once in its file, and a build that bundles the library without
 * passing through the edited file fails: when zod or Preact change, the build stops and points
 * here rather than quietly shipping the code again. `scripts/check-package.ts` and
 * `npm run lint:firefox` check the built files as well.
 */
import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

export interface SourceEdit {
  /** npm package the file belongs to. */
  pkg: string;
  /** The file(s) inside the package that hold the code, e.g. `v4/core/schemas.js`. */
  files: readonly string[];
  /** Text to find; must occur exactly once in the file. */
  find: string | RegExp;
  replace: string;
  /** Shown when the edit no longer applies. */
  why: string;
}

export const SOURCE_EDITS: readonly SourceEdit[] = [
  {
    pkg: 'zod',
    files: ['v4/core/schemas.js'],
    find: 'const fastEnabled = jit && allowsEval.value;',
    replace:
      'const fastEnabled = false; /* account-helper: eval is forbidden in extensions (modules/safe-bundle.ts) */',
    why: "zod's object JIT (new Function) must not ship",
  },
  {
    pkg: 'preact',
    // What the `import` and `browser` export conditions resolve to (the same code).
    files: ['dist/preact.mjs', 'dist/preact.module.js'],
    // Minified: `(dom.innerHTML=newHtml.__html)`, the only non-empty innerHTML write.
    find: /\((\w+)\.innerHTML=(\w+)\.__html\)/,
    replace:
      '(()=>{throw new Error("dangerouslySetInnerHTML is left out of Account Helper (modules/safe-bundle.ts)")})()',
    why: "Preact's dangerouslySetInnerHTML (innerHTML) must not ship",
  },
];

/** Normalised module id: forward slashes, no query. */
function cleanId(id: string): string {
  return id.replace(/\?.*$/, '').replaceAll('\\', '/');
}

/** The package a module id belongs to (innermost `node_modules`), or undefined. */
export function packageOf(id: string): string | undefined {
  const path = cleanId(id);
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const match = /^((?:@[^/]+\/)?[^/]+)\//.exec(path.slice(at + '/node_modules/'.length));
  return match?.[1];
}

/** Whether `id` is one of the edit's files. */
export function isEditTarget(id: string, edit: SourceEdit): boolean {
  const path = cleanId(id);
  return edit.files.some((file) => path.endsWith(`/node_modules/${edit.pkg}/${file}`));
}

function countMatches(code: string, find: string | RegExp): number {
  if (typeof find === 'string') return code.split(find).length - 1;
  const global = new RegExp(find.source, find.flags.includes('g') ? find.flags : `${find.flags}g`);
  return [...code.matchAll(global)].length;
}

/**
 * Applies every edit whose file `id` is. Throws when an edit doesn't match exactly once.
 * Returns the new code and the edits applied (empty when `id` is no edit's file).
 */
export function applySourceEdits(
  id: string,
  code: string,
  edits: readonly SourceEdit[] = SOURCE_EDITS,
): { code: string; applied: SourceEdit[] } {
  const applied: SourceEdit[] = [];
  let out = code;
  for (const edit of edits) {
    if (!isEditTarget(id, edit)) continue;
    const count = countMatches(out, edit.find);
    if (count !== 1) {
      throw new Error(
        `safe-bundle: expected exactly one match of ${String(edit.find)} in ${cleanId(id)}, found ${count}. ` +
          `${edit.why}: update modules/safe-bundle.ts for this ${edit.pkg} version.`,
      );
    }
    out = out.replace(edit.find, edit.replace);
    applied.push(edit);
  }
  return { code: out, applied };
}

/** The Vite plugin: edits while bundling, then checks that no bundled package was missed. */
export function safeBundlePlugin(edits: readonly SourceEdit[] = SOURCE_EDITS): Plugin {
  const packages = new Set(edits.map((edit) => edit.pkg));
  const seenPackages = new Set<string>();
  const applied = new Set<SourceEdit>();
  return {
    name: 'account-helper:safe-bundle',
    enforce: 'pre',
    apply: 'build',
    buildStart() {
      seenPackages.clear();
      applied.clear();
    },
    transform(code, id) {
      const pkg = packageOf(id);
      if (!pkg || !packages.has(pkg)) return null;
      seenPackages.add(pkg);
      const result = applySourceEdits(id, code, edits);
      if (result.applied.length === 0) return null;
      for (const edit of result.applied) applied.add(edit);
      return { code: result.code, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missed = edits.filter((edit) => seenPackages.has(edit.pkg) && !applied.has(edit));
      if (missed.length > 0) {
        this.error(
          `safe-bundle: bundled ${missed.map((edit) => `${edit.pkg} without passing through ${edit.files.join(' or ')}`).join(', ')}. ` +
            `${missed.map((edit) => edit.why).join('; ')}: update modules/safe-bundle.ts.`,
        );
      }
    },
  };
}

export default defineWxtModule({
  name: 'account-helper:safe-bundle',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [safeBundlePlugin()] }));
  },
});
