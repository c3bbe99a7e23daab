import { describe, expect, it } from 'vitest';
import { scriptWrittenHtml, withScriptWrittenHtml } from '../../../scripts/lib/written-html';

const FORM = '<form><input type="password" name="passwd"></form>';
const percent = (text: string) =>
  [...text].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');

describe('markup a saved page’s scripts would write', () => {
  it.each([
    ['unescape', `<script>document.write(unescape('${percent(FORM)}'))</script>`],
    ['atob', `<script>document.write(atob("${Buffer.from(FORM).toString('base64')}"))</script>`],
    [
      'split percent literals',
      `<script>var p=['${percent(FORM.slice(0, 20))}','${percent(FORM.slice(20))}'];document.write(unescape(p[0]+p[1]))</script>`,
    ],
    [
      'a base64 variable',
      `<script>var data="${Buffer.from(`<html><body>${FORM}${' '.repeat(40)}</body></html>`).toString('base64')}";document.write(atob(data))</script>`,
    ],
    [
      'escaped document.write',
      `<script>document.write("\\x3cform>\\x3cinput type=\\"password\\" name=\\"passwd\\">\\x3c/form>")</script>`,
    ],
    [
      'fromCharCode',
      `<script>document.write(String.fromCharCode(${[...FORM].map((c) => c.charCodeAt(0)).join(',')}))</script>`,
    ],
  ])('decodes %s', (_, html) => {
    expect(scriptWrittenHtml(`<html><body>${html}</body></html>`)).toContain('name="passwd"');
  });

  it('leaves pages without written markup as they are, and never runs anything', () => {
    const page = '<html><body><script>var x = atob("aGVsbG8gd29ybGQ=");</script></body></html>';
    expect(withScriptWrittenHtml(page)).toBe(page);
    const hostile =
      '<html><body><script>document.write(unescape("%E0%A4%A"))</script></body></html>';
    expect(() => withScriptWrittenHtml(hostile)).not.toThrow();
  });

  it('puts the written markup inside the body', () => {
    const page = `<html><body><p>x</p><script>document.write(unescape('${percent(FORM)}'))</script></body></html>`;
    const out = withScriptWrittenHtml(page);
    expect(out.indexOf('name="passwd"')).toBeLessThan(out.indexOf('</body>'));
  });
});
