/**
 * The extension's pages and the background's own words, in English: the popup's frame, welcome,
 * "you left a lookalike", the lookalike guard, the managed-policy notice, the toolbar button's
 * titles and the full-page lookalike warning.
 */
export const PAGES_EN = {
  'popup.checking': 'Checking this page…',
  'popup.failed': 'Account Helper could not read this page’s status: {error}',
  'popup.not-checked': 'Open Account Helper on a Microsoft sign-in page to check it.',
  'popup.unchecked': 'Account Helper can’t check this page',
  'popup.more-reasons.one': '{count} more reason',
  'popup.more-reasons.other': '{count} more reasons',
  'popup.recent': 'Recently seen',
  'popup.settings-link': 'Settings and your data',

  'sightings.none': 'No Microsoft sign-in pages seen yet.',
  'when.just-now': 'just now',
  'when.minutes': '{count} min ago',
  'error.generic': 'Something went wrong.',

  'guard.heading': 'Lookalike guard',
  'guard.on': 'On: every page you open is checked for fake Microsoft sign-in pages.',
  'guard.required': 'Your organisation requires the lookalike guard.',
  'guard.turn-off': 'Turn off',
  'guard.required-missing':
    'Your organisation requires the lookalike guard, but your browser hasn’t allowed it yet. Please turn it on below.',
  'guard.explanation':
    'To warn you about fake Microsoft sign-in pages on any site, Account Helper needs to look at the pages you open; it checks them on this device and sends nothing anywhere.',
  'guard.refused': 'The permission was not granted, so the guard stays off.',
  'guard.failed': 'Your browser did not let Account Helper change this permission.',
  'guard.turn-on': 'Turn on the lookalike guard',

  'managed.heading': 'Managed by your organisation',
  'managed.intro': 'Your organisation set up Account Helper for everyone who works there:',
  'managed.ignored':
    'Some of your organisation’s settings for Account Helper were not understood ({names}). Where one of them decides something, the stricter choice applies. Your IT administrator can correct them.',
  'managed.rule.lookups-off': 'Checking an address with Microsoft (“Ask Microsoft”) is turned off.',
  'managed.rule.remember-off': 'Addresses you sign in with are never remembered.',
  'managed.rule.guard-required': 'The lookalike guard is required.',
  'managed.rule.tenants':
    'Microsoft sign-in pages for organisations other than yours are pointed out. Yours: {tenants}.',
  'managed.rule.sign-in-pages':
    "Your organisation's own sign-in pages, never warned about: {hosts}.",

  'welcome.title': 'Welcome to Account Helper',
  'welcome.intro': 'Account Helper looks after your Microsoft accounts, right in your browser:',
  'welcome.genuine':
    'It tells you when a sign-in page really belongs to Microsoft, and warns you when a page only pretends to.',
  'welcome.existing':
    'It helps you find out whether an email address already is a Microsoft account, so you don’t create a second one by mistake.',
  'welcome.reminders':
    'It reminds you to keep your recovery email, phone and two-step settings current.',
  'welcome.privacy.heading': 'Your privacy',
  'welcome.privacy':
    'Everything stays on this device. Account Helper never keeps or sends your passwords, and nothing leaves this device unless you ask it to check an address with Microsoft.',
  'welcome.toolbar':
    'Click the Account Helper button in your toolbar on any Microsoft sign-in page to see what it found.',

  'left.title': 'You left a lookalike page – Account Helper',
  'left.heading': 'You left a page that pretended to be Microsoft',
  'left.taken-away': 'Account Helper took this tab away from it.',
  'left.change-password':
    'If you entered a password there earlier, change it now from a page you reach yourself: type {address} into the address bar, sign in, and open {security}.',
  'left.security': 'Security',
  'left.only-own':
    'Microsoft signs you in only on its own addresses, such as login.live.com and login.microsoftonline.com.',
  'left.next.heading': 'What you can do now',
  'left.next.account': 'Go to account.microsoft.com',
  'left.next.close': 'Close this tab',

  'toolbar.microsoft': 'Account Helper: a genuine Microsoft page',
  'toolbar.lookalike': 'Account Helper: this page imitates Microsoft',
  'toolbar.other': 'Account Helper',

  'warning.title': 'This page is pretending to be Microsoft',
  'warning.summary':
    'It is not a Microsoft page. Anything you type here, especially a password or a code, could be stolen.',
  'warning.advice': 'To sign in safely, type account.microsoft.com into the address bar yourself.',
  'warning.leave': 'Leave this page',
  'warning.know': 'I know what I’m doing',
  'warning.proceed': 'I understand the risk, show the page',
  'warning.chip': 'Account Helper: not a Microsoft page',
  // Report a page; the guard on the welcome page and in the popup.
  'warning.report': 'Report this page to Microsoft',
  'warning.org-told':
    'Your organisation is told when this warning appears: the page’s address and why it was flagged, nothing about you.',
  'popup.report': 'Report this page to Microsoft',
  'managed.rule.report-endpoint':
    'Your organisation is told whenever Account Helper warns you about a lookalike page (the page’s address and why it was flagged).',
  'guard.off-unprotected': 'Off: fake Microsoft pages elsewhere get no warning',
  'welcome.guard.what':
    'The lookalike guard looks at the pages you open and warns you, before you type anything, when one pretends to be Microsoft’s sign-in page.',
  'welcome.guard.never':
    'It checks them on this device: no page, address or anything you type is ever sent anywhere.',
  'welcome.guard.org':
    'Your organisation has asked to be told about each lookalike warning: the page’s address and why it was flagged.',
  'welcome.next.heading': 'Next steps',
  'welcome.next.accounts':
    'List your Microsoft accounts in the settings, so Account Helper can remind you to keep their recovery info current.',
  'welcome.next.accounts-link': 'Open the settings',
  'welcome.next.pin':
    'Pin Account Helper to your toolbar: open the browser’s extensions menu (the puzzle piece) and choose the pin next to Account Helper.',
} as const;

export type PagesKey = keyof typeof PAGES_EN;
