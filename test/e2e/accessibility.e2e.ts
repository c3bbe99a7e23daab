import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFindings, runAxe, type Scheme, schemeMatches, useScheme } from './support/axe';
import { type ExtensionGlobal, inExtension, openExtensionPage, tabIdOf } from './support/extension';
import { focusRing, walkTabOrder } from './support/focus';
import { turnOnGuard } from './support/guard';
import { togglePanel, waitForHostAttribute, waitForPanel } from './support/guidance-probes';
import {
  BROWSERS,
  buildDir,
  type ExtensionBrowser,
  launchWithExtension,
  waitFor,
} from './support/launch';
import { FakeNetwork, type Route, site } from './support/network';
import { focusIsInMarker } from './support/page-probes';
import { setTestClock } from './support/reminders';

/**
 * Accessibility of everything Account Helper shows, in both browsers and both colour schemes:
 * axe-core finds no violation (every rule it runs by default: WCAG 2.0 to 2.2 A and AA, and its
 * best practices) in the popup, the options page, the guidance panel and the lookalike warning,
 * in their main states; the keyboard reaches every control in order, with a visible focus ring;
 * and the popup's main view fits 360 × 600.
 *
 * The e2e build is used: on the fixture pages here, which ask for it, its shadow root is open so
 * that axe can look inside the panel and the warning (the store build's is always closed, checked
 * below), and it has the lookalike guard's permission at install.
 */

const SCHEMES: Scheme[] = ['light', 'dark'];
const SIGN_UP = 'https://signup.live.com/signup';
const SIGN_IN = 'https://login.live.com/login.srf';
const PROOFS = 'https://account.live.com/proofs/manage';
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
const DESKTOP = { width: 1280, height: 800 };
const POPUP = { width: 360, height: 600 };
const SEVEN_MONTHS = 7 * 31 * 24 * 60 * 60 * 1000;
/**
 * The scripts that draw in web pages: the rest of the guard (entrypoints/guard-check.ts) and the
 * script on Microsoft's pages. The guard's first look (guard.js) draws nothing.
 */
const CONTENT_SCRIPT_FILES = ['guard-check.js', 'microsoft-pages.js'];
/** On a page's `<html>`, asks the e2e build for an open shadow root (src/content/page-marker.ts). */
const AUDIT_ATTRIBUTE = 'data-account-helper-audit';

/** A fixture page that asks the e2e build to leave Account Helper's shadow root open for axe. */
function audited(file: string): Route {
  const route = site(file);
  return { ...route, body: route.body.replace(/<html\b/, `<html ${AUDIT_ATTRIBUTE}`) };
}

/** The least a focus ring may be: 2 px, and 3:1 against what is behind it. */
function expectVisibleRing(ring: Awaited<ReturnType<typeof focusRing>>, where: string): void {
  expect(ring, `${where}: something has focus`).not.toBeNull();
  if (!ring) return;
  expect(
    ring.outlineWidth >= 2 || ring.boxShadow,
    `${where}: ${ring.element} shows a focus ring`,
  ).toBe(true);
  expect(ring.contrast, `${where}: ${ring.element} ring contrast`).toBeGreaterThanOrEqual(3);
}

/** Tab reaches every control, in document order, each showing a visible ring. */
async function expectTabOrder(page: Page, where: string): Promise<string[]> {
  const { controls, reached } = await walkTabOrder(page);
  expect(controls.length, `${where}: controls to reach`).toBeGreaterThan(0);
  expect(reached.map((ring) => ring?.element ?? null)).toEqual(controls);
  reached.forEach((ring, index) => {
    expectVisibleRing(ring, `${where}, Tab ${index + 1}`);
  });
  return controls;
}

async function message<T>(ext: ExtensionBrowser, body: Record<string, unknown>): Promise<T> {
  return inExtension(
    ext,
    async (m: Record<string, unknown>) => {
      type Api = {
        runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown }> };
      };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      const answer = await (g.browser ?? g.chrome).runtime.sendMessage(m);
      if (!answer.ok) throw new Error(JSON.stringify(answer));
      return answer.data;
    },
    body,
  ) as Promise<T>;
}

