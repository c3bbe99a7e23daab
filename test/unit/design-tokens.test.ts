import { describe, expect, it } from 'vitest';
import { COLOURS, type ColourToken, tokenCss } from '../../src/ui/shared/design-tokens';

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const s = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text colours and the backgrounds they are used on (WCAG 1.4.3: 4.5:1). */
const TEXT_ON: [ColourToken, ColourToken[]][] = [
  ['text', ['bg', 'surface', 'genuine-bg', 'danger-bg', 'warn-bg']],
  ['muted', ['bg', 'surface', 'genuine-bg', 'danger-bg', 'warn-bg']],
  ['accent', ['bg', 'surface', 'genuine-bg', 'danger-bg', 'warn-bg']],
  ['genuine', ['bg', 'surface', 'genuine-bg']],
  ['danger', ['bg', 'surface', 'danger-bg']],
  ['warn', ['bg', 'surface']],
  ['on-accent', ['accent', 'danger', 'genuine', 'warn']],
];
/** Edges of controls and the focus ring (WCAG 1.4.11 and 2.4.13: 3:1). */
const NON_TEXT_ON: [ColourToken, ColourToken[]][] = [
  ['control', ['bg', 'surface']],
  ['focus', ['bg', 'surface', 'genuine-bg', 'danger-bg', 'warn-bg']],
];

describe('design tokens', () => {
  for (const [scheme, index] of [
    ['light', 0],
    ['dark', 1],
  ] as const) {
    it(`text colours have 4.5:1 on their backgrounds (${scheme})`, () => {
      for (const [fg, backgrounds] of TEXT_ON) {
        for (const bg of backgrounds) {
          const ratio = contrast(COLOURS[fg][index], COLOURS[bg][index]);
          expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`control edges and the focus ring have 3:1 (${scheme})`, () => {
      for (const [fg, backgrounds] of NON_TEXT_ON) {
        for (const bg of backgrounds) {
          const ratio = contrast(COLOURS[fg][index], COLOURS[bg][index]);
          expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  it('gives pages and shadow roots the same custom properties, light and dark', () => {
    const root = tokenCss(':root');
    expect(tokenCss(':host')).toBe(root.replaceAll(':root', ':host'));
    for (const [name, [light, dark]] of Object.entries(COLOURS)) {
      expect(root).toContain(`--ah-${name}:${light}`);
      expect(root).toContain(`--ah-${name}:${dark}`);
    }
    expect(root).toMatch(/^:root\{color-scheme:light dark;/);
    expect(root).toContain('@media (prefers-color-scheme:dark){:root{');
    expect(root).toContain('@media (prefers-reduced-motion:reduce){:root{--ah-transition:0s}}');
  });
});
