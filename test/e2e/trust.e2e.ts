import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionGlobal, inExtension } from './support/extension';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension, waitFor } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes, warningCoversPage } from './support/page-probes';

/**
 * Issue 18: a warning no page can suppress or get around. Pages that hide their form (frames,
 * shadow roots), push their address or snapshot past a bound, shadow the extension's API
 * reference, or try to keep keyboard focus; and no secret from an address kept in tab state.
 */
const LOOKALIKE = 'https://login-microsoftonline-com.secure-verify.net/common/login';
/** An ordinary-looking host: only the content (a cloned Microsoft sign-in) makes it a lookalike. */
const CONTENT_HOST = 'https://invoice-portal-docs.net';
const CLONE_ASSETS = [
  'https://aadcdn.msftauth.net/shared/1.0/content/images/favicon_a_eupayfgghqiai7k9sol6lg2.ico',
  'https://aadcdn.msftauth.net/shared/1.0/content/images/microsoft_logo_ee5c8d9fb6248c938fd0dc19370e90bd.svg',
];
const CLONE = site('cloned-sign-in.html').body;
/** The clone's <body> content, to put inside a frame or a shadow root. */
const CLONE_BODY = (CLONE.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1] ?? '').trim();

const page = (body: string, head = '') => ({
  contentType: 'text/html; charset=utf-8',
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Documents</title>${head}</head><body>${body}</body></html>`,
});
const FIELDS = `<form action="/continue" method="post">
  <input type="email" name="email" autocomplete="username">
  <input type="password" name="password" autocomplete="current-password">
  <button type="submit">Continue</button></form><a href="/help">Help</a>`;
/** A bookshop's own sign-in: a credential form the guard reports and finds harmless. */
const HARMLESS_FORM = `<h1>Northwind Books</h1><p>Sign in to see your orders.</p>${FIELDS}`;
/** Microsoft's look, put around the bookshop's own boxes later: the boxes themselves stay. */
const MICROSOFT_TOP = `<img src="${CLONE_ASSETS[1]}" alt="Microsoft" width="108" height="24"><div role="heading" aria-level="1">Sign in</div>`;
const MICROSOFT_END = `<div><a href="#">Can't access your account?</a></div><div>No account? <a href="#">Create one!</a></div><p>© Microsoft 2026 · Terms of use · Privacy &amp; cookies</p>`;
/** Turns HARMLESS_FORM's page into Microsoft's sign-in, 1.5 s after load, keeping its boxes. */
const REBRAND = `<script>setTimeout(() => {
  document.title = 'Sign in to your account';
  document.querySelector('h1').outerHTML = ${JSON.stringify(MICROSOFT_TOP)};
  document.querySelector('p').remove();
  document.querySelector('a[href="/help"]').outerHTML = ${JSON.stringify(MICROSOFT_END)};
}, 1500);</script>`;
/**
 * The bookshop's page again, which focuses its own box, then turns into Microsoft's with nothing
 * the guard's watch sees: only the text in its text nodes and a picture's attributes change.
 */
const QUIET_REBRAND = {
  body: `<img id="logo" alt="Northwind Books" src="data:," width="108" height="24"><h1 id="t">Northwind Books</h1>
<p id="s">Sign in to see your orders.</p>${FIELDS}<p id="f1">Questions? Write to us.</p><p id="f2">Northwind Books 2026</p>`,
  head: `<script>addEventListener('DOMContentLoaded', () => {
  let focusins = 0;
  addEventListener('focusin', () => { document.documentElement.dataset.focusins = String(++focusins); });
  document.querySelector('input[name=email]').focus();
  setTimeout(() => {
    const logo = document.getElementById('logo');
    logo.alt = 'Microsoft';
    logo.src = ${JSON.stringify(CLONE_ASSETS[1])};
    const say = (id, text) => { document.getElementById(id).firstChild.data = text; };
    say('t', 'Sign in');
    say('s', "Can't access your account?");
    say('f1', 'No account? Create one!');
    say('f2', '© Microsoft 2026 · Terms of use · Privacy & cookies');
    document.documentElement.dataset.changed = String(focusins);
  }, 1500);
});</script>`,
};
const escapeAttribute = (html: string) => html.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const ROUTES: Record<string, { contentType: string; body: string }> = {
  [LOOKALIKE]: page(FIELDS),
  [`${LOOKALIKE}?code=SECRET-CODE&state=1`]: page(FIELDS),
  [`${LOOKALIKE}/thief`]: page(
    FIELDS,
    // A page that fights back: takes every `inert` off and grabs focus for its field, again and again.
    `<script>setInterval(() => {
      for (const el of document.querySelectorAll('[inert]')) el.removeAttribute('inert');
      document.querySelector('input[name=email]').focus();
    }, 40);</script>`,
  ),
  [`${LOOKALIKE}/long`]: page(
    FIELDS,
    `<script>history.replaceState(null, '', location.pathname + '?' + 'q'.repeat(9000));</script>`,
  ),
  [`${LOOKALIKE}/named`]: page(
    `${FIELDS}<div id="browser"></div><form id="browser"><input name="runtime" id="x"></form>`,
  ),
  [`${CONTENT_HOST}/grown`]: {
    contentType: 'text/html; charset=utf-8',
    body: CLONE.replace('<form', `<input type="${'İ'.repeat(200)}" hidden><form`),
  },
  [`${CONTENT_HOST}/srcdoc`]: page(
    `<h1>Shared documents</h1><iframe style="width:100%;height:600px;border:0" srcdoc="${escapeAttribute(CLONE)}"></iframe>`,
  ),
  [`${CONTENT_HOST}/framed`]: page(
    '<h1>Shared documents</h1><iframe style="width:100%;height:600px;border:0" src="/frame"></iframe>',
  ),
  [`${CONTENT_HOST}/frame`]: { contentType: 'text/html; charset=utf-8', body: CLONE },
  // Frames that show a harmless sign-in form first (reported, judged harmless), then swap the
  // clone in: in place (found when a field gets focus), or as a new document (no focus needed).
  [`${CONTENT_HOST}/framed-swap`]: page(
    '<h1>Shared documents</h1><iframe style="width:100%;height:600px;border:0" src="/frame-swap"></iframe>',
  ),
  [`${CONTENT_HOST}/frame-swap`]: page(
    HARMLESS_FORM,
    `<script>setTimeout(() => { document.body.innerHTML = ${JSON.stringify(CLONE_BODY)}; }, 2000);</script>`,
  ),
  [`${CONTENT_HOST}/framed-rewrite`]: page(
    '<h1>Shared documents</h1><iframe style="width:100%;height:600px;border:0" src="/frame-rewrite"></iframe>',
  ),
  [`${CONTENT_HOST}/frame-rewrite`]: page(
    HARMLESS_FORM,
    `<script>setTimeout(() => { document.open(); document.write(${JSON.stringify(CLONE)}); document.close(); }, 2000);</script>`,
  ),
  // Pages judged harmless that put Microsoft's look around the same boxes after: in the page,
  // in a frame, and with no change the watch sees.
  [`${CONTENT_HOST}/rebranded`]: page(HARMLESS_FORM, REBRAND),
  [`${CONTENT_HOST}/framed-rebrand`]: page(
    '<h1>Shared documents</h1><iframe style="width:100%;height:600px;border:0" src="/frame-rebrand"></iframe>',
  ),
  [`${CONTENT_HOST}/frame-rebrand`]: page(HARMLESS_FORM, REBRAND),
  [`${CONTENT_HOST}/quiet-rebrand`]: page(QUIET_REBRAND.body, QUIET_REBRAND.head),
  [`${CONTENT_HOST}/shadow`]: page(
    '<h1>Shared documents</h1><div id="app"></div>',
    `<script>addEventListener('DOMContentLoaded', () => {
      const outer = document.getElementById('app').attachShadow({ mode: 'open' });
      outer.innerHTML = '<div></div>';
      outer.firstChild.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(CLONE_BODY)};
    });</script>`,
  ),
  // A plain card flagged for presenting itself as Microsoft 365, with every excuse the model
  // knows (a long article, many links, "Sign in with Microsoft", a comment box) hidden by a style
  // sheet: only the browser can tell they are hidden, and hidden they explain nothing.
  [`${CONTENT_HOST}/excuses`]: page(
    `<h3>Microsoft 365</h3><form method="post" action="/auth"><input type="text" name="email" placeholder="Email">
    <input type="password" name="password" placeholder="Password"><button>Login</button></form>
    <div class="later"><article>${'<p>Our team writes about cloud mail and calendars every week, with tips for busy people.</p>'.repeat(50)}</article>
    ${Array.from({ length: 40 }, (_, i) => `<a href="/post/${i}">Post ${i}</a>`).join(' ')}
    <a href="/auth/azure">Sign in with Microsoft</a><p>Leave a comment</p><textarea name="comment"></textarea></div>`,
    '<style>.later{display:none}</style>',
  ),
  // Ordinary text around the host: the first look doesn't walk shadow roots here (too costly on
  // every page), so focusing the hidden form is what gets the page reported.
  [`${CONTENT_HOST}/shadow-in-text`]: page(
    `<h1>Garden club newsletter</h1>${'<p>Our next meeting is on Thursday. Bring seeds to swap and a friend who likes tomatoes.</p>'.repeat(6)}<div id="app"></div>`,
    `<script>addEventListener('DOMContentLoaded', () => {
      document.getElementById('app').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(CLONE_BODY)};
    });</script>`,
  ),
};

describe.each(BROWSERS)('the warning holds in %s', (browserName) => {
  let ext: ExtensionBrowser;
  const network = new FakeNetwork();
  for (const [url, route] of Object.entries(ROUTES)) network.route(url, route);
  for (const asset of CLONE_ASSETS) network.route(asset, { status: 404, body: '' });

  async function visit(url: string): Promise<Page> {
    const tab = await ext.browser.newPage();
    await network.attach(tab);
    await tab.goto(url);
    await tab.waitForFunction(() => document.readyState === 'complete');
    return tab;
  }

  async function expectWarning(tab: Page): Promise<void> {
    await tab.waitForSelector('[data-account-helper]', { timeout: 20_000 });
    expect(await markerAttributes(tab)).toMatchObject({ 'data-verdict': 'lookalike' });
    await waitFor(() => warningCoversPage(tab), 'the warning to cover the page');
  }

  const fieldValues = (tab: Page) =>
    tab.evaluate(() =>
      Array.from(document.querySelectorAll('input'), (input) => `${input.name}=${input.value}`),
    );

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, browserName === 'chromium' ? 'e2e' : 'store');
    await turnOnGuard(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('keeps focus in the warning: Tab ten times and typing never reach the page', async () => {
    const tab = await visit(LOOKALIKE);
    await expectWarning(tab);
    // "Leave this page" has focus; the page behind is inert.
    for (let i = 0; i < 10; i++) await tab.keyboard.press('Tab');
    await tab.keyboard.type('hunter2');
    await tab.keyboard.down('Shift');
    for (let i = 0; i < 5; i++) await tab.keyboard.press('Tab');
    await tab.keyboard.up('Shift');
    await tab.keyboard.type('hunter2');
    expect(await fieldValues(tab)).toEqual(['email=', 'password=']);
    expect(
      await tab.evaluate(() => document.activeElement?.hasAttribute('data-account-helper')),
    ).toBe(true);
    // Not focusable, not clickable, out of the accessibility tree: `inert`, on all but the warning.
    const held = await tab.evaluate(() => {
      const input = document.querySelector('input') as HTMLInputElement;
      input.focus();
      return {
        focused: document.activeElement === input,
        inert: input.closest('[inert]') !== null,
        marker: document.querySelector('[data-account-helper]')?.closest('[inert]') ?? null,
      };
    });
    expect(held).toEqual({ focused: false, inert: true, marker: null });
    await tab.close();
  });

  it('keeps the page out of reach even when it takes `inert` away and grabs focus', async () => {
    const tab = await visit(`${LOOKALIKE}/thief`);
    await expectWarning(tab);
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (let i = 0; i < 10; i++) await tab.keyboard.press('Tab');
    await tab.keyboard.type('hunter2');
    expect(await fieldValues(tab)).toEqual(['email=', 'password=']);
    await tab.close();
  });

  it('"I know what I\'m doing" gives the page back', async () => {
    const tab = await visit(LOOKALIKE);
    await expectWarning(tab);
    await tab.keyboard.press('Tab'); // past "Report this page to Microsoft"
    await tab.keyboard.press('Tab'); // to "I know what I'm doing"
    await tab.keyboard.press('Enter');
    await tab.keyboard.press('Tab'); // to the button that shows the page
    await tab.keyboard.press('Enter');
    await waitFor(async () => !(await warningCoversPage(tab)), 'the warning to give way');
    expect(await tab.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    await tab.focus('input[name=email]');
    await tab.keyboard.type('me@example.com');
    expect(await fieldValues(tab)).toEqual(['email=me@example.com', 'password=']);
    // Forget the choice, for the other tests on this host.
    await inExtension(ext, async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('account-helper');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').delete('dismissedLookalikeHosts');
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await tab.close();
  });

  it.each([
    ['a hidden input whose type grows when lower-cased', `${CONTENT_HOST}/grown`],
    ['an address pushed past 8,192 characters', `${LOOKALIKE}/long`],
    ['elements named "browser" and "runtime"', `${LOOKALIKE}/named`],
  ])('warns on a page with %s', async (_label, url) => {
    const tab = await visit(url);
    await expectWarning(tab);
    await tab.close();
  });

  it.each([
    ['a srcdoc frame', `${CONTENT_HOST}/srcdoc`],
    ['a same-origin frame', `${CONTENT_HOST}/framed`],
    ['nested open shadow roots', `${CONTENT_HOST}/shadow`],
  ])('warns on the top page when the cloned form sits in %s', async (_label, url) => {
    const tab = await visit(url);
    await expectWarning(tab);
    // One warning, on the top page: the frame shows none of its own.
    expect(
      await tab.evaluate(() => document.querySelectorAll('[data-account-helper]').length),
    ).toBe(1);
    await tab.close();
  });

  it('warns on the top page when a frame swaps the cloned form in for a harmless one', async () => {
    const tab = await visit(`${CONTENT_HOST}/framed-swap`);
    const frameField = () =>
      tab.evaluate(() => {
        const frame = document.querySelector('iframe')?.contentDocument;
        const field = frame?.querySelector('input[name="loginfmt"]') as HTMLInputElement | null;
        field?.focus();
        return field !== null && field !== undefined;
      });
    await waitFor(frameField, 'the cloned form in the frame');
    await expectWarning(tab);
    await tab.close();
  });

  it('warns on the top page when a frame writes the clone over its harmless form', async () => {
    const tab = await visit(`${CONTENT_HOST}/framed-rewrite`);
    await expectWarning(tab);
    await tab.close();
  });

  it("warns on a page judged harmless that puts Microsoft's look around the same boxes", async () => {
    const tab = await visit(`${CONTENT_HOST}/rebranded`);
    await expectWarning(tab);
    await tab.close();
  });

  it("warns on the top page when a frame puts Microsoft's look around the same boxes", async () => {
    const tab = await visit(`${CONTENT_HOST}/framed-rebrand`);
    const focusFrameField = () =>
      tab.evaluate(() => {
        const frame = document.querySelector('iframe')?.contentDocument;
        if (!frame?.querySelector('[role="heading"]')) return false;
        (frame.querySelector('input[name="email"]') as HTMLInputElement).focus();
        return true;
      });
    await waitFor(focusFrameField, "Microsoft's look in the frame");
    await expectWarning(tab);
    await tab.close();
  });

  it('warns when typing into a box whose page changed its words and picture around it', async () => {
    const tab = await visit(`${CONTENT_HOST}/quiet-rebrand`);
    await tab.waitForSelector('html[data-changed]');
    // Nothing the guard's watch sees has changed: no warning without the person's typing.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await tab.$('[data-account-helper]')).toBeNull();
    const focusinsBefore = await tab.evaluate(() => document.documentElement.dataset.focusins);
    expect(focusinsBefore).toBe('1');
    await tab.keyboard.type('a');
    // The box had focus all along: typing, not a new focus, gets the page looked at again.
    await expectWarning(tab);
    await tab.close();
  });

  it('warns on a page whose excuses (text, links, a Microsoft button, a comment box) are hidden', async () => {
    const tab = await visit(`${CONTENT_HOST}/excuses`);
    await expectWarning(tab);
    await tab.close();
  });

  it('warns once a field of a form hidden in a shadow root amid ordinary text gets focus', async () => {
    const tab = await visit(`${CONTENT_HOST}/shadow-in-text`);
    await tab.evaluate(() => {
      const root = document.getElementById('app')?.shadowRoot;
      (root?.querySelector('input[name="loginfmt"]') as HTMLInputElement | null)?.focus();
    });
    await expectWarning(tab);
    await tab.close();
  });

  it('keeps no query or fragment of an address in tab state', async () => {
    const tab = await visit(`${LOOKALIKE}?code=SECRET-CODE&state=1#access_token=SECRET-TOKEN`);
    await expectWarning(tab);
    const session = await waitFor(
      () =>
        inExtension(ext, async () => {
          const g = globalThis as unknown as ExtensionGlobal & {
            browser?: { storage: { session: { get(k: null): Promise<object> } } };
            chrome: { storage: { session: { get(k: null): Promise<object> } } };
          };
          const all = await (g.browser ?? g.chrome).storage.session.get(null);
          const text = JSON.stringify(all);
          return text.includes('secure-verify.net') ? text : null;
        }),
      'the tab state of the lookalike',
    );
    expect(session).not.toContain('SECRET');
    expect(session).toContain(LOOKALIKE);
    await tab.close();
  });

  it('made no request the test did not expect', () => {
    expect(network.unexpected).toEqual([]);
  });
});