describe('the store build', () => {
  it('keeps its shadow root closed, and the person’s addresses and password strength off the marker (the e2e build opens both, for tests)', () => {
    for (const browserName of ['chromium', 'firefox'] as const) {
      for (const variant of ['store', 'e2e'] as const) {
        const dir = buildDir(browserName, variant);
        for (const file of CONTENT_SCRIPT_FILES) {
          const code = readFileSync(`${dir}/${file}`, 'utf8');
          const modes = code.match(/attachShadow\(\{mode:[^}]*\}\)/g);
          const what = `${variant} ${browserName} ${file}`;
          if (variant === 'store') {
            expect(modes, what).toEqual(['attachShadow({mode:`closed`})']);
            expect(code, what).not.toContain(AUDIT_ATTRIBUTE);
            expect(code, what).not.toContain('data-address-status');
            expect(code, what).not.toContain('data-password-strength');
          } else {
            expect(modes, what).toHaveLength(1);
            expect(code, what).toContain(AUDIT_ATTRIBUTE);
          }
          // The first look, on every page, has no shadow root, no marker and no meter at all.
          const firstLook = readFileSync(`${dir}/guard.js`, 'utf8');
          expect(firstLook, `${variant} ${browserName} guard.js`).not.toContain('attachShadow');
          expect(firstLook, `${variant} ${browserName} guard.js`).not.toContain(AUDIT_ATTRIBUTE);
          // Only the script on Microsoft's pages has the strength meter.
          if (variant === 'e2e' && file === 'microsoft-pages.js') {
            expect(code, what).toContain('data-password-strength');
          }
        }
      }
    }
  });
});

