/**
 * A saved page is read without running its scripts, but many kits only exist once a script
 * writes them: `document.write(unescape('%3C…'))`, `document.write(atob('PGh0…'))`,
 * `decodeURIComponent(…)`, or a base64 page in a variable written later. A browser would show
 * that markup; this finds such encoded string literals in inline scripts and decodes them
 * (never running anything), so `npm run detect` and `npm run eval` see what the browser shows.
 */
const ENCODED_CALL =
  /\b(unescape|decodeURIComponent|decodeURI|atob)\s*\(\s*(["'`])((?:\\.|(?!\2)[^\\])*)\2\s*\)/g;
const BASE64_LITERAL = /(["'`])([A-Za-z0-9+/]{40,}={0,2})\1/g;
const PERCENT_LITERAL = /(["'`])((?:[^"'`\\%]*%[0-9a-fA-F]{2}){20,}[^"'`\\%]*)\1/g;
/** `document.write('<div>…')`, often spelt with \x3c escapes. */
const WRITTEN_LITERAL = /document\.write(?:ln)?\(\s*(["'`])((?:\\.|(?!\1)[^\\])*)\1\s*\)/g;
/** `String.fromCharCode(60, 104, …)`. */
const CHAR_CODES = /fromCharCode\(\s*((?:\d{1,5}\s*,\s*){10,}\d{1,5})\s*\)/g;
const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const MAX_DECODED = 2_000_000;

function unquote(body: string): string {
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{1,3}|.)/g, (_, code: string) => {
    if (code[0] === 'x' || code[0] === 'u')
      return String.fromCharCode(Number.parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(Number.parseInt(code, 8));
    return code === 'n' ? '\n' : code === 't' ? '\t' : code;
  });
}

function decode(how: string, literal: string): string | null {
  try {
    if (how === 'atob') return Buffer.from(literal, 'base64').toString('utf8');
    if (how === 'unescape') return unescape(literal);
    return decodeURIComponent(literal);
  } catch {
    return null;
  }
}

const looksLikeMarkup = (text: string) =>
  /<(?:html|body|form|input|div|title|img|svg)\b/i.test(text);

/** The markup a page's inline scripts would write, decoded; '' when there is none. */
export function scriptWrittenHtml(html: string): string {
  const found: string[] = [];
  let total = 0;
  const keep = (text: string | null) => {
    if (text && looksLikeMarkup(text) && total + text.length <= MAX_DECODED) {
      found.push(text);
      total += text.length;
    }
  };
  for (const [, code = ''] of html.matchAll(SCRIPT)) {
    for (const [, how = '', , body = ''] of code.matchAll(ENCODED_CALL)) {
      keep(decode(how, unquote(body)));
    }
    for (const [, , body = ''] of code.matchAll(WRITTEN_LITERAL)) keep(unquote(body));
    for (const [, list = ''] of code.matchAll(CHAR_CODES)) {
      keep(String.fromCharCode(...list.split(',').map((n) => Number(n.trim()) & 0xffff)));
    }
    // Kits split the encoded page over several literals and join them at run time.
    const percent = [...code.matchAll(PERCENT_LITERAL)].map((m) => m[2] ?? '').join('');
    if (percent) keep(decode('unescape', percent));
    const base64 = [...code.matchAll(BASE64_LITERAL)].map((m) => m[2] ?? '');
    if (base64.length > 0) keep(decode('atob', base64.join('')));
    for (const part of base64.length > 1 ? base64 : []) keep(decode('atob', part));
  }
  // What is written may itself write more (kits nest the encodings).
  const nested = found.map((text) => (text.includes('<script') ? scriptWrittenHtml(text) : ''));
  return [...found, ...nested].filter(Boolean).join('\n');
}

/** The page with what its scripts would write appended to its body, as a browser shows it. */
export function withScriptWrittenHtml(html: string): string {
  const written = scriptWrittenHtml(html);
  if (!written) return html;
  const at = html.search(/<\/body\s*>/i);
  return at === -1 ? `${html}\n${written}` : `${html.slice(0, at)}${written}\n${html.slice(at)}`;
}
