import { openExtensionPage } from './extension';
import type { ExtensionBrowser } from './launch';

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
