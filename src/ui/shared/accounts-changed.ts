/**
 * "The person's accounts changed" inside one extension page: the account check adds an account,
 * and the reminders card beside it reads its reminders again at once.
 */
const EVENT = 'account-helper:accounts-changed';

export function announceAccountsChanged(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `listener` on every change; returns the function that stops listening. */
export function onAccountsChanged(listener: () => void): () => void {
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
