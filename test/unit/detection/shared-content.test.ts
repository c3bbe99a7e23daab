import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { analysePage, classifyUrl, type PageSnapshot } from '../../../src/core/detection';
import { asksInWords, readCredentialAsks } from '../../../src/core/detection/credential-asks';
import { findGenuineHost } from '../../../src/core/detection/hosts';
import {
  findSharedContent,
  SHARED_CONTENT_RULES,
} from '../../../src/core/detection/shared-content';
import { sharedContentHosting } from '../../../src/core/detection/shared-content-page';
import { parseWebUrl } from '../../../src/core/detection/url-parts';

const sites = join(__dirname, '../../fixtures/sites');

function snapshotOf(html: string, url: string): PageSnapshot {
  const { document } = parseHTML(html);
  return buildPageSnapshot(document as unknown as Document, {}, url);
}
const fixture = (file: string, url: string) =>
  snapshotOf(readFileSync(join(sites, file), 'utf8'), url);
const codes = (url: string, snapshot: PageSnapshot) =>
  analysePage(url, snapshot).reasons.map((r) => r.code);

/** One address per rule that the rule, and only the rule's product, must recognise. */
const SAMPLES: Record<string, string> = {
  'sharepoint.com': 'https://contoso-my.sharepoint.com/:o:/g/personal/jane_contoso_com/EaBcD?e=x1',
  'sharepoint.us': 'https://agency.sharepoint.us/sites/Intake/Shared%20Documents/a.pdf',
  'sharepoint-mil.us': 'https://unit.sharepoint-mil.us/sites/ops',
  'sharepoint.cn': 'https://contoso.sharepoint.cn/sites/finance',
  'sharepoint.de': 'https://contoso.sharepoint.de/sites/finance',
  '1drv.ms': 'https://1drv.ms/b/s!AbCdEfGhIj',
  'onedrive.live.com': 'https://onedrive.live.com/redir?resid=ABC!123&authkey=!xyz&page=View',
  'files.1drv.com': 'https://public.bn.files.1drv.com/y4mAbC/invoice.html',
  'livefilestore.com': 'https://abc.bl3302.livefilestore.com/y2p/invoice.htm',
  'view.officeapps.live.com':
    'https://view.officeapps.live.com/op/view.aspx?src=https%3A%2F%2Fevil.example%2Fa.docx',
  'forms.office.com': 'https://forms.office.com/r/AbCdEf1234',
  'forms.microsoft.com': 'https://forms.microsoft.com/Pages/ResponsePage.aspx?id=AbC',
  'forms.cloud.microsoft': 'https://forms.cloud.microsoft/e/AbCdEf',
  'sway.office.com': 'https://sway.office.com/AbCdEfGh12?ref=Link',
  'sway.cloud.microsoft': 'https://sway.cloud.microsoft/s/AbCdEf/embed',
  'sway.com': 'https://sway.com/AbCdEfGh12',
  'www.sway.com': 'https://www.sway.com/AbCdEfGh12',
  'loop.cloud.microsoft': 'https://loop.cloud.microsoft/p/eyJ1IjoiaHR0cHM',
  'azurewebsites.net': 'https://invoice-view.azurewebsites.net/',
  'azurewebsites.us': 'https://app.azurewebsites.us/',
  'chinacloudsites.cn': 'https://app.chinacloudsites.cn/',
  'azurestaticapps.net': 'https://gentle-sea-0a1b2c.azurestaticapps.net/',
  'web.core.windows.net': 'https://docs0123.z13.web.core.windows.net/index.html',
  'blob.core.windows.net': 'https://store0123.blob.core.windows.net/$web/index.html',
  'file.core.windows.net': 'https://store0123.file.core.windows.net/share/a.html',
  'blob.core.usgovcloudapi.net': 'https://store.blob.core.usgovcloudapi.net/c/a.html',
  'blob.core.chinacloudapi.cn': 'https://store.blob.core.chinacloudapi.cn/c/a.html',
  'cloudapp.net': 'https://service.cloudapp.net/',
  'cloudapp.azure.com': 'https://vm1.westeurope.cloudapp.azure.com/',
  'azurecontainerapps.io': 'https://app.kindsea-1.westeurope.azurecontainerapps.io/',
  'azureedge.net': 'https://cdn-endpoint.azureedge.net/a.html',
  'vo.msecnd.net': 'https://az123.vo.msecnd.net/a.html',
  'azurefd.net': 'https://site-abc.z01.azurefd.net/',
  'trafficmanager.net': 'https://app.trafficmanager.net/',
  'azure-api.net': 'https://api-x.azure-api.net/',
  'msappproxy.net': 'https://intranet-contoso.msappproxy.net/',
  'powerappsportals.com': 'https://contoso.powerappsportals.com/',
  'powerappsportals.us': 'https://agency.powerappsportals.us/',
  'microsoftcrmportals.com': 'https://contoso.microsoftcrmportals.com/',
  'onmicrosoft.com': 'https://contoso.onmicrosoft.com/',
};

