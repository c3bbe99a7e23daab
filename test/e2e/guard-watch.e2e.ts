import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardScriptRegistered, recordPageReports, turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes, warningCoversPage } from './support/page-probes';

// Foreign hosts whose names say nothing of Microsoft: only what the page shows can flag them.
const LATE_KIT = 'https://portal.northwind-files.example/view/doc.html';
const WRITE_KIT = 'https://cdn.bluefinch-media.example/p/index.html';
const COVER_KIT = 'https://track.parcelpoint-notice.example/d/48213';
const LATER_KIT = 'https://portal.northwind-files.example/view/later.html';
/** After the guard's watch (10 s) is over. */
const LATER_MS = 11_000;
const STOPPING_KIT = 'https://portal.northwind-files.example/view/stopped.html';
const REWRITE_KIT = 'https://cdn.bluefinch-media.example/p/wait.html';
const REWRITE_AFTER_CHECK = 'https://books.northwind.example/account/sign-in';
const BURNING_KIT = 'https://portal.northwind-files.example/view/burn.html';
const ORDINARY = 'https://gardening.example/club';
const COMPANY = 'https://books.northwind.example/sign-in';

/** Stops focus events on the window's capture phase, the first place they reach. */
const STOP_FOCUS = ['focusin', 'focus']
  .map(
    (type) =>
      `window.addEventListener('${type}', (e) => { e.stopImmediatePropagation(); document.documentElement.dataset.stopped = '${type}'; }, true);`,
  )
  .join('');

/**
 * A page that says nothing for longer than the watch, then writes the document-write kit over
 * itself with `document.open()`, which drops every listener the page had.
 */
function rewritingKit(): string {
  return `<!doctype html><title>Please wait</title><p>Checking your browser before you continue…</p>
<script>${rewriteLater()}</script>`;
}

/**
 * An ordinary sign-in page that swaps in new boxes again and again, so each swap is one more
 * report of a harmless form, then swaps the cloned sign-in form in (no focus, within the watch).
 */
function burningKit(): string {
  const clone = /<body[^>]*>([\s\S]*)<\/body>/.exec(site('cloned-sign-in.html').body)?.[1];
  if (!clone) throw new Error('cloned-sign-in.html has no body');
  const script = `var n = 0; var t = setInterval(function () {
  n++;
  if (n <= 8) { document.querySelector('form').innerHTML = '<input type="email" name="email' + n + '"><input type="password" name="password">'; return; }
  clearInterval(t); document.body.innerHTML = ${JSON.stringify(clone)};
}, 300);`;
  return site('company-sign-in.html').body.replace('</body>', `<script>${script}</script></body>`);
}

/** A script that writes the document-write kit over the page once the watch is over. */
function rewriteLater(): string {
  const encoded = /unescape\('([^']+)'\)/.exec(site('kit-document-write.html').body)?.[1];
  if (!encoded) throw new Error('kit-document-write.html has no encoded page');
  return `setTimeout(function () { document.open(); document.write(unescape('${encoded}')); document.close(); }, ${LATER_MS});`;
}

