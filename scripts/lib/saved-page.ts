import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { buildPageSnapshot } from '../../src/content/page-snapshot';
import { analysePage, type Classification } from '../../src/core/detection';
import type { PageSnapshot } from '../../src/core/detection/page-snapshot-schema';
import { withScriptWrittenHtml } from './written-html';

/**
 * Classifies a saved page served at `url`, as the guard would in a browser: with what its
 * scripts would write (written-html.ts) and its inline frames' (`srcdoc`) content in place.
 */
export function analyseSavedPage(url: string, html: string): Classification {
  return analysePage(url, savedPageSnapshot(url, html));
}

/** The snapshot the guard would take of a saved page served at `url`. */
export function savedPageSnapshot(url: string, html: string): PageSnapshot {
  const { document } = parseHTML(
    asBrowsersParse(withLeadingComments(withScriptWrittenHtml(withoutServerCode(html)))),
  );
  for (const frame of Array.from(document.querySelectorAll('iframe[srcdoc]')).slice(0, 5)) {
    const shown = document.createElement('div');
    shown.innerHTML = frame.getAttribute('srcdoc') ?? '';
    frame.replaceWith(shown);
  }
  return buildPageSnapshot(document as unknown as Document, {}, url);
}

/**
 * A kit saved as its PHP source: the server runs the code blocks (`<?php … ?>`, `<?= … ?>`, the
 * last one open to the end) and sends the rest, so the rest is what a browser gets. Read raw, a
 * browser would take the first block for a comment that ends at its first `>` (`=>`, `->`) and
 * show the rest of the code as the page's text.
 */
export function withoutServerCode(html: string): string {
  return html.replace(/<\?(?:php\b|=)[\s\S]*?(?:\?>|$)/gi, '');
}

/**
 * Comments before `<html>` ("saved from url=…", HTTrack's "Mirrored from …") belong to the
 * document in a browser; linkedom drops them, so they are moved to the end of the body.
 */
function withLeadingComments(html: string): string {
  const lead = /^[\s\S]*?(?=<html\b)/i.exec(html)?.[0] ?? '';
  const comments = (lead.match(/<!--[\s\S]*?-->/g) ?? []).join('');
  if (!comments) return html;
  const end = html.search(/<\/body\s*>/i);
  return end === -1 ? `${html}${comments}` : `${html.slice(0, end)}${comments}${html.slice(end)}`;
}

/**
 * The markup as a browser's parser builds it (parse5 follows the HTML standard), written out again
 * in full. linkedom doesn't repair markup: a page with no `<head>` or `<body>` tags, or with an
 * element between them, came out with no title and no text.
 */
function asBrowsersParse(html: string): string {
  return serialize(parse(html));
}
