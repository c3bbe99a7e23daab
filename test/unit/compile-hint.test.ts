import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintPlugin, withCompileHint } from '../../modules/compile-hint';

describe('the first look’s compile hint', () => {
  it('is V8’s whole-file hint, on the first line', () => {
    expect(withCompileHint('var guard=1;')).toBe('//# allFunctionsCalledOnLoad\nvar guard=1;');
  });

  it('is added once, however often the bundle is written', () => {
    expect(withCompileHint(withCompileHint('x'))).toBe(`${COMPILE_HINT}x`);
  });

  it('goes on the entry chunk only, after minifying', () => {
    const entry = { type: 'chunk', isEntry: true, code: 'var guard=1;' } as Rollup.OutputChunk;
    const shared = { type: 'chunk', isEntry: false, code: 'var x=2;' } as Rollup.OutputChunk;
    const bundle = { 'guard.js': entry, 'chunks/x.js': shared } as unknown as Rollup.OutputBundle;
    const plugin = compileHintPlugin();
    const generate = plugin.generateBundle as (
      this: unknown,
      o: unknown,
      b: Rollup.OutputBundle,
    ) => void;
    generate.call({}, {}, bundle);
    expect(entry.code).toBe(`${COMPILE_HINT}var guard=1;`);
    expect(shared.code).toBe('var x=2;');
  });
});
