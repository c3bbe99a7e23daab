/**
 * Calls `onChange` when the page's DOM changes, at most once per `intervalMs`: Microsoft's pages
 * are single-page apps that swap their forms as the person goes through the steps. Only the
 * light DOM is watched, so the panel's own changes (in its shadow root) never trigger it.
 */
export function watchPage(doc: Document, onChange: () => void, intervalMs = 250): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const run = () => {
    timer = null;
    last = performance.now();
    onChange();
  };
  const observer = new MutationObserver(() => {
    if (timer !== null) return;
    timer = setTimeout(run, Math.max(0, last + intervalMs - performance.now()));
  });
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['type', 'hidden', 'style', 'class', 'aria-hidden', 'name', 'autocomplete'],
  });
  return () => {
    observer.disconnect();
    if (timer !== null) clearTimeout(timer);
  };
}
