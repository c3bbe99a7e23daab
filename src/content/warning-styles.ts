import { tokenCss } from '../ui/shared/design-tokens';

/**
 * Styles for the lookalike warning; they live inside the closed shadow root only, on the
 * extension's design tokens (src/ui/shared/design-tokens.ts), light and dark.
 */
export const WARNING_CSS = `
:host { all: initial; }
${tokenCss(':host')}
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: flex-start; justify-content: center;
  padding: 8vh var(--ah-space-4) var(--ah-space-4); overflow: auto;
  background: rgb(20 0 0 / 0.72);
  font: 16px/1.5 var(--ah-font); color: var(--ah-text);
}
.dialog {
  box-sizing: border-box; width: 100%; max-width: 640px;
  padding: var(--ah-space-6); border-radius: var(--ah-radius-lg);
  border-top: 8px solid var(--ah-danger);
  background: var(--ah-bg); box-shadow: 0 12px 40px rgb(0 0 0 / 0.5);
}
h1 { margin: 0 0 var(--ah-space-3); font-size: var(--ah-text-2xl); line-height: 1.25; color: var(--ah-danger); }
h1::before {
  content: ''; display: inline-block; width: 24px; height: 24px; margin-right: 10px;
  vertical-align: -3px; background: var(--ah-danger);
  mask: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 20'%3E%3Cmask id='m'%3E%3Crect width='20' height='20' fill='white'/%3E%3Cpath d='M10 7.5v4.5' stroke='black' stroke-width='2.4' stroke-linecap='round'/%3E%3Ccircle cx='10' cy='15' r='1.4'/%3E%3C/mask%3E%3Cpath d='M10 2 19 17.5H1Z' stroke='black' stroke-width='2' stroke-linejoin='round' mask='url(%23m)'/%3E%3C/svg%3E") center / contain no-repeat;
}
p { margin: 0 0 var(--ah-space-3); }
ul { margin: 0 0 var(--ah-space-4); padding-left: 20px; }
.actions {
  display: flex; flex-wrap: wrap; gap: var(--ah-space-3); align-items: center;
  margin-top: var(--ah-space-4);
}
button {
  font: inherit; font-weight: 600; padding: 10px 18px; border-radius: var(--ah-radius);
  cursor: pointer; border: 2px solid var(--ah-danger);
}
.leave { background: var(--ah-danger); color: var(--ah-on-accent); }
.proceed { background: transparent; color: var(--ah-danger); margin-top: var(--ah-space-2); }
details { margin-top: var(--ah-space-3); color: var(--ah-muted); }
summary { cursor: pointer; }
:focus-visible { outline: 3px solid var(--ah-focus); outline-offset: 2px; }
.chip {
  position: fixed; right: var(--ah-space-3); bottom: var(--ah-space-3); z-index: 2147483647;
  padding: 6px var(--ah-space-3); border-radius: 999px;
  background: var(--ah-danger); color: var(--ah-on-accent);
  font: 600 var(--ah-text-sm)/1.4 var(--ah-font);
}
`;
