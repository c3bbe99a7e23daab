import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CASES, readPageCase } from '../fixtures/detection/corpus';
import { turnOnGuard } from './support/guard';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/launch';
import { FakeNetwork, site } from './support/network';
import { markerAttributes, warningCoversPage } from './support/page-probes';

/**
 * The lookalike guard on real-world kinds of page (issue 15), in the e2e build with the guard on:
 * pages from the detection corpus (tune half) served at the address they are labelled with.
 */
function corpusPage(file: string): { url: string; body: string } {
  const pageCase = PAGE_CASES.find((c) => c.file === file);
  if (!pageCase) throw new Error(`${file} is not in test/fixtures/detection/pages/manifest.tsv`);
  return { url: pageCase.url, body: readPageCase(pageCase) };
}

const FLAGGED = {
  'an Outlook Web App copy that posts the password by script': corpusPage(
    'imitation/owa-copy/08-owa-script-post.html',
  ),
  // Nothing of Outlook in its words: only the logon page's sidebar and class names.
  'an Outlook Web App copy restyled as a Bootstrap card': corpusPage(
    'imitation/owa-copy/25-owa-restyled-card.html',
  ),
  'a two-step shared-document lure': corpusPage('imitation/document-lure/08-two-step.html'),
  // No Microsoft name or logo it can read: one line of Microsoft's flow and kit code.
  'a bare "Log in" card that mails the password out through SMTP.js': corpusPage(
    'imitation/exfil-service/21-mail-relay-card.html',
  ),
  // Microsoft only in a nav-bar lockup and a footer; the form waits in a hidden pop-up.
  'a file list whose every link opens a "recipient" sign-in pop-up': corpusPage(
    'imitation/document-lure/32-file-list-popup.html',
  ),
  'a screenshot kit': corpusPage('imitation/screenshot-kit/01-background-kit.html'),
  'a plain "Microsoft 365" card with two boxes': {
    url: 'https://portal.northwind-secure.example/index.php',
    body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Microsoft 365</title></head>
<body><div style="width:380px;margin:60px auto"><h3>Microsoft 365</h3>
<form method="post" action="auth.php"><input type="text" name="email" placeholder="Email">
<input type="password" name="password" placeholder="Password"><button>Login</button></form></div></body></html>`,
  },
  // Only the browser can tell the steps are hidden: their words must still count against it.
  'a one-page kit whose steps wait hidden by its style sheet': {
    url: 'https://northgate-gallery.example/x/login.php',
    body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Sign in</title>
<style>.step{display:none}</style></head><body><div class="card">
<div class="step" id="em"><label>Email, phone, or Skype</label><input type="email" name="login">
<p>No account? Create one!</p><p>Can't access your account?</p></div>
<div class="step" id="pw"><p>Enter password</p><input type="password" name="passwd"><p>Stay signed in?</p></div>
</div></body></html>`,
  },
  'a German "Microsoft-Konto" form': corpusPage(
    'imitation/foreign-language/15-plain-account-form-de.html',
  ),
  // The guard's first look must see a box that only its placeholder names.
  'a Spanish first step whose box only its placeholder names': {
    url: 'https://acceso-cuentas-demo.example/login.html',
    body: `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Iniciar sesión en la cuenta Microsoft</title></head>
<body><div style="width:380px;margin:60px auto"><p>Microsoft</p><h1>Iniciar sesión</h1>
<form action="login2.html"><input placeholder="Correo electrónico, teléfono o Skype">
<p>¿No tiene una cuenta? <a href="#">Cree una</a></p><button>Siguiente</button></form></div></body></html>`,
  },
};

