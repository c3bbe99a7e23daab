import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { analysePage } from '../../../src/core/detection';
import { pageReportSchema } from '../../../src/messaging/messages';
import { LOOKALIKE_URLS } from '../../fixtures/detection/corpus';

/**
 * Fail closed, as a property: whatever a flagged page adds — a hidden element, any attribute
 * value, any address suffix — the whole path the guard takes (snapshot in the content script,
 * the page/report message's schema in the router, the analysis in the background) still warns.
 */
const SEED = 20261206;
const RUNS = 400;
const pagesDir = join(__dirname, '../../fixtures/detection/pages');
const read = (file: string) => readFileSync(join(pagesDir, file), 'utf8');

/** Pages flagged by their content on a foreign host, and one flagged by its address alone. */
const CONTENT_FLAGGED = [
  'clone-entra-sign-in.html',
  'clone-consumer-password.html',
  'clone-handwritten-office.html',
  'clone-password-reset.html',
].map((file) => ({ html: read(file), url: 'https://docs-share.example.net/view/index.html' }));
const PLAIN_FORM = `<!doctype html><html><head><title>Verify</title></head><body>
  <form action="/continue" method="post"><input type="email" name="email"></form></body></html>`;
const ADDRESS_FLAGGED = LOOKALIKE_URLS.slice(0, 12).map((url) => ({ html: PLAIN_FORM, url }));
const FLAGGED = [...CONTENT_FLAGGED, ...ADDRESS_FLAGGED];

/** Attribute values a page controls: anything, and the characters that grow when lower-cased. */
const attributeValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400, size: 'max' }),
  // fast-check keeps strings short unless told otherwise: these must cross the 200-character cut.
  fc.string({
    unit: fc.constantFrom('İ', 'ẞ', 'ŉ', 'ǰ', 'ΐ', 'ﬃ', 'A', ' '),
    minLength: 100,
    maxLength: 600,
  }),
  fc.constantFrom('password', 'email', 'hidden', 'POST', 'https://login.live.com/', ''),
);
const attributeName = fc.constantFrom(
  'type',
  'name',
  'id',
  'autocomplete',
  'placeholder',
  'aria-label',
  'method',
  'action',
  'src',
  'href',
  'alt',
  'rel',
);
const hiddenElement = fc.record({
  tag: fc.constantFrom('input', 'select', 'textarea', 'form', 'img', 'link', 'script', 'div'),
  attributes: fc.array(fc.tuple(attributeName, attributeValue), { maxLength: 4 }),
  where: fc.constantFrom('body-start', 'body-end', 'in-form'),
});
const urlSuffix = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200, size: 'max' }),
  fc.integer({ min: 1, max: 12_000 }).map((n) => `/${'p'.repeat(n)}`),
  fc.integer({ min: 1, max: 12_000 }).map((n) => `?code=${'c'.repeat(n)}`),
  fc.integer({ min: 1, max: 12_000 }).map((n) => `#access_token=${'t'.repeat(n)}`),
);

type Addition = { tag: string; attributes: [string, string][]; where: string };

function pageWith(html: string, addition: Addition | null): Document {
  const { document } = parseHTML(html);
  if (addition) {
    const element = document.createElement(addition.tag);
    for (const [name, value] of addition.attributes) element.setAttribute(name, value);
    element.setAttribute('hidden', '');
    const form = document.querySelector('form');
    if (addition.where === 'in-form' && form) form.append(element);
    else if (addition.where === 'body-start') document.body.prepend(element);
    else document.body.append(element);
  }
  return document as unknown as Document;
}

/**
 * The guard's path: the content script's snapshot, the router's schema, the analysis. The address
 * goes in as the page set it (the content script shortens it too: `boundedUrl`, tested apart).
 */
function verdictOf(doc: Document, url: string): string {
  const message = pageReportSchema.safeParse({
    type: 'page/report',
    url,
    snapshot: buildPageSnapshot(doc, {}, url),
  });
  if (!message.success) return `rejected: ${message.error.issues[0]?.message}`;
  return analysePage(message.data.url, message.data.snapshot as never).verdict;
}

/**
 * A plain "Microsoft 365" card shows nothing only a copy would, so an excuse (a busy page, a
 * comment box, a "Sign in with Microsoft" link) would explain its name away if it were shown.
 */
const PLAIN_CARD = {
  html: `<!doctype html><html><head><title>Microsoft 365</title></head><body><h3>Microsoft 365</h3>
  <form method="post" action="auth.php"><input type="text" name="email" placeholder="Email">
  <input type="password" name="password" placeholder="Password"><button>Login</button></form></body></html>`,
  url: 'https://portal.example-host.com/index.php',
};
const excuse = fc.constantFrom(
  `<p>${'Our team writes about cloud mail and calendars every week. '.repeat(80)}</p>`,
  Array.from({ length: 40 }, (_, i) => `<a href="/post/${i}">Post ${i}</a>`).join(' '),
  '<a href="/auth/azure">Sign in with Microsoft</a>',
  '<textarea name="comment"></textarea><p>Leave a comment</p>',
  '<form action="/subscribe"><p>Subscribe to our newsletter</p><input type="email" name="EMAIL"></form>',
);
const hiding = fc.constantFrom(
  'hidden',
  'aria-hidden="true"',
  'style="display:none"',
  'style="color:red; visibility: hidden"',
);

describe('fail closed: nothing a flagged page adds removes its warning', () => {
  it('adding hidden text, links, a "Sign in with Microsoft" link or another kind of form', () => {
    expect(verdictOf(pageWith(PLAIN_CARD.html, null), PLAIN_CARD.url)).toBe('lookalike');
    fc.assert(
      fc.property(excuse, hiding, fc.boolean(), (html, how, nested) => {
        const block = nested ? `<div ${how}><div>${html}</div></div>` : `<div ${how}>${html}</div>`;
        const page = PLAIN_CARD.html.replace('</body>', `${block}</body>`);
        expect(verdictOf(pageWith(page, null), PLAIN_CARD.url)).toBe('lookalike');
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('a nav bar\'s brand lockup naming Microsoft is no "Sign in with Microsoft" button', () => {
    const withNav = (nav: string) => PLAIN_CARD.html.replace('<body>', `<body>${nav}`);
    for (const nav of [
      '<nav><a class="navbar-brand" href="javascript:void(0)">Microsoft</a></nav>',
      '<nav><a href="#">Microsoft | SharePoint</a></nav>',
    ])
      expect(verdictOf(pageWith(withNav(nav), null), PLAIN_CARD.url)).toBe('lookalike');
    // Another site's own button naming Microsoft still explains the name.
    const button = '<a class="btn social" href="/broker/microsoft/login">Microsoft</a>';
    expect(verdictOf(pageWith(withNav(button), null), PLAIN_CARD.url)).not.toBe('lookalike');
  });

  it('every page here is flagged to begin with', () => {
    for (const page of FLAGGED)
      expect(verdictOf(pageWith(page.html, null), page.url)).toBe('lookalike');
  });

  it('adding any hidden element, with any attribute values', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FLAGGED), hiddenElement, (page, addition) => {
        expect(verdictOf(pageWith(page.html, addition), page.url)).toBe('lookalike');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('adding any suffix to the address', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FLAGGED), urlSuffix, (page, suffix) => {
        expect(verdictOf(pageWith(page.html, null), page.url + suffix)).toBe('lookalike');
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('both at once', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FLAGGED),
        hiddenElement,
        urlSuffix,
        (page, addition, suffix) => {
          expect(verdictOf(pageWith(page.html, addition), page.url + suffix)).toBe('lookalike');
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