describe('shared content on Microsoft’s hosts (the list)', () => {
  it('has a sample for every rule, and every rule names its source', () => {
    for (const rule of SHARED_CONTENT_RULES) {
      expect(SAMPLES, rule.host).toHaveProperty(rule.host);
      expect(rule.source.length, rule.host).toBeGreaterThan(10);
    }
  });

  it.each(Object.entries(SAMPLES))('recognises %s', (host, url) => {
    const web = parseWebUrl(url);
    expect(web).not.toBeNull();
    // Never a genuine host: the guard's script (excluded only from those) runs there.
    expect(findGenuineHost((web as NonNullable<typeof web>).host), url).toBeUndefined();
    const found = findSharedContent(web as NonNullable<typeof web>);
    expect(found?.where, url).toBe(host);
    expect(sharedContentHosting(url)).toBe('microsoft-shared-content');
    const classified = classifyUrl(url);
    expect(classified.hosting).toEqual({
      kind: 'microsoft-shared-content',
      product: found?.product,
    });
    expect(classified.verdict).not.toBe('microsoft');
  });

  it.each([
    // The person's own OneDrive, Forms' designer, Sway's start page: Microsoft's app, not content.
    'https://onedrive.live.com/?id=root&cid=ABC123',
    'https://onedrive.live.com/',
    'https://forms.office.com/Pages/DesignPageV2.aspx',
    'https://forms.office.com/',
    'https://sway.office.com/',
    'https://sway.office.com/my',
    'https://loop.cloud.microsoft/',
    // A suffix alone is no one's site; lookalikes of the names are someone else's problem.
    'https://azurewebsites.net/',
    'https://onmicrosoft.com/',
    'https://sharepoint.com.docs-view.biz/shared',
    'https://contoso-sharepoint.com/',
    // Customers' own sign-in pages for their apps, and GitHub's hosting: deliberately not listed.
    'https://contoso.b2clogin.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
    'https://someone.github.io/',
    // Microsoft's own sign-in and sites.
    'https://login.microsoftonline.com/common/oauth2/v2.0/authorize',
    'https://www.microsoft.com/en-us/microsoft-365',
    'https://outlook.live.com/mail/0/',
  ])('leaves %s alone', (url) => {
    expect(sharedContentHosting(url)).toBeNull();
    expect(classifyUrl(url)).not.toHaveProperty('hosting');
  });

  it('never throws on hostile input', () => {
    for (const input of ['', 'not a url', 'javascript:alert(1)', 'https://', '\u0000']) {
      expect(sharedContentHosting(input)).toBeNull();
    }
  });
});

