import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasCredentialForm } from '../../../src/content/credential-form';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { PageSnapshotSchema } from '../../../src/core/detection';

const SECRET = 'typed-SECRET';

/** A page whose sign-in form sits inside open shadow roots, `depth` deep. */
function pageWithShadowForm(depth: number, mode: 'open' | 'closed' = 'open'): Document {
  const { document } = parseHTML('<html><body><h1>Sign in</h1><div id="app"></div></body></html>');
  let host = document.getElementById('app') as unknown as HTMLElement;
  let root: ShadowRoot | null = null;
  for (let level = 0; level < depth; level++) {
    root = host.attachShadow({ mode });
    const inner = document.createElement('div');
    root.append(inner);
    host = inner as unknown as HTMLElement;
  }
  const form = document.createElement('form');
  form.setAttribute('action', 'https://collect.example.net/next.php');
  form.setAttribute('method', 'post');
  const password = document.createElement('input');
  password.setAttribute('type', 'password');
  password.setAttribute('name', 'passwd');
  password.setAttribute('value', SECRET);
  form.append(password);
  host.append(form);
  return document as unknown as Document;
}

describe('forms inside open shadow roots', () => {
  it('are credential forms to the guard, nested ones too', () => {
    expect(hasCredentialForm(pageWithShadowForm(1))).toBe(true);
    expect(hasCredentialForm(pageWithShadowForm(3))).toBe(true);
  });

  it('are in the snapshot, described by attributes only', () => {
    const snapshot = buildPageSnapshot(pageWithShadowForm(2), {}, 'https://page.example.org/');
    expect(snapshot.fields).toContainEqual(
      expect.objectContaining({ type: 'password', name: 'passwd' }),
    );
    expect(snapshot.forms).toContainEqual(
      expect.objectContaining({ actionHost: 'collect.example.net', method: 'post' }),
    );
    expect(JSON.stringify(snapshot)).not.toContain('SECRET');
    expect(PageSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it('bring their images and visible text into the snapshot', () => {
    const doc = pageWithShadowForm(2);
    const form = doc
      .querySelector('#app')
      ?.shadowRoot?.firstElementChild?.shadowRoot?.querySelector('form');
    const logo = doc.createElement('img');
    logo.setAttribute('alt', 'Microsoft');
    form?.before(logo, doc.createTextNode('Enter password'));
    const snapshot = buildPageSnapshot(doc, {}, 'https://page.example.org/');
    expect(snapshot.images).toContainEqual(expect.objectContaining({ alt: 'Microsoft' }));
    expect(snapshot.text).toContain('Enter password');
  });

  it('stay out of reach in closed roots (a page gains nothing hiding its form from itself)', () => {
    expect(hasCredentialForm(pageWithShadowForm(1, 'closed'))).toBe(false);
  });
});
