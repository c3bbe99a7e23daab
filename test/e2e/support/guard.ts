import { type ExtensionGlobal, inExtension, openExtensionPage } from './extension';
import { type ExtensionBrowser, waitFor } from './launch';

/**
 * Turns the lookalike guard on the way a user does: the options page's button (Firefox grants the
 * permission without a prompt under the test profile's pref). Chromium's e2e build has it already.
 */
export async function turnOnGuard(ext: ExtensionBrowser): Promise<void> {
  const options = await openExtensionPage(ext, 'options.html');
  const guard = await options.waitForSelector('[data-testid="guard"]:not([data-guard="checking"])');
  if ((await guard?.evaluate((el) => el.getAttribute('data-guard'))) !== 'on') {
    await options.click('[data-testid="guard"] button.primary');
    await options.waitForSelector('[data-testid="guard"][data-guard="on"]');
  }
  await options.close();
}

/** Waits until the background has registered the guard's content script. */
export async function guardScriptRegistered(ext: ExtensionBrowser): Promise<void> {
  await waitFor(
    () =>
      inExtension(ext, async () => {
        const g = globalThis as unknown as ExtensionGlobal;
        const scripts = await (g.browser ?? g.chrome).scripting.getRegisteredContentScripts();
        return scripts.some((s) => s.id === 'lookalike-guard');
      }),
    'the guard content script to be registered',
  );
}

/**
 * Records, in the welcome page, every `page/report` a content script sends: an extension page
 * receives content scripts' runtime messages as the background does (and lets the background
 * answer). Returns a reader of the reporting pages' addresses.
 */
export async function recordPageReports(ext: ExtensionBrowser): Promise<() => Promise<string[]>> {
  await ext.welcome.evaluate(() => {
    type Api = {
      runtime: {
        onMessage: {
          addListener(fn: (message: unknown, sender: { url?: string }) => undefined): void;
        };
      };
    };
    const g = globalThis as unknown as { browser?: Api; chrome: Api; __pageReports?: string[] };
    if (g.__pageReports) return;
    const reports: string[] = [];
    g.__pageReports = reports;
    (g.browser ?? g.chrome).runtime.onMessage.addListener((message, sender) => {
      const type = (message as { type?: unknown } | null)?.type;
      if (type === 'page/report') reports.push(sender.url ?? '');
      return undefined;
    });
  });
  return () =>
    ext.welcome.evaluate(() => [
      ...((globalThis as unknown as { __pageReports?: string[] }).__pageReports ?? []),
    ]);
}
