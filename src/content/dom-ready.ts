/** Resolves once the page's DOM is parsed: at once unless the script runs at document_start. */
export function domReady(doc: Document): Promise<void> {
  if (doc.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
  });
}

/** At most this long before work that waits for the page's idle moment runs anyway. */
const IDLE_TIMEOUT_MS = 100;

/**
 * Resolves in the page's next idle moment (within IDLE_TIMEOUT_MS) while it still loads, so work
 * the guard has to do never holds up the page's own work or its load event; at once after load.
 */
export function pageIdle(doc: Document): Promise<void> {
  if (doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    } else setTimeout(resolve, 0);
  });
}
