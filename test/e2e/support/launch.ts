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

/**
 * `store` is the production build as shipped. `e2e` is the same production build with the
 * lookalike guard's permission granted at install: headless Chromium can't answer the prompt.
 */
export type BuildVariant = 'store' | 'e2e';

export function buildDir(name: BrowserName, variant: BuildVariant = 'store'): string {
  const suffix = variant === 'e2e' ? '-e2e' : '';
  const dir = `${ROOT}.output/${name === 'chromium' ? 'chrome' : 'firefox'}-mv3${suffix}`;
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

export interface LaunchOptions {
  /**
   * A profile directory kept between launches, to test what survives a browser restart. Launch
   * again with the same directory (after `close()`) to restart the browser with that profile.
   */
  userDataDir?: string;
  /**
   * Firefox's `prefers-color-scheme` for web and extension pages, set at launch: its WebDriver
   * BiDi can't emulate media features (Chromium's pages use `page.emulateMediaFeatures`).
   */
  firefoxColorScheme?: 'light' | 'dark';
  /**
   * The browser's UI language (`browser.i18n.getUILanguage()`), e.g. `de`. Chromium on Linux
   * follows `LANGUAGE` (not `--lang`, which only Windows and ChromeOS read) when it has that
   * language's resources (Debian: `chromium-l10n`); Firefox follows `intl.locale.requested` when
   * that language pack is installed (`firefox-esr-l10n-de`). Without them both stay in English.
   */
  uiLanguage?: string;
  /**
   * Installs this copy of a build instead of `buildDir(name, variant)`, with the identity it was
   * given (managed-policy.ts `copyBuild`): Chromium's ID from its path, Firefox's add-on ID and the
   * UUID to map it to.
   */
  extension?: { dir: string; id: string; uuid: string };
  /**
   * Accept any TLS certificate (a test's self-signed HTTPS server on 127.0.0.1), for the browser
   * and its extensions: Chromium's `--ignore-certificate-errors`, Firefox's `acceptInsecureCerts`.
   */
  acceptInsecureCerts?: boolean;
}

export async function launchWithExtension(
  name: BrowserName,
  variant: BuildVariant = 'store',
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium(variant, options) : launchFirefox(variant, options);
}

async function launchChromium(
  variant: BuildVariant,
  { userDataDir, uiLanguage, extension, acceptInsecureCerts }: LaunchOptions,
): Promise<ExtensionBrowser> {
  // A profile that already has the extension: it was installed before, so no welcome page opens.
  const relaunch = userDataDir !== undefined && existsSync(`${userDataDir}/Default`);
  const browser = await puppeteer.launch({
    executablePath: requireExecutable('chromium'),
    pipe: true,
    headless: true,
    ...(userDataDir ? { userDataDir } : {}),
    enableExtensions: [extension?.dir ?? buildDir('chromium', variant)],
    ...(uiLanguage ? { env: { ...process.env, LANGUAGE: uiLanguage } } : {}),
    args: [
      ...(uiLanguage ? [`--lang=${uiLanguage}`] : []),
      ...(acceptInsecureCerts ? ['--ignore-certificate-errors'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const ours = extension ? `chrome-extension://${extension.id}/` : 'chrome-extension://';
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(ours),
  );
  // URL.origin is "null" for extension schemes in Node, so resolve the root instead.
  const origin = new URL('/', worker.url()).href;
  const welcome = relaunch
    ? await openPage(browser, `${origin}welcome.html`)
    : await welcomeOnInstall(browser, origin);
  return { name: 'chromium', browser, origin, welcome, close: () => browser.close() };
}

async function launchFirefox(
  variant: BuildVariant,
  { userDataDir, firefoxColorScheme, uiLanguage, extension, acceptInsecureCerts }: LaunchOptions,
): Promise<ExtensionBrowser> {
  const { id, uuid } = extension ?? { id: GECKO_ID, uuid: FIREFOX_UUID };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    ...(acceptInsecureCerts ? { acceptInsecureCerts: true } : {}),
    executablePath: requireExecutable('firefox'),
    headless: true,
    ...(userDataDir ? { userDataDir } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'extensions.webextOptionalPermissionPrompts': false,
      ...(uiLanguage ? { 'intl.locale.requested': uiLanguage } : {}),
      ...(firefoxColorScheme
        ? {
            'layout.css.prefers-color-scheme.content-override':
              firefoxColorScheme === 'dark' ? 0 : 1,
            'ui.systemUsesDarkTheme': firefoxColorScheme === 'dark' ? 1 : 0,
          }
        : {}),
    },
  });
  // A temporary add-on, gone when Firefox closes: with a kept profile it is installed again on the
  // next launch, and (same UUID, same profile) finds its IndexedDB data where it left it.
  await browser.installExtension(extension?.dir ?? buildDir('firefox', variant));
  const origin = `moz-extension://${uuid}/`;
  const welcome = await firefoxWelcomePage(browser, origin);
  return { name: 'firefox', browser, origin, welcome, close: () => browser.close() };
}

/**
 * Firefox: the welcome page the extension opens on install. BiDi may report its URL as
 * about:blank, so each page is asked where it is.
 */
export function firefoxWelcomePage(browser: Browser, origin: string): Promise<Page> {
  return waitFor(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === `${origin}welcome.html`) return page;
    }
    return null;
  }, 'the welcome page Account Helper opens on install');
}

/** The welcome tab races anything we open ourselves, so wait for it first. */
export async function welcomeOnInstall(browser: Browser, origin: string): Promise<Page> {
  const target = await browser.waitForTarget((t) => t.url() === `${origin}welcome.html`);
  const page = (await target.page()) as Page;
  // The target can show its URL before the document is the extension's page (about:blank first).
  await page.waitForFunction(
    (url) => location.href === url && document.readyState === 'complete',
    {},
    `${origin}welcome.html`,
  );
  return page;
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  return page;
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
