import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// linkedom has no layout: a field counts as visible unless it is inside something hidden.
vi.mock('../../../src/content/guidance/page-fields', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/content/guidance/page-fields')>()),
  isVisible: (element: Element) => element.closest('[hidden]') === null,
}));

const { watchSignIn } = await import('../../../src/content/guidance/sign-in-watch');

const PAGE = `<!doctype html><html><body>
  <form id="f1">
    <section id="address-step">
      <input type="email" name="loginfmt" id="i0116" autocomplete="username">
    </section>
    <section id="password-step" hidden>
      <input type="button" id="back" value="Back">
      <input type="password" name="passwd" id="i0118" autocomplete="current-password">
    </section>
    <input type="submit" id="next" value="Next">
    <button id="plain-button">Also submits</button>
    <button type="button" id="other">Sign-in options</button>
  </form>
  <button id="outside">Not in the form</button>
</body></html>`;

let doc: Document;
let window: { Event: typeof Event };
let sent: string[];
let answer: () => Promise<unknown>;

const $ = (id: string) => doc.getElementById(id) as HTMLInputElement;

function fire(
  id: string,
  type: 'click' | 'keydown',
  init: { trusted?: boolean; key?: string } = {},
) {
  const event = new window.Event(type, { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: init.trusted ?? true });
  if (init.key) Object.defineProperty(event, 'key', { value: init.key });
  $(id).dispatchEvent(event);
}

function typeAddress(value: string) {
  $('i0116').value = value;
}

beforeEach(() => {
  const parsed = parseHTML(PAGE);
  doc = parsed.document as unknown as Document;
  window = parsed.window as unknown as typeof window;
  sent = [];
  answer = async () => ({ remembered: true });
  // Reading the password box at all fails the test.
  Object.defineProperty($('i0118'), 'value', {
    get() {
      throw new Error('the password box was read');
    },
  });
  watchSignIn(doc, (address) => {
    sent.push(address);
    return answer();
  });
});

describe('watchSignIn', () => {
  it('sends the address when the person clicks Next, once per address', () => {
    typeAddress(' Sam@Example.org ');
    fire('next', 'click');
    fire('next', 'click');
    typeAddress('sam@example.org');
    fire('plain-button', 'click');
    expect(sent).toEqual(['Sam@Example.org']);

    typeAddress('kim@example.org');
    fire('next', 'click');
    expect(sent).toEqual(['Sam@Example.org', 'kim@example.org']);
  });

  it('sends the address when the person presses Enter in the address box', () => {
    typeAddress('sam@example.org');
    fire('i0116', 'keydown', { key: 'a' });
    expect(sent).toEqual([]);
    fire('i0116', 'keydown', { key: 'Enter' });
    expect(sent).toEqual(['sam@example.org']);
  });

  it('ignores what the page does itself: untrusted clicks and keys', () => {
    typeAddress('forged@example.org');
    fire('next', 'click', { trusted: false });
    fire('i0116', 'keydown', { key: 'Enter', trusted: false });
    expect(sent).toEqual([]);
  });

  it('never reads the password box, on the password step or from it', () => {
    typeAddress('sam@example.org');
    $('address-step').hidden = true;
    $('password-step').hidden = false;
    fire('i0118', 'keydown', { key: 'Enter' });
    fire('i0118', 'click');
    // The address box is hidden on the password step: "Sign in" sends nothing more.
    fire('next', 'click');
    expect(sent).toEqual([]);
  });

  it('ignores buttons that do not submit the address’s form, and what is not an address', () => {
    typeAddress('sam@example.org');
    fire('other', 'click');
    fire('back', 'click');
    fire('outside', 'click');
    fire('i0116', 'click');
    for (const notAnAddress of [
      '',
      'sam',
      '+1 555 0100',
      'sam@',
      `${'a'.repeat(320)}@example.org`,
    ]) {
      typeAddress(notAnAddress);
      fire('next', 'click');
      fire('i0116', 'keydown', { key: 'Enter' });
    }
    expect(sent).toEqual([]);
  });

  it('tries again on the next Next when the background did not take it', async () => {
    answer = () => Promise.reject(new Error('no answer'));
    typeAddress('sam@example.org');
    fire('next', 'click');
    await Promise.resolve();
    await Promise.resolve();
    answer = async () => ({ remembered: false });
    fire('next', 'click');
    fire('next', 'click');
    expect(sent).toEqual(['sam@example.org', 'sam@example.org']);
  });
});
