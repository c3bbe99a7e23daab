import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseSavedPage } from '../../../scripts/lib/saved-page';
import { PAGE_CASES, readPageCase } from '../../fixtures/detection/corpus';

const SEED = 20261206;

/** Legitimate pages written here, plus the corpus's tune-half legitimate pages. */
const OWN_LEGITIMATE: readonly (readonly [string, string])[] = [
  [
    'https://books.northwind.example/sign-in',
    `<html><head><title>Sign in · Northwind Books</title></head><body><header><a href="/">Northwind Books</a></header>
     <form action="/session" method="post"><h1>Sign in</h1><input type="email" name="email" autocomplete="username">
     <input type="password" name="password" autocomplete="current-password"><a href="/reset">Forgot password?</a>
     <button>Sign in</button></form></body></html>`,
  ],
  [
    'https://forum.example.org/t/outlook-keeps-asking-for-my-password/812',
    `<html><head><title>Outlook keeps asking for my password - Community forum</title></head><body>
     <form action="/search"><input type="search" name="q"></form>
     <h1>Outlook keeps asking for my password</h1><p>Since yesterday Outlook asks me to sign in to my Microsoft
     account every hour. I enter password, tick Keep me signed in, and it still asks.</p>
     <form action="/session"><input type="text" name="login" placeholder="Username"><input type="password" name="password"><button>Log in</button></form>
     <form action="/posts"><textarea name="reply"></textarea><button>Reply</button></form></body></html>`,
  ],
  [
    'https://mail.example.org/',
    `<html><head><title>Webmail</title></head><body><form action="./?_task=login" method="post">
     <h1>Staff webmail</h1><p>You can also use Outlook or your phone.</p>
     <input type="text" name="_user"><input type="password" name="_pass"><button>Login</button></form></body></html>`,
  ],
];

const legitimatePages = [
  ...OWN_LEGITIMATE.map(([url, html]) => ({ url, html })),
  ...PAGE_CASES.filter((c) => c.split === 'tune' && c.expected === 'other').map((c) => ({
    url: c.url,
    html: readPageCase(c),
  })),
];

const microsoftButton = fc
  .record({
    words: fc.constantFrom(
      'Sign in with Microsoft',
      'Continue with Microsoft',
      'Log in with Office 365',
      'Sign in with Azure AD',
      'Sign in with Entra ID',
      'Login with Microsoft account',
      'Microsoft',
    ),
    logo: fc.constantFrom(
      '',
      '<img src="/img/microsoft-logo.svg" alt="Microsoft">',
      '<svg width="21" height="21"><rect fill="#f25022"/><rect fill="#7fba00"/><rect fill="#00a4ef"/><rect fill="#ffb900"/></svg>',
      '<i class="fa fa-microsoft"></i>',
    ),
    lead: fc.constantFrom('', '<p>or sign in with</p>', '<p>Use another service to log in.</p>'),
  })
  .map(
    ({ words, logo, lead }) =>
      `<div class="social">${lead}<a class="btn" href="/auth/microsoft">${logo} ${words}</a></div>`,
  );

const newsletterBox = fc
  .constantFrom(
    'Get our newsletter',
    'Subscribe to our newsletter for Microsoft 365 tips',
    'Sign up for weekly Outlook tips',
  )
  .map(
    (words) =>
      `<form action="/subscribe" class="newsletter"><p>${words}</p><input type="email" name="EMAIL" placeholder="Email address"><button>Subscribe</button></form>`,
  );

/** Puts `extra` right after <body> or right before </body>. */
function insert(html: string, extra: string, atEnd: boolean): string {
  if (atEnd) return html.replace(/<\/body>/i, `${extra}</body>`);
  return html.replace(/<body([^>]*)>/i, `<body$1>${extra}`);
}

describe('page model properties', () => {
  it('adding a "Sign in with Microsoft" button or a newsletter box to a legitimate page never makes it a lookalike', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...legitimatePages),
        fc.array(fc.oneof(microsoftButton, newsletterBox), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (legit, extras, atEnd) => {
          const before = analyseSavedPage(legit.url, legit.html).verdict;
          const after = analyseSavedPage(legit.url, insert(legit.html, extras.join(''), atEnd));
          expect(before, legit.url).not.toBe('lookalike');
          expect(after.verdict, `${legit.url} + ${extras.join(' ')}`).not.toBe('lookalike');
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  /** Every way a page can draw Microsoft's logo, removed. */
  function withoutLogo(html: string): string {
    return html
      .replace(/<img\b[^>]*>/gi, '')
      .replace(/<svg\b[\s\S]*?<\/svg>/gi, '')
      .replace(/#(?:f25022|7fba00|00a4ef|ffb900|f35325|81bc06|05a6f0|ffba08)\b/gi, '#777777')
      .replace(/\b(?:fa-microsoft|fa-windows|bi-microsoft)\b/g, 'fa-circle');
  }

  // The screenshot kits' look is the picture itself, a form a script inserts later has no
  // wording in the saved page, and the company-branded cards saved as PHP source say Microsoft
  // only in their logo's alt text (their words are any sign-in page's); every other caught
  // imitation still imitates with its wording and form once its logo is gone.
  const imitations = PAGE_CASES.filter(
    (c) =>
      c.split === 'tune' &&
      c.expected === 'lookalike' &&
      c.class !== 'screenshot-kit' &&
      !c.file.includes('php-source-card'),
  )
    .map((c) => ({ url: c.url, html: readPageCase(c), file: c.file }))
    .filter((page) => /<input\b/i.test(page.html.replace(/<script[\s\S]*?<\/script>/gi, '')))
    .filter((page) => analyseSavedPage(page.url, page.html).verdict === 'lookalike');

  it('removing Microsoft’s logo from an imitation does not make it pass', () => {
    expect(imitations.length).toBeGreaterThan(30);
    fc.assert(
      fc.property(fc.constantFrom(...imitations), (page) => {
        const result = analyseSavedPage(page.url, withoutLogo(page.html));
        expect(result.verdict, page.file).toBe('lookalike');
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
