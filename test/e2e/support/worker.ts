import { type ExtensionBrowser, waitFor } from './launch';

interface WorkerVersion {
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Chromium: stops the extension's service worker, as the browser does when it is idle, and returns
 * once Chromium reports it stopped. The report, not the list of targets: an extension page may
 * wake the worker again at once, and its target can come back before a poll sees it gone.
 */
export async function stopServiceWorker(ext: ExtensionBrowser): Promise<void> {
  if (ext.name !== 'chromium') throw new Error('Only Chromium runs a service worker to stop.');
  const session = await ext.welcome.createCDPSession();
  // Also right after `enable`, which reports the current state: a worker already stopped counts.
  let stopped = false;
  session.on(
    'ServiceWorker.workerVersionUpdated',
    ({ versions }: { versions: WorkerVersion[] }) => {
      const ours = versions.filter((version) => version.scriptURL.startsWith(ext.origin));
      if (ours.some((version) => version.runningStatus === 'stopped')) stopped = true;
    },
  );
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await waitFor(async () => stopped, 'the service worker to stop');
  } finally {
    await session.detach();
  }
}
