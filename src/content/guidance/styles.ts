import { tokenCss } from '../../ui/shared/design-tokens';

/**
 * The panel's styles; they live in the closed shadow root only. The colours, type, spacing and
 * radii are the extension's design tokens (src/ui/shared/design-tokens.ts), on `:host`: light and
 * dark follow the system (`prefers-color-scheme`), and nothing moves unless the person allows
 * motion.
 */
export const PANEL_CSS = `
:host { all: initial; display: block; }
${tokenCss(':host')}
[hidden] { display: none !important; }
.panel {
  --weak: var(--ah-danger); --fair: var(--ah-warn); --good: var(--ah-genuine);
  box-sizing: border-box; z-index: 2147483646;
  font: var(--ah-font-size)/1.45 var(--ah-font);
  color: var(--ah-text); background: var(--ah-bg);
  border: 1px solid var(--ah-border); border-radius: var(--ah-radius-lg);
  box-shadow: var(--ah-shadow);
  text-align: start;
}
.panel[data-layout='right'], .panel[data-layout='left'] {
  position: fixed; bottom: 12px; width: min(340px, calc(100vw - 24px));
}
.panel[data-layout='right'] { right: 12px; }
.panel[data-layout='left'] { left: 12px; }
.panel[data-layout='inline'] {
  position: relative; margin: 16px auto; width: calc(100% - 24px); max-width: 560px;
}
.panel.collapsed { width: max-content; max-width: calc(100vw - 24px); border-radius: 999px; }
.toggle {
  all: unset; box-sizing: border-box; display: flex; align-items: center;
  gap: var(--ah-space-2); width: 100%; padding: 10px var(--ah-space-4); cursor: pointer;
  font-weight: 600; border-radius: var(--ah-radius-lg);
}
.collapsed .toggle { border-radius: 999px; padding: var(--ah-space-2) var(--ah-space-4); }
:focus-visible { outline: 3px solid var(--ah-focus); outline-offset: 2px; }
.body:focus-visible { outline-offset: -3px; }
.mark {
  display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 50%;
  background: var(--ah-accent); color: var(--ah-on-accent); font-size: var(--ah-text-xs);
  flex: none;
}
.chevron { margin-inline-start: auto; font-size: var(--ah-text-xs); color: var(--ah-muted); }
.badge {
  display: inline-grid; place-items: center; min-width: 18px; height: 18px; border-radius: 9px;
  background: var(--ah-warn); color: var(--ah-on-accent); font-size: var(--ah-text-xs);
}
.body {
  padding: var(--ah-space-3) var(--ah-space-4) var(--ah-space-4);
  border-top: 1px solid var(--ah-border); max-height: min(55vh, 480px); overflow: auto;
}
.panel[data-layout='inline'] .body { max-height: none; }
h2 { font-size: var(--ah-text-lg); line-height: 1.3; margin: 0 0 var(--ah-space-2); }
h3 { font-size: var(--ah-font-size); margin: var(--ah-space-3) 0 var(--ah-space-1); }
p { margin: 0 0 var(--ah-space-2); }
a { color: var(--ah-accent); }
ul, ol { margin: 0 0 var(--ah-space-2); padding-inline-start: 20px; }
.sr {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap;
}
.notice {
  margin: 0 0 var(--ah-space-3); padding: var(--ah-space-2) var(--ah-space-3);
  border-inline-start: 4px solid var(--ah-warn); background: var(--ah-warn-bg);
  border-radius: var(--ah-radius-sm);
}
.notice h3, .meter h3 { margin-top: 0; }
.actions { display: flex; flex-wrap: wrap; gap: var(--ah-space-2); margin-top: 6px; }
.button, button.action {
  font: inherit; display: inline-block; padding: 5px var(--ah-space-3);
  border-radius: var(--ah-radius-sm); border: 1px solid var(--ah-accent); background: var(--ah-bg);
  color: var(--ah-accent); text-decoration: none; cursor: pointer;
}
.button.primary { background: var(--ah-accent); color: var(--ah-on-accent); }
ol.steps { list-style: none; padding: 0; }
.steps li { position: relative; padding-inline-start: 22px; margin: 0 0 6px; }
.steps li::before {
  content: '○'; position: absolute; inset-inline-start: 0; color: var(--ah-muted);
}
.steps li[data-state='done']::before { content: '✓'; color: var(--ah-genuine); }
.steps li[data-state='current']::before { content: '●'; color: var(--ah-accent); }
.steps li[data-state='current'] .label { font-weight: 600; }
.steps .detail { display: block; color: var(--ah-muted); }
.fallback { color: var(--ah-muted); font-size: var(--ah-text-sm); }
.meter {
  margin: var(--ah-space-3) 0; padding: var(--ah-space-2) var(--ah-space-3);
  background: var(--ah-surface); border-radius: var(--ah-radius);
}
.bar {
  height: 6px; border-radius: 3px; background: var(--ah-border); overflow: hidden;
  margin: var(--ah-space-1) 0;
}
.bar span { display: block; height: 100%; width: 0; background: var(--weak); }
.meter[data-level='weak'] .bar span { width: 25%; background: var(--weak); }
.meter[data-level='fair'] .bar span { width: 50%; background: var(--fair); }
.meter[data-level='good'] .bar span { width: 75%; background: var(--good); }
.meter[data-level='strong'] .bar span { width: 100%; background: var(--good); }
.level { font-weight: 600; margin: 0; }
.small { font-size: var(--ah-text-xs); color: var(--ah-muted); margin: var(--ah-space-1) 0 0; }
.device { display: flex; gap: 6px; align-items: flex-start; margin: var(--ah-space-2) 0; }
.answer:empty { display: none; }
.answer { margin-top: 6px; }
select { font: inherit; max-width: 100%; }
@media (prefers-reduced-motion: no-preference) {
  .bar span { transition: width 0.2s ease, background-color 0.2s ease; }
  .toggle .chevron { transition: transform 0.15s ease; }
}
.collapsed .chevron { transform: rotate(180deg); }
`;
