/**
 * `npm run screenshots`: the README's pictures, taken from the built extension so they stay true
 * to it (run after `npm run build`; the npm script builds first). Chromium, light scheme, fixed
 * sizes, the test fixtures served in place of Microsoft's pages (no network):
 *
 * - `docs/screenshots/popup.png`: the popup, 360 × 600, on Microsoft's sign-in page.
 * - `docs/screenshots/sign-up-coach.png`: the guidance panel on a stand-in for Microsoft's
 *   sign-up page (https://signup.live.com/signup), on the password step; the e2e build, whose
 *   marker tells the script when the strength meter has rated the password.
 * - `docs/screenshots/lookalike-warning.png`: the warning on a lookalike address; the e2e build
 *   too, which has the lookalike guard's permission at install (headless Chromium can't grant it).
 * - `docs/screenshots/options.png`: the options page with two accounts listed.
 *
 * Everything else is the production build as it ships. Closed shadow roots render as usual.
 */
import { mkdirSync, statSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { inExtension, openExtensionPage, tabIdOf } from '../test/e2e/support/extension';
import { type ExtensionBrowser, launchWithExtension } from '../test/e2e/support/launch';
import { FakeNetwork, site } from '../test/e2e/support/network';

const OUT = 'docs/screenshots';
const SIGN_IN = 'https://login.live.com/login.srf';
const SIGN_UP = 'https://signup.live.com/signup';
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
/** README images stay light: each one well under 150 KB. */
const MAX_BYTES = 150 * 1024;

const network = new FakeNetwork()
  .route(SIGN_IN, site('ms-sign-in.html'))
  .route(SIGN_UP, site('ms-sign-up.html'))
  .route(LOOKALIKE, site('lookalike-plain.html'));

async function prepare(page: Page, width: number, height: number): Promise<void> {
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: 'light' },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
}

async function visit(ext: ExtensionBrowser, url: string, width = 1280, height = 800) {
  const page = await ext.browser.newPage();
  await prepare(page, width, height);
  await network.attach(page);
  await page.goto(url);
  await page.waitForSelector('[data-account-helper]');
  return page;
}

type Clip = { x: number; y: number; width: number; height: number };

async function shoot(page: Page, name: string, clip?: Clip): Promise<void> {
  // No caret or hover left from typing and clicking.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const path = `${OUT}/${name}.png`;
  await page.screenshot({ path, ...(clip ? { clip } : {}) });
  const bytes = statSync(path).size;
  console.log(`${path}: ${(bytes / 1024).toFixed(0)} KB`);
  if (bytes > MAX_BYTES) throw new Error(`${path} is over ${MAX_BYTES / 1024} KB`);
}

async function addAccount(ext: ExtensionBrowser, address: string, kind: string, label: string) {
  await inExtension(
    ext,
    async (details: { address: string; kind: string; label: string }) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const answer = await (g.browser ?? g.chrome).runtime.sendMessage({
        type: 'my-data/save-account',
        create: true,
        ...details,
        setUp: { recoveryEmail: true, phone: true, twoStep: null, authenticatorApp: null },
        reminderIntervalMonths: null,
      });
      if (!answer.ok) throw new Error(JSON.stringify(answer));
    },
    { address, kind, label },
  );
}

mkdirSync(OUT, { recursive: true });

const store = await launchWithExtension('chromium', 'store');
try {
  // The popup over Microsoft's sign-in page, and the options page with two accounts.
  const signIn = await visit(store, SIGN_IN);
  const tabId = await tabIdOf(store, 'https://login.live.com/*');
  await addAccount(store, 'alex@outlook.com', 'personal', 'Family');
  await addAccount(store, 'sam@contoso.com', 'work-school', 'Work');

  const popup = await openExtensionPage(store, `popup.html?tab=${tabId}`);
  await prepare(popup, 360, 600);
  await popup.waitForSelector('[data-testid="verdict"][data-verdict="microsoft"]');
  await popup.waitForSelector('[data-testid="guard"]:not([data-guard="checking"])');
  await popup.waitForSelector('[data-testid="due-reminders"]');
  await shoot(popup, 'popup');
  await popup.close();
  await signIn.close();

  const options = await openExtensionPage(store, 'options.html');
  await prepare(options, 1024, 1000);
  await options.waitForSelector('[data-testid="account"]');
  await options.waitForSelector('[data-testid="sightings-total"]');
  await shoot(options, 'options');
  await options.close();
} finally {
  await store.close();
}

const e2e = await launchWithExtension('chromium', 'e2e');
try {
  const lookalike = await visit(e2e, LOOKALIKE);
  await lookalike.waitForSelector('[data-account-helper][data-verdict="lookalike"]');
  await shoot(lookalike, 'lookalike-warning', { x: 160, y: 0, width: 960, height: 640 });
  await lookalike.close();

  // The panel while someone creates an account: the checklist on the password step, and the
  // strength meter rating what they type (the e2e build shows its level on the marker).
  const signUp = await visit(e2e, SIGN_UP);
  await signUp.waitForSelector('[data-account-helper][data-panel-state="open"]');
  await signUp.type('#MemberName', 'new.person@example.com');
  await signUp.click('#iSignupAction');
  await signUp.waitForSelector('[data-account-helper][data-coach-step="password"]');
  await signUp.type('#PasswordInput', 'Quokka-Lantern-Fjord-83');
  await signUp.waitForSelector('[data-account-helper][data-password-strength="strong"]');
  // Microsoft's form and the panel beside it, without the empty page to the left.
  await shoot(signUp, 'sign-up-coach', { x: 380, y: 0, width: 900, height: 800 });
  await signUp.close();
} finally {
  await e2e.close();
}
