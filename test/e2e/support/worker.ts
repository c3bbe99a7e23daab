import { type ExtensionBrowser, waitFor } from './launch';

/** Chromium: stops the extension's service worker, as the browser does when it is idle. */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  if (ext.name !== 'chromium') throw new Error('Only Chromium runs a service worker to stop.');
  const session = await ext.welcome.createCDPSession();
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
  } finally {
    await session.detach();
  }
  await waitFor(
    async () => !ext.browser.targets().some((t) => t.type() === 'service_worker'),
    'the service worker to stop',
  );
}
