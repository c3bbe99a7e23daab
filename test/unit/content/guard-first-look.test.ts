import { describe, expect, it } from 'vitest';
import { guardFirstLook } from '../../../src/content/guard-first-look';
import { focus, input, page, settle, useLinkedomWatch } from './linkedom-page';

useLinkedomWatch();

const ORDINARY = 'https://gardening.example/club';
const TEXT = `<p>${'Our next meeting is on Thursday. Bring seeds to swap. '.repeat(8)}</p>`;

/** The first look on `doc`; what it handed over, in order (true: from a field in a shadow root). */
function look(doc: Document, { top = true, url = ORDINARY } = {}): boolean[] {
  const handed: boolean[] = [];
  guardFirstLook(doc, top, url, (inShadow) => handed.push(inShadow));
  return handed;
}

describe('the first look', () => {
  it('hands nothing over on a page that asks for nothing, however it changes', async () => {
    const doc = page(TEXT);
    const handed = look(doc);
    doc.body.insertAdjacentHTML('beforeend', `${TEXT}<h1>Microsoft 365</h1>`);
    await settle();
    expect(handed).toEqual([]);
  });

  it('hands a page with a credential field over at once', () => {
    expect(look(page(`${TEXT}<form><input type="password" name="pw"></form>`))).toEqual([false]);
  });

  it.each([
    ['names Microsoft', 'https://secure-0ffice365-login.example/'],
    ['carries a Microsoft sign-in path', 'https://docs-portal.example/common/oauth2/authorize'],
  ])('hands over a page without a form whose address %s', (_what, url) => {
    expect(look(page(TEXT), { url })).toEqual([false]);
  });

  it('watches the top page and hands it over once a form comes, once', async () => {
    const doc = page(TEXT);
    const handed = look(doc);
    await settle();
    doc.body.insertAdjacentHTML('beforeend', '<form><input type="email" name="login"></form>');
    await settle();
    doc.body.insertAdjacentHTML('beforeend', '<input type="password" name="pw">');
    await settle();
    expect(handed).toEqual([false]);
  });

  it('finds a form hidden in an open shadow root of an empty shell', () => {
    const doc = page('<div id="app"></div>');
    (doc.getElementById('app') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      '<form><input type="password" name="pw"></form>';
    expect(look(doc)).toEqual([false]);
  });

  it('leaves a search box and a quantity box alone', () => {
    const doc = page(
      `${TEXT}<form action="/search"><input type="search" name="q"></form><input type="number" name="qty">`,
    );
    expect(look(doc)).toEqual([]);
  });

  it('passes every later credential focus and input on to the rest of the guard, nothing else', () => {
    const doc = page(
      `${TEXT}<form><input type="email" name="login"><input type="search" name="q"></form>`,
    );
    const handed = look(doc);
    const login = doc.querySelector('input[name="login"]') as Element;
    const search = doc.querySelector('input[name="q"]') as Element;
    focus(login);
    focus(search);
    input(search);
    focus(login);
    input(login);
    expect(handed).toEqual([false, false, false, false]);
  });

  it('starts over when the page writes a new document over itself', async () => {
    const doc = page(TEXT);
    const handed = look(doc, { top: false });
    const html = doc.createElement('html');
    html.innerHTML = '<body><form><input type="password" name="pw"></form></body>';
    doc.documentElement.remove();
    doc.append(html);
    await settle(0);
    expect(handed).toEqual([false]);
  });

  it('hands a new document over too when a page already handed over writes one over itself', async () => {
    const doc = page(`${TEXT}<form><input type="email" name="login"></form>`);
    const handed = look(doc, { top: false });
    expect(handed).toEqual([false]);
    const html = doc.createElement('html');
    html.innerHTML = '<body><form><input type="password" name="pw"></form></body>';
    doc.documentElement.remove();
    doc.append(html);
    await settle(0);
    expect(handed).toEqual([false, false]);
  });

  it('does not watch a frame, whose late form is found when a field gets focus', async () => {
    const doc = page(TEXT);
    const handed = look(doc, { top: false });
    doc.body.insertAdjacentHTML('beforeend', '<form><input type="password" name="pw"></form>');
    await settle();
    expect(handed).toEqual([]);
    focus(doc.querySelector('input') as Element);
    expect(handed).toEqual([false]);
  });
  it('watches a frame that writes a new document over itself while the kit is written', async () => {
    const doc = page(TEXT);
    const handed = look(doc, { top: false });
    doc.documentElement.remove();
    doc.append(doc.createElement('html'));
    await settle(0);
    expect(handed).toEqual([]);
    doc.documentElement.innerHTML = '<body><form><input type="password" name="pw"></form></body>';
    await settle();
    expect(handed).toEqual([false]);
  });

  it('hands a frame already handed over again while its new document is written', async () => {
    const doc = page(`${TEXT}<form><input type="email" name="login"></form>`);
    const handed = look(doc, { top: false });
    doc.documentElement.remove();
    doc.append(doc.createElement('html'));
    await settle(0);
    expect(handed).toEqual([false, false]);
    doc.documentElement.innerHTML = '<body><form><input type="password" name="pw"></form></body>';
    await settle();
    expect(handed).toEqual([false, false, false]);
  });
  // A field focused in a shadow root amid text (linkedom keeps events inside shadow roots): the
  // trust e2e test, in both browsers.
});
