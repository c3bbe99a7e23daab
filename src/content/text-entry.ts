/** A box a person types into (not a search box or a button). */
const TEXT_ENTRY =
  'textarea, input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="password"], input[type="number"]';

/**
 * Resolves true once the page has a text box, false after `timeoutMs` without one: forms on Microsoft's hosts (Forms,
 * Power Pages) draw their questions with script, after the page has loaded.
 */
export function whenTextEntry(doc: Document, timeoutMs: number): Promise<boolean> {
  if (doc.querySelector(TEXT_ENTRY)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (found: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(found);
    };
    const observer = new MutationObserver(() => {
      if (doc.querySelector(TEXT_ENTRY)) done(true);
    });
    const timer = setTimeout(() => done(false), timeoutMs);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
  });
}
