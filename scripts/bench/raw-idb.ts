// Raw IndexedDB put/get, the baseline for the repository layer. Kept as plain JavaScript source so
// the same code runs in an extension page (page.evaluate) and in Node (fake-indexeddb), untouched by
// the TypeScript loader's helpers. It opens the existing scratch database (created by the
// repository layer's own open, so the `settings` store exists) and times one awaited transaction
// per operation, as the repositories do. Returns the mean milliseconds per operation: timing the
// whole loop, as an extension page's performance.now() is coarsened to 100 µs.
export const RAW_IDB_SOURCE = `async (name, n) => {
  const request = indexedDB.open(name);
  const db = await new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (tx) => new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  let put = 0;
  let get = 0;
  try {
    let start = performance.now();
    for (let i = 0; i < n; i++) {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').put((i % 12) + 1, 'reminderIntervalMonths');
      await done(tx);
    }
    put = (performance.now() - start) / n;
    start = performance.now();
    for (let i = 0; i < n; i++) {
      const tx = db.transaction('settings', 'readonly');
      const read = tx.objectStore('settings').get('reminderIntervalMonths');
      await new Promise((resolve, reject) => {
        read.onsuccess = () => resolve(read.result);
        read.onerror = () => reject(read.error);
      });
    }
    get = (performance.now() - start) / n;
  } finally {
    db.close();
  }
  return { put, get };
}`;

export const DELETE_DB_SOURCE = `(name) => new Promise((resolve) => {
  const request = indexedDB.deleteDatabase(name);
  request.onsuccess = () => resolve(true);
  request.onerror = () => resolve(false);
  request.onblocked = () => resolve(false);
})`;
