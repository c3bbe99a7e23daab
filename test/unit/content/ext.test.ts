import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extensionNamespace } from '../../../src/content/ext';

const chrome = { runtime: { id: 'extension-id', sendMessage: async () => null } };
const firefox = { runtime: { id: 'extension@id', sendMessage: async () => null } };

/** A script's global object whose prototype chain holds the page's named elements, like a window. */
function scriptGlobal(named: Record<string, unknown>, own: Record<string, unknown>): object {
  return Object.assign(Object.create(named), own);
}

describe('extensionNamespace', () => {
  it("uses the browser's own `browser` where it defines one (Firefox)", () => {
    expect(extensionNamespace(scriptGlobal({}, { browser: firefox, chrome }))).toBe(firefox);
  });

  it('uses `chrome` where the browser defines no `browser`', () => {
    expect(extensionNamespace(scriptGlobal({}, { chrome }))).toBe(chrome);
  });

  it('never takes a page element named "browser" for the API', () => {
    const { document } = parseHTML(
      '<div id="browser"></div><form id="browser"><input name="runtime" id="x"></form>',
    );
    const element = document.getElementById('browser');
    expect(extensionNamespace(scriptGlobal({ browser: element }, { chrome }))).toBe(chrome);
    // Even one that looks like the API: a form whose "runtime" field has an id.
    const form = { runtime: { id: 'x', sendMessage: 'not a function' } };
    expect(extensionNamespace(scriptGlobal({ browser: form }, { chrome }))).toBe(chrome);
  });

  it('skips an own `browser` that is not an extension namespace', () => {
    expect(extensionNamespace(scriptGlobal({}, { browser: {}, chrome }))).toBe(chrome);
  });
});
