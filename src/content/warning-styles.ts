/** Styles for the lookalike warning; they live inside the closed shadow root only. */
export const WARNING_CSS = `
:host { all: initial; }
.backdrop {
  position: fixed; inset: 0; z-index: 2147483647;
  display: flex; align-items: flex-start; justify-content: center;
  padding: 8vh 16px 16px; overflow: auto;
  background: rgba(20, 0, 0, 0.72);
  font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
}
.dialog {
  box-sizing: border-box; width: 100%; max-width: 640px;
  padding: 24px; border-radius: 12px; border-top: 8px solid #c50f1f;
  background: #fff; color: #1b1f24; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.5);
}
h1 { margin: 0 0 12px; font-size: 24px; line-height: 1.25; color: #a4111b; }
p { margin: 0 0 12px; }
ul { margin: 0 0 16px; padding-left: 20px; }
.actions { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-top: 16px; }
button {
  font: inherit; font-weight: 600; padding: 10px 18px; border-radius: 8px; cursor: pointer;
  border: 2px solid #a4111b;
}
.leave { background: #a4111b; color: #fff; }
.proceed { background: transparent; color: #a4111b; }
details { margin-top: 12px; color: #57606a; }
summary { cursor: pointer; }
button:focus-visible, summary:focus-visible { outline: 3px solid #0f62c2; outline-offset: 2px; }
.chip {
  position: fixed; right: 12px; bottom: 12px; z-index: 2147483647;
  padding: 6px 12px; border-radius: 999px; background: #a4111b; color: #fff;
  font: 600 13px/1.4 system-ui, sans-serif;
}
@media (prefers-color-scheme: dark) {
  .dialog { background: #20252b; color: #e8eaed; }
  h1 { color: #ff9a94; }
  details { color: #a8b0b9; }
  .proceed { color: #ff9a94; border-color: #ff9a94; }
}
`;
