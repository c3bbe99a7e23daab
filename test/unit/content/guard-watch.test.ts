import { describe, expect, it } from 'vitest';
import { credentialFieldListener } from '../../../src/content/credential-form';
import { newToJudge } from '../../../src/content/guard-frames';
import {
  guardPage,
  MAX_REPORTS,
  REPORT_REFILL_MS,
  watchChanges,
} from '../../../src/content/guard-watch';
import { focus, input, page, settle, useLinkedomWatch } from './linkedom-page';

useLinkedomWatch();
const g = globalThis as unknown as Record<string, unknown>;

const ORDINARY_ADDRESS = { hostname: 'gardening.example', pathname: '/club' } as Location;

const LONG_TEXT = `<p>${'Our next meeting is on Thursday. Bring seeds to swap. '.repeat(8)}</p>`;

/** Runs the guard with a report that answers `verdicts` in turn (true: the page was marked). */
function guard(doc: Document, verdicts: boolean[] = [], where = ORDINARY_ADDRESS) {
  const reports: string[] = [];
  // As guard-check.ts: a page's markup stands in for its snapshot, sent only when it is new.
  const isNew = newToJudge();
  const focused = guardPage(doc, where, async () => {
    if (!isNew(doc.URL, doc.body.innerHTML)) return false;
    reports.push(doc.body.innerHTML);
    return verdicts[reports.length - 1] ?? false;
  });
  // As the first look passes each credential field's focus and input on (guard-first-look.ts).
  const listener = credentialFieldListener(focused);
  doc.addEventListener('focusin', listener, true);
  doc.addEventListener('input', listener, true);
  return reports;
}

function addForm(doc: Document, fields = '<input type="password" name="pw">') {
  const form = doc.createElement('form');
  form.innerHTML = fields;
  doc.body.append(form);
}

