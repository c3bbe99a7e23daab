/**
 * The panel's styles; they live in the closed shadow root only. Light and dark follow the
 * system (`prefers-color-scheme`), and nothing moves unless the person allows motion.
 */
export const PANEL_CSS = `
:host { all: initial; display: block; }
[hidden] { display: none !important; }
.panel {
  --fg: #1b1f24; --muted: #57606a; --bg: #ffffff; --line: #c9d1d9; --link: #0f62c2;
  --soft: #f3f6f9; --warn-bg: #fff4ce; --warn-line: #9a6700;
  --weak: #c50f1f; --fair: #9a6700; --good: #0e7a0d; --strong: #0e7a0d;
  box-sizing: border-box; z-index: 2147483646;
  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 12px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
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
  all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 8px;
  width: 100%; padding: 8px 14px; cursor: pointer; font-weight: 600; border-radius: 12px;
}
.collapsed .toggle { border-radius: 999px; }
.toggle:focus-visible, a:focus-visible, button:focus-visible, select:focus-visible,
input:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.mark {
  display: inline-grid; place-items: center; width: 20px; height: 20px; border-radius: 50%;
  background: var(--link); color: var(--bg); font-size: 12px; flex: none;
}
.chevron { margin-inline-start: auto; font-size: 12px; color: var(--muted); }
.badge {
  display: inline-grid; place-items: center; min-width: 18px; height: 18px; border-radius: 9px;
  background: var(--warn-line); color: #fff; font-size: 12px;
}
.body { padding: 0 16px 14px; max-height: min(55vh, 480px); overflow: auto; }
.panel[data-layout='inline'] .body { max-height: none; }
h2 { font-size: 16px; margin: 2px 0 8px; }
h3 { font-size: 14px; margin: 12px 0 4px; }
p { margin: 0 0 8px; }
a { color: var(--link); }
ul, ol { margin: 0 0 8px; padding-inline-start: 20px; }
.sr {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap;
}
.notice {
  margin: 0 0 10px; padding: 8px 10px; border-inline-start: 4px solid var(--warn-line);
  background: var(--warn-bg); border-radius: 6px;
}
.notice h3, .meter h3 { margin-top: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 6px; }
.button, button.action {
  font: inherit; display: inline-block; padding: 5px 12px; border-radius: 6px;
  border: 1px solid var(--link); background: transparent; color: var(--link);
  text-decoration: none; cursor: pointer;
}
.button.primary { background: var(--link); color: var(--bg); }
ol.steps { list-style: none; padding: 0; }
.steps li { position: relative; padding-inline-start: 22px; margin: 0 0 6px; }
.steps li::before {
  content: '○'; position: absolute; inset-inline-start: 0; color: var(--muted);
}
.steps li[data-state='done']::before { content: '✓'; color: var(--good); }
.steps li[data-state='current']::before { content: '●'; color: var(--link); }
.steps li[data-state='current'] .label { font-weight: 600; }
.steps .detail { display: block; color: var(--muted); }
.fallback { color: var(--muted); font-size: 13px; }
.meter { margin: 10px 0; padding: 8px 10px; background: var(--soft); border-radius: 8px; }
.bar { height: 6px; border-radius: 3px; background: var(--line); overflow: hidden; margin: 4px 0; }
.bar span { display: block; height: 100%; width: 0; background: var(--weak); }
.meter[data-level='weak'] .bar span { width: 25%; background: var(--weak); }
.meter[data-level='fair'] .bar span { width: 50%; background: var(--fair); }
.meter[data-level='good'] .bar span { width: 75%; background: var(--good); }
.meter[data-level='strong'] .bar span { width: 100%; background: var(--strong); }
.level { font-weight: 600; margin: 0; }
.small { font-size: 12px; color: var(--muted); margin: 4px 0 0; }
.device { display: flex; gap: 6px; align-items: flex-start; margin: 8px 0; }
.answer:empty { display: none; }
.answer { margin-top: 6px; }
select { font: inherit; max-width: 100%; }
@media (prefers-color-scheme: dark) {
  .panel {
    --fg: #e6edf3; --muted: #9da7b3; --bg: #1f2328; --line: #3d444d; --link: #6cb6ff;
    --soft: #2b3137; --warn-bg: #3b2e0a; --warn-line: #d29922;
    --weak: #ff7b72; --fair: #d29922; --good: #56d364; --strong: #56d364;
    box-shadow: 0 6px 24px rgba(0, 0, 0, 0.5);
  }
}
@media (prefers-reduced-motion: no-preference) {
  .bar span { transition: width 0.2s ease, background-color 0.2s ease; }
  .toggle .chevron { transition: transform 0.15s ease; }
}
.collapsed .chevron { transform: rotate(180deg); }
`;
