import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applySourceEdits,
  isEditTarget,
  packageOf,
  SOURCE_EDITS,
  type SourceEdit,
} from '../../modules/safe-bundle';

const require = createRequire(import.meta.url);

/** The installed package's folder, found through its package.json. */
function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function editFor(pkg: string): SourceEdit {
  const edit = SOURCE_EDITS.find((candidate) => candidate.pkg === pkg);
  if (!edit) throw new Error(`no edit for ${pkg}`);
  return edit;
}

describe('safe-bundle edits against the installed libraries', () => {
  it("turns zod's object JIT off at build time", () => {
    const path = join(packageDir('zod'), 'v4/core/schemas.js');
    const source = readFileSync(path, 'utf8');
    const { code, applied } = applySourceEdits(path, source);
    expect(applied).toEqual([editFor('zod')]);
    expect(code).toContain('const fastEnabled = false;');
    expect(code).not.toContain('allowsEval.value');
    // The JIT branch is still there, but behind a constant `false` the minifier removes.
    expect(code).toMatch(/if \(jit && fastEnabled &&/);
  });

  it.each(['dist/preact.mjs', 'dist/preact.module.js'])(
    "removes Preact's only innerHTML write from %s",
    (file) => {
      const path = join(packageDir('preact'), file);
      const source = readFileSync(path, 'utf8');
      const { code, applied } = applySourceEdits(path, source);
      expect(applied).toEqual([editFor('preact')]);
      expect(code).not.toMatch(/\.innerHTML=\w+\.__html/);
      expect(code).toContain('dangerouslySetInnerHTML is left out of Account Helper');
      // Clearing (a literal) is left alone.
      expect(code).toMatch(/\.innerHTML=""/);
    },
  );
});

describe('applySourceEdits', () => {
  const edit: SourceEdit = {
    pkg: 'lib',
    files: ['dist/lib.js'],
    find: 'slow()',
    replace: 'fast()',
    why: 'test',
  };

  it('leaves other files alone', () => {
    const result = applySourceEdits('/p/node_modules/lib/dist/other.js', 'slow()', [edit]);
    expect(result).toEqual({ code: 'slow()', applied: [] });
  });

  it('edits the file, also through a query string and Windows separators', () => {
    for (const id of [
      '/p/node_modules/lib/dist/lib.js',
      '/p/node_modules/lib/dist/lib.js?v=123',
      'C:\\p\\node_modules\\lib\\dist\\lib.js',
    ]) {
      expect(applySourceEdits(id, 'a; slow(); b', [edit]).code).toBe('a; fast(); b');
    }
  });

  it('fails loudly when the library changed', () => {
    const id = '/p/node_modules/lib/dist/lib.js';
    expect(() => applySourceEdits(id, 'nothing here', [edit])).toThrow(/found 0/);
    expect(() => applySourceEdits(id, 'slow(); slow()', [edit])).toThrow(/found 2/);
  });

  it('matches a regular expression exactly once', () => {
    const regex: SourceEdit = { ...edit, find: /\((\w+)\.x=(\w+)\)/ };
    const id = '/p/node_modules/lib/dist/lib.js';
    expect(applySourceEdits(id, 'f(a.x=b)', [regex]).code).toBe('ffast()');
    expect(() => applySourceEdits(id, '(a.x=b)(c.x=d)', [regex])).toThrow(/found 2/);
  });
});

describe('module ids', () => {
  it('names the innermost package', () => {
    expect(packageOf('/p/node_modules/zod/v4/core/schemas.js')).toBe('zod');
    expect(packageOf('/p/node_modules/a/node_modules/preact/dist/preact.mjs')).toBe('preact');
    expect(packageOf('/p/node_modules/@scope/pkg/index.js')).toBe('@scope/pkg');
    expect(packageOf('/p/src/core/zod.ts')).toBeUndefined();
  });

  it('knows which files to edit', () => {
    expect(isEditTarget('/p/node_modules/zod/v4/core/schemas.js', editFor('zod'))).toBe(true);
    expect(isEditTarget('/p/node_modules/zod/v4/mini/schemas.js', editFor('zod'))).toBe(false);
    expect(isEditTarget('/p/node_modules/preact/dist/preact.mjs', editFor('preact'))).toBe(true);
    expect(isEditTarget('/p/node_modules/preact/hooks/dist/hooks.mjs', editFor('preact'))).toBe(
      false,
    );
  });
});