describe('pages on shared content that ask for a password or code', () => {
  const FORM = 'https://forms.office.com/r/AbCdEf1234';
  const SHARED_FILE = 'https://contoso-my.sharepoint.com/:b:/g/personal/ap_contoso_com/EaBcD?e=x1';

  it('a shared-file page that asks for nothing stays "other", with who published it', () => {
    const result = analysePage(SHARED_FILE, fixture('shared-file-sharepoint.html', SHARED_FILE));
    expect(result).toMatchObject({
      verdict: 'other',
      reasons: [],
      hosting: { kind: 'microsoft-shared-content', product: 'SharePoint' },
    });
  });

  it('a Forms question asking for login details is a lookalike, said first', () => {
    const result = analysePage(FORM, fixture('forms-asks-password.html', FORM));
    expect(result.verdict).toBe('lookalike');
    expect(result.reasons[0]?.code).toBe('shared-content-question');
    expect(result.reasons[0]?.message).toContain('Microsoft Forms');
    expect(result.hosting?.product).toBe('Microsoft Forms');
  });

  it('an ordinary form with Forms’ own "Never give out your password" footer is not', () => {
    expect(analysePage(FORM, fixture('forms-ordinary.html', FORM))).toMatchObject({
      verdict: 'other',
      reasons: [],
    });
  });

  it('the same password question off Microsoft’s hosts is left to the usual checks', () => {
    const url = 'https://survey.example.org/r/AbCdEf1234';
    const result = analysePage(url, fixture('forms-asks-password.html', url));
    expect(result.verdict).toBe('other');
    expect(result).not.toHaveProperty('hosting');
  });

  it('a password box on a web app is a lookalike (shared-content-password)', () => {
    const url = 'https://northwind-books.azurewebsites.net/sign-in';
    expect(codes(url, fixture('company-sign-in.html', url))).toEqual(['shared-content-password']);
  });

  it('a copy of Microsoft’s sign-in page on SharePoint names the copy first', () => {
    const url = 'https://contoso.sharepoint.com/sites/hr/SitePages/login.aspx';
    const found = codes(url, fixture('cloned-sign-in.html', url));
    expect(found.slice(0, 2)).toEqual(['shared-content-password', 'shared-content-sign-in-copy']);
  });

  it('a copy of Microsoft’s sign-in page on a OneDrive link (a Microsoft-run host) too', () => {
    const url = 'https://onedrive.live.com/view.aspx?resid=ABC!1&authkey=!x';
    const found = codes(url, fixture('cloned-sign-in.html', url));
    expect(found).toContain('shared-content-sign-in-copy');
    expect(found).toContain('shared-content-password');
  });

  it('a one-time code box is a lookalike (shared-content-code)', () => {
    const url = 'https://verify-portal.azurestaticapps.net/';
    const html =
      '<title>Verify</title><p>Enter the code we sent you.</p><input autocomplete="one-time-code" name="c">';
    expect(codes(url, snapshotOf(html, url))).toEqual(['shared-content-code']);
  });

  it('Microsoft’s own "this link needs a password" page on a share link is not a lookalike', () => {
    const html =
      '<title>Enter password</title><p>This link requires a password</p><form method="post"><input type="password" id="txtPassword"><button>Verify</button></form>';
    expect(analysePage(SHARED_FILE, snapshotOf(html, SHARED_FILE)).verdict).toBe('other');
    // …but the same box next to an email box, or on a page a publisher wrote, is.
    const withEmail = html.replace(
      '<input type="password"',
      '<input type="email"><input type="password"',
    );
    expect(analysePage(SHARED_FILE, snapshotOf(withEmail, SHARED_FILE)).verdict).toBe('lookalike');
    const sitePage = 'https://contoso.sharepoint.com/sites/hr/SitePages/Home.aspx';
    expect(analysePage(sitePage, snapshotOf(html, sitePage)).verdict).toBe('lookalike');
  });

  it("an organisation's own Outlook Web App published through Entra application proxy is theirs", () => {
    const page = readFileSync(
      join(__dirname, '../../fixtures/detection/pages/legitimate/onprem-owa/01-owa2016-logon.html'),
      'utf8',
    );
    const proxied = 'https://mail-contosouniversity.msappproxy.net/owa/auth/logon.aspx';
    const result = analysePage(proxied, snapshotOf(page, proxied));
    expect(result.verdict).toBe('other');
    expect(result.reasons.map((r) => r.code)).toEqual(['organisation-sign-in-page']);
    expect(result.hosting?.product).toBe('Microsoft Entra application proxy');
    // Anyone can run a web app: the same page there asks for a password in someone's web app.
    const webApp = 'https://mail-contosouniversity.azurewebsites.net/owa/auth/logon.aspx';
    expect(codes(webApp, snapshotOf(page, webApp))).toContain('shared-content-password');
    // And any other password form behind the proxy still gets the warning.
    const form = 'https://hr-contoso.msappproxy.net/sign-in';
    expect(codes(form, fixture('company-sign-in.html', form))).toEqual(['shared-content-password']);
  });

  it('a URL lookalike on a web app keeps its reasons and gains hosting', () => {
    const url = 'https://login-microsoft.azurewebsites.net/common/oauth2/authorize';
    const result = classifyUrl(url);
    expect(result.verdict).toBe('lookalike');
    expect(result.hosting?.product).toBe('Azure App Service');
  });
});

describe('asking for secrets in words', () => {
  it.each([
    '2. Confirm your email login details (password) *',
    'Please enter your Office 365 password to verify your mailbox.',
    'Enter the verification code sent to your phone.',
    'Bitte geben Sie Ihr Kennwort ein, um fortzufahren.',
    'Veuillez saisir votre mot de passe.',
    'Introduce tu contraseña para continuar.',
    'Your sign-in details:',
  ])('hears "%s"', (text) => {
    expect(asksInWords(text)).toBe(true);
  });

  it.each([
    'Never give out your password. Report abuse',
    "Don't share your password with anyone.",
    'Geben Sie niemals Ihr Kennwort weiter.',
    'Ne communiquez jamais votre mot de passe.',
    'Nunca compartas tu contraseña.',
    'Which day suits you best?',
  ])('does not hear "%s"', (text) => {
    expect(asksInWords(text)).toBe(false);
  });

  it('needs a text box: words alone (an article about passwords) ask for nothing', () => {
    const snapshot = snapshotOf('<p>How to choose a strong password.</p>', 'https://x.example/');
    expect(readCredentialAsks(snapshot).inWords).toBe(false);
    const searchOnly = snapshotOf(
      '<p>Reset your password here.</p><input type="text" name="q" aria-label="Search">',
      'https://x.example/',
    );
    expect(readCredentialAsks(searchOnly).inWords).toBe(false);
  });

  it('hears a text box whose own label asks for a password', () => {
    const snapshot = snapshotOf(
      '<input type="text" placeholder="Email password">',
      'https://x.example/',
    );
    expect(readCredentialAsks(snapshot).inWords).toBe(true);
  });
});
