/**
 * Account Helper's design tokens: the one source of its colours, type, spacing and radii, light
 * and dark. The extension's pages get them as CSS custom properties on `:root` (generated at
 * build time by `modules/design-tokens.ts`, imported as `virtual:account-helper/tokens.css`); the
 * guidance panel and the lookalike warning put the same properties on their shadow root's
 * `:host` (`src/content/**`). Everything else uses `var(--ah-…)`.
 *
 * Every pair of text and background colours meant to go together has at least 4.5:1 contrast,
 * in both schemes; `control` (edges of inputs and buttons) and `focus` at least 3:1 against
 * `bg` and `surface` (WCAG 1.4.11): test/unit/design-tokens.test.ts checks them, and the
 * accessibility e2e test checks the pages with axe. Kept small: the content scripts bundle it.
 */

/** `[light, dark]` */
export const COLOURS = {
  bg: ['#ffffff', '#16191d'],
  surface: ['#f4f6f8', '#20252b'],
  text: ['#1b1f24', '#e8eaed'],
  muted: ['#57606a', '#a8b0b9'],
  border: ['#d0d7de', '#3a424b'],
  control: ['#6e7781', '#8b949e'],
  accent: ['#0f62c2', '#6cb0ff'],
  /** Text on a filled accent, danger, genuine or warn background. */
  'on-accent': ['#ffffff', '#0d1117'],
  focus: ['#0f62c2', '#6cb0ff'],
  genuine: ['#0e6b38', '#7fd89e'],
  'genuine-bg': ['#e6f4ea', '#173324'],
  danger: ['#b3141f', '#ff9a94'],
  'danger-bg': ['#fdecea', '#3d1a1a'],
  warn: ['#8a5a00', '#e3b341'],
  'warn-bg': ['#fff4ce', '#3b2e0a'],
} as const;

export const SCALE = {
  font: 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
  'font-size': '14px',
  'text-xs': '12px',
  'text-sm': '13px',
  'text-lg': '16px',
  'text-xl': '18px',
  'text-2xl': '22px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-6': '24px',
  'radius-sm': '6px',
  radius: '8px',
  'radius-lg': '12px',
  shadow: '0 6px 24px rgb(0 0 0/.18)',
  transition: '150ms ease-out',
} as const;

export type ColourToken = keyof typeof COLOURS;
export type ScaleToken = keyof typeof SCALE;

type Used = (name: string) => boolean;
const everything: Used = () => true;

const declarations = (entries: [string, string][], used: Used) =>
  entries
    .filter(([name]) => used(name))
    .map(([name, value]) => `--ah-${name}:${value}`)
    .join(';');

const scheme = (index: 0 | 1, used: Used) =>
  declarations(
    Object.entries(COLOURS).map(([name, pair]) => [name, pair[index]]),
    used,
  );

/**
 * The tokens as CSS custom properties on `selector` (`:root` for pages, `:host` in a shadow
 * root), dark under `prefers-color-scheme: dark`, no motion under `prefers-reduced-motion`.
 * `used` keeps only some tokens: a content script's stylesheet carries just the ones it uses.
 */
export function tokenCss(selector: string, used: Used = everything): string {
  const scale = declarations(Object.entries(SCALE), used);
  const dark = [scheme(1, used), used('shadow') ? '--ah-shadow:0 6px 24px rgb(0 0 0/.5)' : '']
    .filter(Boolean)
    .join(';');
  return [
    `${selector}{${['color-scheme:light dark', scale, scheme(0, used)].filter(Boolean).join(';')}}`,
    dark && `@media (prefers-color-scheme:dark){${selector}{${dark}}}`,
    used('transition') && `@media (prefers-reduced-motion:reduce){${selector}{--ah-transition:0s}}`,
  ]
    .filter(Boolean)
    .join('');
}

/**
 * One scheme's colours, whatever the system's setting, on the elements `selector(scheme)` picks:
 * the guidance panel follows the page it sits on (a dark panel on Microsoft's light page looks
 * broken), so it says `data-scheme="light"` or `"dark"`, and so does its private frame's root.
 */
export function schemeOverrideCss(
  selector: (scheme: 'light' | 'dark') => string,
  used: Used = everything,
): string {
  const light = ['color-scheme:light', scheme(0, used)].filter(Boolean).join(';');
  const dark = [
    'color-scheme:dark',
    scheme(1, used),
    used('shadow') ? '--ah-shadow:0 6px 24px rgb(0 0 0/.5)' : '',
  ]
    .filter(Boolean)
    .join(';');
  return `${selector('light')}{${light}}${selector('dark')}{${dark}}`;
}

/** The token names a stylesheet refers to (`var(--ah-name)`). */
export function tokensUsedBy(css: string): Set<string> {
  return new Set(Array.from(css.matchAll(/var\(--ah-([\w-]+)/g), (match) => match[1] as string));
}
