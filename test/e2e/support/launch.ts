import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer';

export type BrowserName = 'chromium' | 'firefox';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const GECKO_ID = 'account-helper@account-helper.org';
/** Fixed so the tests know the `moz-extension://` origin in advance. */
const FIREFOX_UUID = '6f1c9a52-3c1e-4b8e-9d55-0a1b2c3d4e5f';

const EXECUTABLES: Record<BrowserName, { path: string; apt: string }> = {
  chromium: { path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
};

export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/` */
  origin: string;
  /** The welcome page the extension opened on install; Firefox reaches extension pages from it. */
  welcome: Page;
  close(): Promise<void>;
}

export function buildDir(name: BrowserName): string {
  const dir = `${ROOT}.output/${name === 'chromium' ? 'chrome' : 'firefox'}-mv3`;
  if (!existsSync(`${dir}/manifest.json`)) {
    throw new Error(`No production build in ${dir}. Run "npm run build" first.`);
  }
  return dir;
}

function requireExecutable(name: BrowserName): string {
  const { path, apt } = EXECUTABLES[name];
  if (!existsSync(path)) {
    throw new Error(
      `${name} is not installed at ${path}. Install it with: apt-get install -y ${apt}`,
    );
  }
  return path;
}

export async function launchWithExtension(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}

async function launchChromium(): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    executablePath: requireExecutable('chromium'),
    pipe: true,
    headless: true,
    enableExtensions: [buildDir('chromium')],
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  // URL.origin is "null" for extension schemes in Node, so resolve the root instead.
  const origin = new URL('/', worker.url()).href;
  // The welcome tab races anything we open ourselves, so wait for it first.
  const welcomeTarget = await browser.waitForTarget((t) => t.url() === `${origin}welcome.html`);
  const welcome = (await welcomeTarget.page()) as Page;
  return { name: 'chromium', browser, origin, welcome, close: () => browser.close() };
}

async function launchFirefox(): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireExecutable('firefox'),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(buildDir('firefox'));
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  const welcome = await waitFor(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === `${origin}welcome.html`) return page;
    }
    return null;
  }, 'the welcome page Account Helper opens on install');
  return { name: 'firefox', browser, origin, welcome, close: () => browser.close() };
}

export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
