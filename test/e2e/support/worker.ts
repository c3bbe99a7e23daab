import { type ExtensionBrowser, waitFor } from './launch';

/** Chromium: stops the extension's service worker, as the browser does when it is idle. */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  if (ext.name !== 'chromium') throw new Error('Only Chromium runs a service worker to stop.');
  const isWorker = (target: { type(): string }) => target.type() === 'service_worker';
  const running = ext.browser.targets().filter(isWorker);
  const session = await ext.welcome.createCDPSession();
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
  } finally {
    await session.detach();
  }
  // The worker that ran is gone. A page may wake a new one at once (its target is a new one), so
  // waiting for no worker at all could miss the moment.
  await waitFor(
    async () => !ext.browser.targets().some((target) => running.includes(target)),
    'the service worker to stop',
  );
}
