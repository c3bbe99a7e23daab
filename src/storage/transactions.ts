/** Aborts a transaction we gave up on, without leaving its `done` promise rejected and unheard. */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already committed or aborted.
  }
}