const SILENT = {
  'an AD FS sign-in page': corpusPage('legitimate/adfs/01-adfs-signin.html'),
  'an organisation’s own Outlook Web App': corpusPage(
    'legitimate/onprem-owa/01-owa2016-logon.html',
  ),
  // The form as loaded posts to logon.aspx itself; the sign-in button's script sets auth.owa.
  'an organisation’s own Exchange 2013 Outlook Web App, its form’s action empty': corpusPage(
    'legitimate/onprem-owa/33-owa2013-empty-action.html',
  ),
  'an article with a newsletter box': {
    url: 'https://tips.tailspin.example/microsoft-365-sign-in',
    body: site('article-newsletter.html').body,
  },
  'a blog about Outlook with a members’ log-in': {
    url: 'https://columns.fabrikam-blog.example/members',
    body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Outlook Tips &amp; Tricks – Members</title></head>
<body><h1>Outlook Tips &amp; Tricks</h1><p>Our weekly column on rules, calendars and search folders.</p>
<form method="post" action="/wp-login.php"><input type="text" name="log" placeholder="Username">
<input type="password" name="pwd" placeholder="Password"><button>Log in</button></form></body></html>`,
  },
  // Its address alone is suspect (a free site named for a Microsoft product); its page asks for
  // nothing, and goes with the address to be judged.
  'a library’s documentation on a free site named for a Microsoft product': {
    url: 'https://sharepoint-tools.github.io/guide/getting-started.html',
    body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Getting started — sharepoint-tools 2.4 documentation</title></head>
<body><form class="search" action="../search.html" method="get"><input type="text" name="q" placeholder="Search docs"></form>
<h1>Getting started</h1><p>sharepoint-tools is a Python library for SharePoint Online lists and files. Register an app in Entra ID, then authenticate:</p>
<pre>site = Site.connect("https://contoso.sharepoint.com/sites/team", client_id=CLIENT_ID)</pre>
<p>Next: <a href="lists.html">Working with lists</a> · <a href="files.html">Uploading files</a></p></body></html>`,
  },
  'a shop’s product page at /office365.html with its customers’ login box': corpusPage(
    'legitimate/article/37-shop-product-page-login.html',
  ),
  'a course site’s log-in that shares the account with Office 365, and says so': corpusPage(
    'legitimate/webmail-intranet/31-course-site-same-account.html',
  ),
  'a third-party login with a Microsoft button': corpusPage(
    'legitimate/third-party-sso/01-keycloak.html',
  ),
  // Its form's "login.aspx" resolves against <base href=".../RDWeb/">, as only a browser does.
  'an organisation’s own Remote Desktop Web Access, with a <base>': {
    url: 'https://remote.contoso-legal.example/RDWeb/Pages/en-US/login.aspx?ReturnUrl=/RDWeb/Pages/en-US/Default.aspx',
    body: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>RD Web Access</title>
<base href="https://remote.contoso-legal.example/RDWeb/"></head><body>
<form id="FrmLogin" action="login.aspx" method="post"><img src="Pages/images/mslogo_black.png" alt="">
<input type="hidden" name="WorkSpaceID" value=""><input type="hidden" name="isUtf8" value="1"><input type="hidden" name="flags" value="0">
<p>Contoso Remote Desktop</p><label>Domain\\user name:</label><input type="text" name="DomainUserName" id="DomainUserName">
<label>Password:</label><input type="password" name="UserPass" id="UserPass">
<p>Security</p><p>To protect against unauthorized access, your RD Web Access session will automatically time out after a period of inactivity.</p>
<button>Sign in</button></form></body></html>`,
  },
};

/**
 * A picture of a sign-in card, the whole look of a screenshot kit: with Microsoft's four squares
 * drawn in it, or without. No text: the kit's page names nothing either.
 */
function signInPicture(logo: boolean): Uint8Array {
  const square = (x: number, y: number, fill: string) =>
    `<rect x="${x}" y="${y}" width="10" height="10" fill="${fill}"/>`;
  const squares = logo
    ? square(484, 214, '#f25022') +
      square(495, 214, '#7fba00') +
      square(484, 225, '#00a4ef') +
      square(495, 225, '#ffb900')
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1366" height="900">
<rect width="1366" height="900" fill="#f3f2f1"/><rect x="440" y="180" width="440" height="338" fill="#fff"/>
${squares}<rect x="484" y="280" width="369" height="34" fill="none" stroke="#666"/>
<rect x="484" y="340" width="369" height="34" fill="none" stroke="#666"/>
<rect x="751" y="418" width="108" height="32" fill="#0067b8"/></svg>`;
  return new Resvg(svg).render().asPng();
}

/** Input boxes laid over the picture, as screenshot kits do. */
const overPicture = (picture: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title></title><style>html,body{margin:0}
body{background:#fff url('${picture}') no-repeat center top;min-height:900px}
#f{position:relative;width:1366px;margin:0 auto;height:900px}
.x{position:absolute;left:486px;width:365px;height:30px;border:none;background:transparent}
#u{top:282px}#p{top:342px}#b{position:absolute;left:751px;top:418px;width:108px;height:32px;opacity:0}
</style></head><body><form id="f" method="post" action="next.php">
<input class="x" id="u" type="text" name="u"><input class="x" id="p" type="password" name="p">
<input id="b" type="submit" value=""></form></body></html>`;

const PICTURE_KIT = 'https://verify-portal-access.example/';
const PICTURE_LOGIN = 'https://members.rowing-club.example/';

/** Long enough for the guard to report and the background to answer under load. */
const SETTLE_MS = 2_500;

describe.each(BROWSERS)('lookalike guard on phishing kits in %s', (browserName) => {
  let ext: ExtensionBrowser;
  let network: FakeNetwork;

  async function visit(url: string): Promise<Page> {
    const page = await ext.browser.newPage();
    await network.attach(page);
    await page.goto(url);
    await page.waitForFunction(() => document.readyState === 'complete');
    return page;
  }

  beforeAll(async () => {
    ext = await launchWithExtension(browserName, 'e2e');
    await turnOnGuard(ext);
    network = new FakeNetwork();
    for (const { url, body } of [...Object.values(FLAGGED), ...Object.values(SILENT)]) {
      network.route(url, { body });
    }
    network
      .route(PICTURE_KIT, { body: overPicture('/shot.png') })
      .route(`${PICTURE_KIT}shot.png`, { contentType: 'image/png', body: signInPicture(true) })
      .route(PICTURE_LOGIN, { body: overPicture('/card.png') })
      .route(`${PICTURE_LOGIN}card.png`, { contentType: 'image/png', body: signInPicture(false) });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it.each(Object.entries(FLAGGED))('warns on %s', async (_, { url }) => {
    const page = await visit(url);
    await page.waitForSelector('[data-account-helper]', { timeout: 15_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    await page.close();
  });

  it.each(Object.entries(SILENT))('stays silent on %s', async (_, { url }) => {
    const page = await visit(url);
    // The guard has had its chance once a flagged page would have shown the warning.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await page.$('[data-account-helper]')).toBeNull();
    await page.close();
  });

  it('warns on a screenshot kit whose only sign of Microsoft is the logo in its picture', async () => {
    const page = await visit(PICTURE_KIT);
    await page.waitForSelector('[data-account-helper]', { timeout: 15_000 });
    expect(await markerAttributes(page)).toMatchObject({ 'data-verdict': 'lookalike' });
    expect(await warningCoversPage(page)).toBe(true);
    await page.close();
  });

  it('stays silent on a form laid over a picture without the logo', async () => {
    const page = await visit(PICTURE_LOGIN);
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    expect(await page.$('[data-account-helper]')).toBeNull();
    await page.close();
  });
});
