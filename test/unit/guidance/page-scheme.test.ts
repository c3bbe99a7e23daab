import { describe, expect, it } from 'vitest';
import { shadowCss } from '../../../modules/design-tokens';
import { opaqueLuminance, pageSchemeOf } from '../../../src/core/guidance/page-scheme';
import { COLOURS } from '../../../src/ui/shared/design-tokens';

/** Issue 18, item 10: the guidance panel matches the page it sits on, not only the system. */
describe('the page’s own light or dark look', () => {
  it('is what the first opaque background says, whatever the system prefers', () => {
    // Microsoft's light page on a dark system: light.
    expect(pageSchemeOf(['rgb(242, 242, 242)', 'rgba(0, 0, 0, 0)'], 'normal', true)).toBe('light');
    expect(pageSchemeOf(['rgb(255, 255, 255)'], 'light dark', true)).toBe('light');
    // A dark page on a light system: dark.
    expect(pageSchemeOf(['rgb(27, 27, 27)'], 'normal', false)).toBe('dark');
    expect(pageSchemeOf(['rgba(0, 0, 0, 0)', 'rgb(32, 31, 30)'], 'normal', false)).toBe('dark');
  });

  it('falls back to the canvas: dark only when the page opted in and the system is dark', () => {
    const clear = ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'];
    expect(pageSchemeOf(clear, 'normal', true)).toBe('light');
    expect(pageSchemeOf(clear, 'light dark', true)).toBe('dark');
    expect(pageSchemeOf(clear, 'light dark', false)).toBe('light');
  });

  it('reads rgb() and rgba() in both syntaxes, and ignores what is mostly see-through', () => {
    expect(opaqueLuminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(opaqueLuminance('rgb(0 0 0 / 0.9)')).toBeCloseTo(0);
    expect(opaqueLuminance('rgba(0, 0, 0, 0.2)')).toBeNull();
    expect(opaqueLuminance('transparent')).toBeNull();
  });

  it('the panel’s stylesheet carries both schemes for `data-scheme`, beating the system’s', async () => {
    const css = await shadowCss('[data-scheme] {}\n.panel { background: var(--ah-bg); }');
    expect(css).toContain(`[data-scheme=light]{color-scheme:light;--ah-bg:${COLOURS.bg[0]}}`);
    expect(css).toContain(`[data-scheme=dark]{color-scheme:dark;--ah-bg:${COLOURS.bg[1]}}`);
    // Sheets that don't use it stay as small as before.
    expect(await shadowCss('.a { color: var(--ah-bg); }')).not.toContain('data-scheme');
  });
});