describe('guardPage', () => {
  it('sends nothing for a page that asks for nothing, however it changes', async () => {
    const doc = page(LONG_TEXT);
    const reports = guard(doc);
    await settle();
    doc.body.insertAdjacentHTML('beforeend', LONG_TEXT);
    await settle();
    expect(reports).toHaveLength(0);
  });

  // Nothing to judge before the form, so the background is not woken; the form, whenever it comes
  // and whatever the page showed before (a kit may add its brand and its form together), is.
  it.each([
    ['a page without a sign of Microsoft', LONG_TEXT, ORDINARY_ADDRESS],
    [
      'a page that names Microsoft',
      `${LONG_TEXT}<h1>Microsoft 365</h1><p>Loading your documents…</p>`,
      ORDINARY_ADDRESS,
    ],
    [
      'a page whose address names a product',
      LONG_TEXT,
      { hostname: 'help.techtips.example', pathname: '/outlook-tips' } as Location,
    ],
  ])('watches %s, and reports it only once a form appears', async (_kind, body, where) => {
    const doc = page(body);
    const reports = guard(doc, [], where);
    await settle();
    expect(reports).toHaveLength(0);
    addForm(doc);
    await settle();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('type="password"');
  });

  it('reports a page with a credential form at once', async () => {
    const reports = guard(page(`${LONG_TEXT}<form><input type="email" name="e"></form>`));
    await settle(0);
    expect(reports).toHaveLength(1);
  });

  // Real kits' first steps: a plain text box named or labelled in the page's language, or not at
  // all when the page's look is a picture behind it.
  it.each([
    ['a placeholder in Spanish', '<input placeholder="Correo electrónico, teléfono o Skype">'],
    ['a name', '<input type="text" name="account">'],
    ['an id', '<input id="userid">'],
    ['an aria-label', '<input aria-label="E-Mail-Adresse">'],
    ['an address placeholder', '<input placeholder="someone@example.com">'],
    ['nothing, in a form that posts', '<form method="POST"><input type="text" name="u"></form>'],
  ])('reports a text box known by %s', async (_by, markup) => {
    const reports = guard(page(`${LONG_TEXT}${markup}`));
    await settle(0);
    expect(reports).toHaveLength(1);
  });

  it.each([
    [
      'a search box',
      '<form action="/search"><input type="search" name="q" placeholder="Search"></form>',
    ],
    ['a search form with a text box', '<form method="get"><input type="text" name="s"></form>'],
    ['a quantity box', '<input type="number" name="qty">'],
  ])('leaves alone a page with %s', async (_what, markup) => {
    const reports = guard(page(`${LONG_TEXT}${markup}`));
    await settle(0);
    expect(reports).toHaveLength(0);
  });

  it('watches an empty shell and reports once script fills in a kit', async () => {
    const doc = page('<div id="app"></div>');
    const reports = guard(doc);
    await settle();
    expect(reports).toHaveLength(0);
    (doc.getElementById('app') as HTMLElement).innerHTML =
      '<img alt="Microsoft"><form><input type="email" name="loginfmt"></form>';
    await settle();
    expect(reports).toHaveLength(1);
  });

  it('walks the shadow roots of a shell only a bounded number of times', async () => {
    const doc = page('<div id="app"></div>');
    const reports = guard(doc);
    const app = doc.getElementById('app') as HTMLElement;
    // A shell that keeps changing for a long time, and only then hides a form in a shadow root.
    for (let i = 0; i < 25; i++) {
      app.append(doc.createElement('div'));
      await settle(120);
    }
    app.attachShadow({ mode: 'open' }).innerHTML = '<form><input type="password" name="pw"></form>';
    app.append(doc.createElement('div'));
    await settle();
    // Past the walk's budget: the focus listener is left to find it (trust e2e test).
    expect(reports).toHaveLength(0);
  });

  it('reports a single-page kit again when it swaps the email step for the password step', async () => {
    const doc = page(`${LONG_TEXT}<form id="f"><input type="email" name="login"></form>`);
    const reports = guard(doc);
    await settle();
    (doc.getElementById('f') as HTMLElement).innerHTML = '<input type="password" name="passwd">';
    await settle();
    expect(reports).toHaveLength(2);
  });

  it('reports the same boxes again once the page puts another look around them', async () => {
    const doc = page(
      `<h1 id="brand">Northwind Books</h1><form><input type="email" name="email"><input type="password" name="password"></form>`,
    );
    const reports = guard(doc);
    await settle();
    expect(reports).toHaveLength(1);
    (doc.getElementById('brand') as HTMLElement).outerHTML =
      '<img alt="Microsoft"><div role="heading">Sign in</div>';
    await settle();
    expect(reports).toHaveLength(2);
    expect(reports[1]).toContain('alt="Microsoft"');
  });

  it('stops as soon as the page has a verdict', async () => {
    const doc = page(`${LONG_TEXT}<form id="f"><input type="email" name="login"></form>`);
    const reports = guard(doc, [true]);
    await settle();
    (doc.getElementById('f') as HTMLElement).innerHTML = '<input type="password" name="passwd">';
    await settle();
    expect(reports).toHaveLength(1);
  });

  it('reports a kit shown after the page used its reports up on harmless forms', async () => {
    const doc = page(`${LONG_TEXT}<form id="f"><input type="email" name="news"></form>`);
    const reports = guard(doc);
    await settle();
    const form = doc.getElementById('f') as HTMLElement;
    for (let i = 0; i < MAX_REPORTS + 2; i++) {
      form.innerHTML = `<input type="email" name="news${i}">`;
      await settle(120);
    }
    form.innerHTML = '<input type="email" name="loginfmt"><input type="password" name="passwd">';
    await settle(REPORT_REFILL_MS + 300);
    expect(reports.at(-1)).toContain('loginfmt');
  });

  it('does not report again when nothing about the form changed', async () => {
    const doc = page(`${LONG_TEXT}<form><input type="email" name="login"></form><ul id="l"></ul>`);
    const reports = guard(doc);
    for (let i = 0; i < 5; i++) {
      (doc.getElementById('l') as HTMLElement).append(doc.createElement('li'));
      await settle(120);
    }
    expect(reports).toHaveLength(1);
  });

  it('a page whose address names Microsoft is reported without a form', async () => {
    const reports = guard(page(LONG_TEXT), [], {
      hostname: 'secure-0ffice365-login.example',
      pathname: '/',
    } as Location);
    await settle(0);
    expect(reports).toHaveLength(1);
  });

  it('finds a form in an open shadow root of a shell', async () => {
    const doc = page('<div id="app"></div>');
    const host = doc.getElementById('app') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML =
      '<form><input type="password" name="pw"></form>';
    const reports = guard(doc);
    await settle(0);
    expect(reports).toHaveLength(1);
  });

  it('leaves a form in a shadow root amid text to the focus listener (no walk at every look)', async () => {
    const doc = page(`${LONG_TEXT}<h1>Microsoft 365</h1><div id="app"></div>`);
    const root = (doc.getElementById('app') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<form><input type="email" name="login"></form>';
    const reports = guard(doc);
    await settle();
    // The trust e2e test focuses such a field in both browsers and sees the page reported.
    expect(reports).toHaveLength(0);
    // A form in the light DOM of the same page is reported at the next look.
    addForm(doc);
    await settle();
    expect(reports).toHaveLength(1);
  });
});

describe('a credential field that gets focus', () => {
  it('gets a form reported that came after the watch, before anything is typed', async () => {
    const doc = page(LONG_TEXT);
    // No watch: as on a page whose 10 s are up (a provider chooser's pop-up opened later).
    g.MutationObserver = class {
      observe() {}
      disconnect() {}
    };
    const reports = guard(doc);
    addForm(doc, '<input type="email" name="login"><input type="password" name="pw">');
    await settle();
    expect(reports).toHaveLength(0);
    const field = doc.querySelector('input[name="login"]') as HTMLElement;
    focus(field);
    await settle(0);
    expect(reports).toHaveLength(1);
    // Focus moving on within the same form asks nothing more.
    focus(doc.querySelector('input[name="pw"]') as HTMLElement);
    await settle(0);
    expect(reports).toHaveLength(1);
  });

  it('gets a page reported that changed its look without a change the watch sees', async () => {
    const doc = page(
      `<div id="brand" hidden><img alt="Microsoft"><div>Sign in</div></div><form><input type="email" name="email"><input type="password" name="password"></form>`,
    );
    // As a page whose 10 s are up: only the field's focus or input can tell.
    g.MutationObserver = class {
      observe() {}
      disconnect() {}
    };
    const reports = guard(doc);
    await settle(0);
    expect(reports).toHaveLength(1);
    (doc.getElementById('brand') as HTMLElement).removeAttribute('hidden');
    const field = doc.querySelector('input[name="email"]') as HTMLElement;
    input(field);
    await settle(0);
    expect(reports).toHaveLength(2);
    expect(reports[1]).not.toContain('hidden');
    // Typing on, with nothing else changed, sends nothing more.
    input(field);
    focus(field);
    await settle(0);
    expect(reports).toHaveLength(2);
  });

  it('is no reason to report a search box', async () => {
    const doc = page(`${LONG_TEXT}<form><input type="search" name="q"></form>`);
    const reports = guard(doc);
    const box = doc.querySelector('input') as HTMLElement;
    focus(box);
    await settle(0);
    expect(reports).toHaveLength(0);
  });
});

describe('watchChanges', () => {
  it('looks at most once per 100 ms however often the page changes', async () => {
    const doc = page('<ul id="l"></ul>');
    let looks = 0;
    const stop = watchChanges(doc, () => {
      looks++;
      return false;
    });
    const list = doc.getElementById('l') as HTMLElement;
    for (let i = 0; i < 40; i++) {
      list.append(doc.createElement('li'));
      await settle(10);
    }
    stop();
    expect(looks).toBeGreaterThan(0);
    expect(looks).toBeLessThanOrEqual(6);
  });

  it('stops after its time is up', async () => {
    const doc = page('<ul id="l"></ul>');
    let looks = 0;
    watchChanges(
      doc,
      () => {
        looks++;
        return false;
      },
      50,
    );
    await settle(100);
    (doc.getElementById('l') as HTMLElement).append(doc.createElement('li'));
    await settle(200);
    expect(looks).toBe(0);
  });
});