describe.each(BROWSERS)('accessibility in %s', (browserName) => {
  describe.each(SCHEMES)('%s scheme', (scheme) => {
    let ext: ExtensionBrowser;
    let network: FakeNetwork;

    beforeAll(async () => {
      ext = await launchWithExtension(browserName, 'e2e', { firefoxColorScheme: scheme });
      // Chromium's e2e build has the guard's permission at install; Firefox grants it on request.
      await turnOnGuard(ext);
      await waitFor(
        () =>
          inExtension(ext, async () => {
            const g = globalThis as unknown as ExtensionGlobal;
            const scripts = await (g.browser ?? g.chrome).scripting.getRegisteredContentScripts();
            return scripts.some((s) => s.id === 'lookalike-guard');
          }),
        'the guard content script to be registered',
      );
      // One listed account: the options page has one to show, and reminders can come due.
      await message(ext, { type: 'accounts/add', address: 'sam@example.org', kind: 'personal' });
      // Reviewed too, so nothing is due until the clock moves (never reviewed would be due now).
      await message(ext, { type: 'my-data/mark-reviewed', address: 'sam@example.org' });
      network = new FakeNetwork()
        .route(SIGN_UP, audited('ms-sign-up.html'))
        .route(SIGN_IN, audited('ms-sign-in.html'))
        .route(PROOFS, audited('ms-security-info.html'))
        .route(LOOKALIKE, audited('lookalike-plain.html'));
    });

    afterAll(async () => {
      await ext?.close();
    });

    async function open(path: string, viewport = DESKTOP): Promise<Page> {
      const page = await openExtensionPage(ext, path);
      await page.setViewport(viewport);
      await useScheme(page, browserName, scheme);
      expect(await schemeMatches(page, scheme)).toBe(true);
      return page;
    }

    async function visit(url: string): Promise<Page> {
      const page = await ext.browser.newPage();
      await page.setViewport(DESKTOP);
      await useScheme(page, browserName, scheme);
      await network.attach(page);
      await page.goto(url);
      await page.waitForSelector('[data-account-helper]');
      expect(await schemeMatches(page, scheme)).toBe(true);
      return page;
    }

    /** axe on the whole page, or on Account Helper's element only (a web page isn't ours). */
    async function expectNoViolations(page: Page, what: string, include?: string): Promise<void> {
      const findings = await runAxe(page, include ? { include } : {});
      expect(describeFindings(findings), what).toBe('');
    }

    async function openPopup(path = 'popup.html'): Promise<Page> {
      const popup = await open(path, POPUP);
      // Ready, and the guard's state and the organisation's policy known.
      await popup.waitForSelector(
        'main[data-state="ready"] [data-testid="guard"][data-guard="on"]',
      );
      await popup.waitForSelector('[data-testid="guard"] button:not([disabled])');
      await popup.waitForSelector('[data-testid="due-reminders"]');
      return popup;
    }

    it('popup: its main view fits 360 × 600 without scrolling, and passes axe on any page', async () => {
      /** How far the popup reaches down, its headings, and how many reasons its verdict gives. */
      const measure = async (popup: Page) => {
        const size = await popup.evaluate(() => ({
          height: document.scrollingElement?.scrollHeight ?? 0,
          width: document.scrollingElement?.scrollWidth ?? 0,
          h1: document.querySelectorAll('h1').length,
          reasons: document.querySelectorAll('[data-testid="verdict"] li[data-code]').length,
        }));
        await popup.close();
        return size;
      };
      const fresh = await measure(await openPopup());
      expect(fresh.width).toBe(360);
      expect(fresh.height).toBeLessThanOrEqual(600);
      expect(fresh.h1).toBe(1);

      const signIn = await visit(SIGN_IN);
      const genuine = await openPopup(`popup.html?tab=${await tabIdOf(ext, `${SIGN_IN}*`)}`);
      await genuine.waitForSelector('[data-testid="verdict"][data-verdict="microsoft"]');
      await expectNoViolations(genuine, 'popup on a genuine page');
      const onGenuine = await measure(genuine);
      expect(onGenuine.width).toBe(360);
      expect(onGenuine.height).toBeLessThanOrEqual(600);
      expect(onGenuine.h1).toBe(1);
      await signIn.close();

      // Its address and its account-alert page give this lookalike six reasons; the popup still fits.
      const lookalike = await visit(LOOKALIKE);
      const origin = new URL(LOOKALIKE).origin;
      const warned = await openPopup(`popup.html?tab=${await tabIdOf(ext, `${origin}/*`)}`);
      await warned.waitForSelector('[data-testid="verdict"][data-verdict="lookalike"]');
      await expectNoViolations(warned, 'popup on a lookalike');
      await warned.click('[data-testid="more-reasons"] summary');
      await warned.waitForSelector('[data-testid="more-reasons"][open]');
      await expectNoViolations(warned, 'popup on a lookalike, with all its reasons');
      await warned.click('[data-testid="more-reasons"] summary');
      const onLookalike = await measure(warned);
      expect(onLookalike.width).toBe(360);
      expect(onLookalike.reasons).toBe(6);
      expect(onLookalike.height).toBeLessThanOrEqual(600);
      expect(onLookalike.h1).toBe(1);
      await lookalike.close();
    });

    it('popup: on a page it can’t read (a browser page), still one h1 and no axe violations', async () => {
      const tabId = await inExtension(ext, async () => {
        const g = globalThis as unknown as ExtensionGlobal;
        return (await (g.browser ?? g.chrome).tabs.create({ url: 'about:blank', active: false }))
          .id;
      });
      const popup = await openPopup(`popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-testid="verdict"][data-verdict="unknown"]');
      expect(await popup.$$eval('h1', (headings) => headings.length)).toBe(1);
      await expectNoViolations(popup, 'popup on a page it can’t read');
      await popup.close();
    });

    it('popup: no axe violations in the main view, an answer with its questions, due reminders', async () => {
      const popup = await openPopup();
      await expectNoViolations(popup, 'popup, main view');

      await popup.type('#account-check-input', 'someone@example.org');
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('[data-testid="questions"]');
      await popup.click('input[data-question="xbox"]');
      await popup.waitForSelector('[data-testid="next-steps"]');
      await popup.click('[data-testid="recent"] summary');
      await expectNoViolations(popup, 'popup, with an answer, questions and next steps');
      await popup.close();

      await setTestClock(ext, SEVEN_MONTHS);
      try {
        const due = await openPopup();
        await due.waitForSelector('[data-testid="due-reminders"]:not([data-due-count="0"])');
        await expectNoViolations(due, 'popup, with reminders due');
        await due.close();
      } finally {
        await setTestClock(ext, 0);
      }
    });

    it('options page: no axe violations, with an account, editing it, and every confirmation', async () => {
      const options = await open('options.html');
      await options.waitForSelector('[data-testid="account"]');
      await options.waitForSelector('[data-testid="guard"][data-guard="on"]');
      await options.waitForSelector('[data-testid="sightings-total"]');
      await expectNoViolations(options, 'options page');
      await expectTabOrder(options, 'options page');

      await options.click('[data-testid="account"] [data-action="edit"]');
      await options.waitForSelector('[data-testid="edit-account"]');
      await expectNoViolations(options, 'options page, editing an account');
      await options.click('[data-testid="edit-account"] button:not([type="submit"])');

      await options.click('[data-testid="account"] [data-action="remove"]');
      await options.waitForSelector('[data-action="confirm-remove"]');
      await options.click('[data-testid="delete-all"]');
      await options.waitForSelector('[data-testid="confirm-delete-all"]');
      await options.click('#data details summary');
      await options.type('[data-testid="import-text"]', '{"not": "an export"}');
      await options.click('[data-testid="import-check"]');
      await options.waitForSelector('[data-testid="import-problems"]');
      await expectNoViolations(options, 'options page, with confirmations and import problems');

      const exported = await message<{ text: string }>(ext, { type: 'my-data/export' });
      await options.evaluate((text) => {
        const area = document.querySelector('[data-testid="import-text"]') as HTMLTextAreaElement;
        area.value = text;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      }, exported.text);
      await options.click('[data-testid="import-check"]');
      await options.waitForSelector('[data-testid="import-preview"]');
      await expectNoViolations(options, 'options page, with an import preview');
      await options.close();
    });

    it('welcome and “you left” pages: no axe violations', async () => {
      for (const path of ['welcome.html', 'left.html']) {
        const page = await open(path);
        await page.waitForSelector('main h1');
        await expectNoViolations(page, path);
        await page.close();
      }
    });

    it('guidance panel: no axe violations on sign-up, sign-in and security info, open or folded', async () => {
      const signUp = await visit(SIGN_UP);
      await waitForPanel(signUp);
      if ((await signUp.$('[data-account-helper][data-panel-state="open"]')) === null) {
        await togglePanel(signUp);
      }
      await expectNoViolations(signUp, 'panel, sign-up', '[data-account-helper]');
      await signUp.type('#MemberName', 'someone@outlook.com');
      await waitForHostAttribute(signUp, 'data-address-status', 'existing-account');
      await expectNoViolations(signUp, 'panel, duplicate warning', '[data-account-helper]');
      await signUp.click('#iSignupAction');
      await waitForHostAttribute(signUp, 'data-coach-step', 'password');
      await signUp.type('#PasswordInput', 'password');
      await waitForHostAttribute(signUp, 'data-password-strength', 'weak');
      await expectNoViolations(signUp, 'panel, strength meter', '[data-account-helper]');
      // The panel's button, reached with Tab, shows its focus ring.
      await togglePanel(signUp);
      expectVisibleRing(await focusRing(signUp), 'panel button');
      await expectNoViolations(signUp, 'panel, folded', '[data-account-helper]');
      await signUp.close();

      const signIn = await visit(SIGN_IN);
      await waitForPanel(signIn);
      if ((await signIn.$('[data-account-helper][data-panel-state="open"]')) === null) {
        await togglePanel(signIn);
      }
      await expectNoViolations(signIn, 'panel, sign-in', '[data-account-helper]');
      await signIn.close();

      const proofs = await visit(PROOFS);
      await waitForPanel(proofs);
      if ((await proofs.$('[data-account-helper][data-panel-state="open"]')) === null) {
        await togglePanel(proofs);
      }
      await expectNoViolations(proofs, 'panel, security info', '[data-account-helper]');
      await proofs.close();
    });

    it('lookalike warning: an alertdialog, named and described, that takes focus and passes axe', async () => {
      const page = await visit(LOOKALIKE);
      await page.waitForFunction(() =>
        document.querySelector('[data-account-helper]')?.shadowRoot?.querySelector('.dialog'),
      );
      expect(await focusIsInMarker(page)).toBe(true);
      const dialog = await page.evaluate(() => {
        const root = document.querySelector('[data-account-helper]')?.shadowRoot as ShadowRoot;
        const box = root.querySelector('.dialog') as HTMLElement;
        const byId = (id: string | null) => (id ? root.getElementById(id)?.textContent : null);
        return {
          role: box.getAttribute('role'),
          modal: box.getAttribute('aria-modal'),
          name: byId(box.getAttribute('aria-labelledby')),
          description: byId(box.getAttribute('aria-describedby')),
          focused: root.activeElement?.textContent,
        };
      });
      expect(dialog).toEqual({
        role: 'alertdialog',
        modal: 'true',
        name: 'This page is pretending to be Microsoft',
        description: expect.stringContaining('It is not a Microsoft page.'),
        focused: 'Leave this page',
      });
      if (browserName === 'chromium') {
        // What a screen reader gets: Chromium's accessibility tree (the dialog is modal, so the
        // page's own content is left out of it), with focus on "Leave this page".
        const tree = await page.accessibility.snapshot();
        const dialog = tree?.children?.find((node) => node.role === 'alertdialog');
        expect(dialog).toMatchObject({
          name: 'This page is pretending to be Microsoft',
          description: expect.stringContaining('It is not a Microsoft page.'),
          modal: true,
          children: expect.arrayContaining([
            expect.objectContaining({ role: 'button', name: 'Leave this page', focused: true }),
          ]),
        });
      }
      expectVisibleRing(await focusRing(page), 'warning, Leave this page');
      await expectNoViolations(page, 'lookalike warning', '[data-account-helper]');

      // "Report this page to Microsoft" next to it; then "I know what I'm doing", opened with the
      // keyboard; focus stays in the dialog.
      await page.keyboard.press('Tab');
      expectVisibleRing(await focusRing(page), 'warning, Report this page to Microsoft');
      expect((await focusRing(page))?.element).toContain('Report this page to Microsoft');
      await page.keyboard.press('Tab');
      expectVisibleRing(await focusRing(page), 'warning, I know what I’m doing');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expectVisibleRing(await focusRing(page), 'warning, show the page');
      await expectNoViolations(page, 'lookalike warning, opened', '[data-account-helper]');
      await page.keyboard.press('Tab');
      expect(await focusIsInMarker(page)).toBe(true);
      expect((await focusRing(page))?.element).toContain('Leave this page');

      // Staying, deliberately: the small chip that remains says so, politely.
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        document.querySelector('[data-account-helper]')?.shadowRoot?.querySelector('.chip'),
      );
      await expectNoViolations(page, 'lookalike chip', '[data-account-helper]');
      await page.close();
    });

    it('popup: Tab reaches every control of the main view in order, each with a visible ring', async () => {
      const popup = await openPopup();
      // With an account listed and nothing due, the main view's controls are these.
      expect(await expectTabOrder(popup, 'popup')).toEqual([
        'input#account-check-input',
        'button "Check"',
        'button "Turn off"',
        'summary "Recently seen"',
        'a "Settings and your data"',
      ]);

      // And it works with the keyboard alone: open "Recently seen", then check an address.
      await popup.keyboard.down('Shift');
      await popup.keyboard.press('Tab');
      await popup.keyboard.up('Shift');
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('[data-testid="recent"][open]');
      await popup.focus('#account-check-input');
      await popup.keyboard.type('someone@example.org');
      await popup.keyboard.press('Enter');
      await popup.waitForSelector('[data-testid="questions"]');
      await popup.keyboard.press('Tab'); // Check
      await popup.keyboard.press('Tab'); // the questions' summary (they fold once answered)
      await popup.keyboard.press('Tab'); // the first question
      await popup.keyboard.press(' ');
      await popup.waitForSelector('[data-testid="questions"] input:checked');
      expectVisibleRing(await focusRing(popup), 'popup, a question');
      await popup.close();
    });
  });
});
