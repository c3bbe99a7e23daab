/**
 * What detection says to people, in English, the reference: verdicts, page kinds, services and
 * the reason behind each verdict (`src/core/detection/reasons.ts` builds its sentences from it).
 */
export const DETECTION_EN = {
  'verdict.microsoft': 'This is a genuine Microsoft page',
  'verdict.lookalike': 'Careful: this page imitates Microsoft',
  'verdict.other': 'This is not a Microsoft sign-in page',

  'page-kind.sign-in': 'Sign-in page',
  'page-kind.sign-up': 'Create-an-account page',
  'page-kind.password-reset': 'Password reset page',
  'page-kind.account-recovery': 'Account recovery page',
  'page-kind.security-info': 'Security info page',
  'page-kind.account-home': 'Account overview',
  'page-kind.sign-out': 'Sign-out page',
  'page-kind.device-code': 'Device sign-in page',
  'page-kind.consent': 'Permission request for an app',

  'service.microsoft-account': 'Personal Microsoft account',
  'service.work-school': 'Work or school account (Microsoft Entra ID)',
  'service.us-government': 'US government cloud',
  'service.china': 'Microsoft cloud in China (21Vianet)',

  'reason.official-microsoft-host': 'This is an official Microsoft address ({host}).',
  'reason.not-https':
    "This is a Microsoft address, but the connection isn't secure (no https), so we can't vouch for this page.",
  'reason.unusual-port':
    "This Microsoft address uses an unusual port number, so we can't vouch for this page.",
  'reason.user-content-host':
    'Anyone can publish pages on {suffix}, so this is never an official Microsoft sign-in page.',
  'reason.typo-of-microsoft-host':
    "The address {host} is a near-miss of Microsoft's real address {official}.",
  'reason.typo-of-brand-name': 'The name "{word}" is a misspelling of "{brand}".',
  'reason.confusable-characters':
    'The name "{word}" uses look-alike letters or digits to pass for "{brand}".',
  'reason.punycode-confusable':
    'The address uses foreign letters ("{word}") made to look like "{brand}".',
  'reason.brand-in-subdomain':
    'The address starts with "{brand}", but the site it really belongs to is {site}.',
  'reason.brand-in-hyphenated-domain':
    'The site name {site} borrows the name "{brand}", but Microsoft doesn\'t own it.',
  'reason.brand-in-domain-name':
    'The site {site} uses the name "{brand}", but Microsoft doesn\'t own it.',
  'reason.sign-in-words-with-brand':
    'The address pairs a Microsoft name with words like "login" or "verify", a common trick.',
  'reason.userinfo-trick':
    'The address hides the real site: everything before the "@" is ignored, so you\'d actually be on {site}.',
  'reason.microsoft-host-in-path':
    'The address mentions {host} later on, but the page really comes from {site}.',
  'reason.sign-in-path-on-foreign-host':
    "This address copies the shape of Microsoft's sign-in addresses, but it's on {site}.",
  'reason.free-hosting-with-brand':
    'This page is on {suffix}, where anyone can make a website, and it uses the name "{brand}".',
  'reason.cloned-sign-in-page':
    "This page looks like a Microsoft sign-in page, but it's on {site}, not a Microsoft address. Don't enter your password here.",
  'reason.microsoft-form-fields':
    "The form on this page is built like Microsoft's own sign-in form.",
  'reason.microsoft-sign-in-wording': "The page copies the wording of Microsoft's sign-in pages.",
  'reason.microsoft-logo': 'The page shows the Microsoft logo.',
  'reason.microsoft-sign-in-assets':
    "The page borrows pictures or styles from Microsoft's real sign-in pages.",
  'reason.credential-form': 'The page asks for an email address, phone number or password.',
  'reason.owa-copy':
    "This page is a copy of the Outlook Web App sign-in page, but it's on {site}, not your organisation's mail server or Microsoft. Don't enter your password here.",
  'reason.shared-document-lure':
    "This page is a shared-document lure: it says a file was shared with you and wants your Microsoft password to show it, but it's on {site}, not a Microsoft address. Don't enter your password here.",
  'reason.screenshot-sign-in-page':
    "This page is a picture of a Microsoft sign-in page with boxes laid over it, on {site}, not a Microsoft address. Don't enter your password here.",
  'reason.account-alert-lure':
    "This is a fake Microsoft account alert on {site}, made to get your password. Don't enter it here.",
  'reason.fake-browser-window':
    "This page draws a fake sign-in window showing a Microsoft address, but it's really on {site}. Don't enter your password here.",
  'reason.sends-to-outside-service':
    "The page's own code sends what you type to an outside service ({service}), as phishing kits do.",
  'reason.microsoft-name-in-address':
    'The address uses the name "{word}", but the site is {site}, not Microsoft\'s.',
  'reason.disguised-text':
    "The page hides Microsoft's name with look-alike letters or invisible characters, a trick to slip past filters.",
  'reason.script-built-page':
    'The page writes itself from scrambled code, a trick to hide from security checks.',
  'reason.saved-copy-of-microsoft-page':
    "The page's own source says it was saved or copied from a Microsoft page.",
  'reason.organisation-sign-in-page':
    "This looks like an organisation's own sign-in page (Microsoft software it runs itself, such as AD FS or Outlook Web App), not Microsoft's. Sign in only if it is your organisation's.",
  'reason.tenant-not-allowed.id':
    "This is Microsoft's real sign-in page, but it signs you in to the organisation with tenant ID {tenant}, not to one your organisation uses. Go on only if you expected to sign in there.",
  'reason.tenant-not-allowed.domain':
    "This is Microsoft's real sign-in page, but it signs you in to the organisation {tenant}, not to one your organisation uses. Go on only if you expected to sign in there.",
  'reason.tenant-not-allowed.other':
    "This is Microsoft's real sign-in page, but it signs you in to another organisation, not to one your organisation uses. Go on only if you expected to sign in there.",
  // Shared content on Microsoft's hosts, the next hop, the organisation's sign-in page (issue 16)
  'reason.shared-content-password':
    'This page is on {product}, where anyone with a Microsoft account can publish, and it asks for a password. Microsoft never asks for your password inside a shared file, form or site.',
  'reason.shared-content-code':
    'This page is on {product}, where anyone with a Microsoft account can publish, and it asks for a one-time code. Never type a code you were sent into a shared file, form or site.',
  'reason.shared-content-question':
    'A question on this form ({product}) asks for a password, a code or your login details. Whoever made the form would get them: Microsoft never asks for them in a form.',
  'reason.shared-content-sign-in-copy':
    "This page on {site} looks like Microsoft's sign-in page, but someone with a Microsoft account published it on {product}, not Microsoft.",
  'reason.opened-from-shared-content':
    'You opened this page from a shared file or page on {source}. A shared file that sends you on to a sign-in page is a classic trick.',
  'reason.opened-from-webmail':
    'You opened this page from your email ({source}). A link in an email that leads to a page asking you to sign in is how most phishing starts.',
  'reason.imitates-organisation-sign-in':
    "This page looks like your organisation's sign-in page ({org}), but it's on {site}, not the address Microsoft sent you to.",
  'shared-content.notice':
    'Someone with a Microsoft account published this on {product}, not Microsoft.',
  'shared-content.trick':
    'A file that asks you to sign in again to view it is a classic trick: if this page sends you to a sign-in page or asks for your password, close it.',
  'org-sign-in.reached':
    "Your organisation's sign-in page ({organisation}), reached from Microsoft.",
  'org-sign-in.listed':
    "Your organisation's sign-in page ({organisation}), as your organisation lists it.",
} as const;

export type DetectionKey = keyof typeof DETECTION_EN;
