import { describe, expect, it } from 'vitest';
import { decodeSavedPage } from '../../../scripts/lib/saved-page-bytes';

const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) =>
  Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
const latin = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));

describe('decodeSavedPage', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    const text = '<title>Entrer le mot de passe</title><p>Mot de passe oublié ?</p>';
    expect(decodeSavedPage(Buffer.from(text))).toBe(text);
    expect(decodeSavedPage(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toBe(text);
  });

  it('reads a page saved as UTF-16 (little- or big-endian) by its byte-order mark', () => {
    const text = '<title>Microsoft-Konto</title><p>Kennwort vergessen?</p>';
    expect(decodeSavedPage(utf16le(text))).toBe(text);
    expect(decodeSavedPage(utf16be(text))).toBe(text);
  });

  it('reads a legacy page in the charset it declares, else as windows-1252', () => {
    expect(decodeSavedPage(latin('<p>Mot de passe oubli\u00e9</p>'))).toBe(
      '<p>Mot de passe oubli\u00e9</p>',
    );
    // "Вход" (sign in) in windows-1251, declared by the page.
    const cyrillic = Uint8Array.from([
      ...Buffer.from('<meta charset="windows-1251"><title>'),
      0xc2,
      0xf5,
      0xee,
      0xe4,
      ...Buffer.from('</title>'),
    ]);
    expect(decodeSavedPage(cyrillic)).toContain('<title>\u0412\u0445\u043e\u0434</title>');
  });

  it('keeps valid UTF-8 as UTF-8 even where the page declares another charset', () => {
    const text = '<meta charset="iso-8859-1"><p>Conta Microsoft — Insira a senha</p>';
    expect(decodeSavedPage(Buffer.from(text))).toBe(text);
  });
});