describe.each(BROWSERS)(
  'guard on pages that change, and on pages it leaves alone, in %s',
  (name) => {
    let ext: ExtensionBrowser;
    let network: FakeNetwork;
    let reports: () => Promise<string[]>;

    async function visit(url: string): Promise<Page> {
      const page = await ext.browser.newPage();
      await network.attach(page);
      await page.goto(url);
      await page.waitForFunction(() => document.readyState === 'complete');
      return page;
    }

    beforeAll(async () => {
      ext = await launchWithExtension(name, 'e2e');
      await turnOnGuard(ext);
      await guardScriptRegistered(ext);
      reports = await recordPageReports(ext);
      network = new FakeNetwork()
        .route(LATE_KIT, site('kit-late-form.html'))
        .route(WRITE_KIT, site('kit-document-write.html'))
        .route(COVER_KIT, site('kit-late-cover.html'))
        .route(LATER_KIT, {
          body: site('kit-late-form.html').body.replace('}, 3000);', `}, ${LATER_MS});`),
        })
        // The late kit, with a script that stops every focus event before anyone else hears it.
        .route(STOPPING_KIT, {
          body: site('kit-late-form.html')
            .body.replace('}, 3000);', `}, ${LATER_MS});`)
            .replace('<head>', `<head><script>${STOP_FOCUS}</script>`),
        })
        .route(REWRITE_KIT, { body: rewritingKit() })
        // An ordinary sign-in page (checked, found harmless) that later writes the kit over itself.
        .route(REWRITE_AFTER_CHECK, {
          body: site('company-sign-in.html').body.replace(
            '</body>',
            `<script>${rewriteLater()}</script></body>`,
          ),
        })
        .route(BURNING_KIT, { body: burningKit() })
        .route(ORDINARY, site('ordinary.html'))
        .route(COMPANY, site('company-sign-in.html'));
    });

    afterAll(async () => {
      await ext?.close();
    });

    it('sends nothing to the background from an ordinary page without a form', async () => {
      const page = await visit(ORDINARY);
      // Long enough for the guard to have run and any report to have arrived.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await reports()).not.toContain(ORDINARY);
      expect(await page.$('[data-account-helper]')).toBeNull();

      // The recorder does see a page the guard reports (a sign-in form), so the silence is real.
      await visit(COMPANY);
      await waitFor(async () => (await reports()).includes(COMPANY), 'the sign-in page’s report');
      expect(await reports()).not.toContain(ORDINARY);
    });

    it('flags a kit whose sign-in form appears 3 s after load', async () => {
      const page = await visit(LATE_KIT);
      // Before the form: Microsoft's logo and a loading line only. Nothing to judge yet, so the
      // page is watched without waking the background.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await page.$('input[type="password"]')).toBeNull();
      expect(await reports()).not.toContain(LATE_KIT);
      expect(await page.$('[data-account-helper]')).toBeNull();

      await page.waitForSelector('input[type="password"]', { timeout: 10_000 });
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await reports()).toContain(LATE_KIT);
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
      await waitFor(() => warningCoversPage(page), 'the warning over the late kit');
    });

    it('flags a form that comes after the watch once its first box gets focus', async () => {
      const page = await visit(LATER_KIT);
      await page.waitForSelector('input[type="email"]', { timeout: LATER_MS + 5_000 });
      // The watch was over: nothing looked at the form when it came.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.$('[data-account-helper]')).toBeNull();
      await page.focus('input[type="email"]');
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
      await waitFor(() => warningCoversPage(page), 'the warning over the kit');
    }, 40_000);

    it('flags a late form once its box gets focus, even when the page stops focus events', async () => {
      const page = await visit(STOPPING_KIT);
      await page.waitForSelector('input[type="email"]', { timeout: LATER_MS + 5_000 });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.$('[data-account-helper]')).toBeNull();
      await page.focus('input[type="email"]');
      // The page's own listener did run: the stop is real.
      expect(await page.evaluate(() => document.documentElement.dataset.stopped)).toBeTruthy();
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    }, 40_000);

    it('flags a kit that writes itself over a quiet page after the watch, with no focus', async () => {
      const page = await visit(REWRITE_KIT);
      await page.waitForSelector('input[type="password"]', { timeout: LATER_MS + 5_000 });
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
      await waitFor(() => warningCoversPage(page), 'the warning over the rewritten page');
    }, 40_000);

    it('flags a kit written over a page that was checked and found harmless, after the watch', async () => {
      const page = await visit(REWRITE_AFTER_CHECK);
      await waitFor(
        async () => (await reports()).includes(REWRITE_AFTER_CHECK),
        'the first page’s report',
      );
      expect(await page.$('[data-account-helper]')).toBeNull();
      await page.waitForSelector('input[name="loginfmt"]', { timeout: LATER_MS + 5_000 });
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
      await waitFor(() => warningCoversPage(page), 'the warning over the rewritten page');
    }, 40_000);

    it('flags a kit shown after the page spent its reports on harmless forms', async () => {
      const page = await visit(BURNING_KIT);
      await page.waitForSelector('input[name="loginfmt"]', { timeout: 10_000 });
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
      await waitFor(() => warningCoversPage(page), 'the warning over the swapped-in kit');
    });

    it('flags a kit that first shows a cover page naming no brand, then swaps in its form', async () => {
      const page = await visit(COVER_KIT);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await page.$('input[type="password"]')).toBeNull();
      expect(await reports()).not.toContain(COVER_KIT);

      await page.waitForSelector('input[type="password"]', { timeout: 10_000 });
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
      await waitFor(() => warningCoversPage(page), 'the warning over the kit behind a cover page');
    });

    it('flags a kit written by document.write(unescape(…))', async () => {
      const page = await visit(WRITE_KIT);
      await page.waitForSelector('[data-account-helper]', { timeout: 10_000 });
      expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
      await waitFor(() => warningCoversPage(page), 'the warning over the written kit');
    });
  },
);
