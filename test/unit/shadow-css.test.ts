import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shadowCss } from '../../modules/design-tokens';
import { COLOURS, SCALE, tokensUsedBy } from '../../src/ui/shared/design-tokens';

const declared = (css: string) =>
  new Set(Array.from(css.matchAll(/--ah-([\w-]+):/g), (match) => match[1] as string));

describe('stylesheets for the content scripts’ shadow roots', () => {
  it('carry only the tokens they use, light and dark, and every one they use', async () => {
    const source = '.a { color: var(--ah-danger); padding: var(--ah-space-2); }';
    const css = await shadowCss(source);
    expect(declared(css)).toEqual(new Set(['danger', 'space-2']));
    expect(css).toContain(`--ah-danger:${COLOURS.danger[0]}`);
    expect(css).toMatch(/@media ?\(prefers-color-scheme:dark\)\{:host\{--ah-danger:#ff9a94\}\}/);
    expect(css).not.toContain('prefers-reduced-motion');
  });

  it('keep the dark shadow and the motion switch with the tokens that need them', async () => {
    const css = await shadowCss(
      '.a { box-shadow: var(--ah-shadow); transition: var(--ah-transition); }',
    );
    expect(declared(css)).toEqual(new Set(['shadow', 'transition']));
    expect(css).toMatch(/prefers-color-scheme:dark\)\{:host\{--ah-shadow:/);
    expect(css).toMatch(/prefers-reduced-motion:reduce\)\{:host\{--ah-transition:0s\}\}/);
  });

  it('set the tokens after the sheet’s own `all: initial`, which would undo color-scheme', async () => {
    const css = await shadowCss(':host { all: initial; }\n.a { color: var(--ah-text); }');
    expect(css.indexOf('all:initial')).toBeGreaterThanOrEqual(0);
    expect(css.indexOf('color-scheme:light dark')).toBeGreaterThan(css.indexOf('all:initial'));
  });

  it('are minified: no comments, no line breaks', async () => {
    const css = await shadowCss('/* a comment */\n.a {\n  color: var(--ah-text);\n}\n');
    expect(css).not.toContain('comment');
    expect(css).not.toContain('\n');
  });

  for (const file of ['src/content/guidance/panel.css', 'src/content/lookalike-warning.css']) {
    it(`${file} uses only tokens that exist`, () => {
      const known = new Set([...Object.keys(COLOURS), ...Object.keys(SCALE)]);
      const unknown = [...tokensUsedBy(readFileSync(file, 'utf8'))].filter(
        (name) => !known.has(name),
      );
      expect(unknown).toEqual([]);
    });
  }
});
