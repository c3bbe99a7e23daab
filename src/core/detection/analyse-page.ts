import { parse } from 'tldts';
import { microsoftNameInAddress } from './address-hints';
import { assessUrl, other } from './classify-url';
import { type PageSignals, readPageSignals } from './page-signals';
import type { PageSnapshot } from './page-snapshot-schema';
import { mostImportantFirst } from './reason-priority';
import { reasons } from './reasons';
import { withSharedContent } from './shared-content-page';
import type { Classification, Reason } from './types';

/**
 * The page model: one score for "this page imitates Microsoft to take a password", adding up
 * what the page shows and what its address says. Weights are hand-tuned on the corpus's tune
 * half; README.md explains each and how to re-check them (`npm run eval`).
 */
export const PAGE_WEIGHTS = {
  /** Field names copied from Microsoft's forms (loginfmt, passwd, i0116): only copies have them. */
  microsoftFields: 4,
  /** A comment saying the page was saved or mirrored from a Microsoft page. */
  savedFromMicrosoft: 4,
  /** Two or more of Outlook Web App's logon field names. */
  owaFields: 2,
  /** Pictures or styles from Microsoft's sign-in CDNs, or named like them. */
  microsoftAssets: 2,
  /** Each phrase only Microsoft's sign-in flow uses ("Stay signed in?"), up to `flowMax`. */
  flowPhrase: 2,
  flowMax: 4,
  /** "Microsoft account" in some language. */
  accountPhrase: 1,
  /** Each generic sign-in phrase beside Microsoft's name, up to `signInMax`. */
  signInPhrase: 1,
  signInMax: 2,
  /** Microsoft's name in the page's title; 1 when only in its text or pictures' descriptions. */
  microsoftNameTop: 2,
  microsoftNameBelow: 1,
  /** Microsoft's logo: image, SVG or CSS squares in its colours, icon font. */
  microsoftLogo: 2,
  /** Picture or style files named after Microsoft's services. */
  microsoftFileNames: 1,
  /** Microsoft's sample address as an address box's placeholder (someone@example.com). */
  microsoftPlaceholder: 1,
  /** A password box (an email box alone adds nothing). */
  password: 1,
  /**
   * The password is asked for by a page presenting itself as a Microsoft service (its title, or
   * the heading its text starts with, names one): a plain "Microsoft 365" card with two boxes.
   */
  passwordForMicrosoft: 1,
  /** The kinds of imitation: Outlook Web App, shared-document lure, screenshot, alert, window. */
  owaCopy: 2,
  documentLure: 3,
  screenshotKit: 3,
  accountAlert: 1,
  /** An account alert with two or more of its phrases ("mailbox is full", "incoming messages"). */
  accountAlertMax: 2,
  fakeWindow: 3,
  /** Microsoft's name written with invisible characters or look-alike letters. */
  disguisedText: 2,
  /** The page's scripts or forms send to a chat bot or form service. */
  exfiltration: 3,
  /** `document.write(unescape(…))` and its kin. */
  scriptBuilt: 1,
  /** A Microsoft name in the address's path or a mangled one in its host (`/owa/`, `0ffice`). */
  addressName: 2,
  /** The address check's own score counts up to this. */
  addressScoreMax: 4,
  /** A page scoring this much, with a credential form and a Microsoft sign, is a lookalike. */
  threshold: 5,
} as const;

const W = PAGE_WEIGHTS;

export type ImitationKind =
  | 'fake-window'
  | 'owa-copy'
  | 'document-lure'
  | 'screenshot-kit'
  | 'account-alert'
  | 'sign-in-copy';

export interface PageVerdict {
  readonly score: number;
  readonly kind: ImitationKind | null;
  /** An organisation's own Microsoft software (AD FS, its Exchange server's OWA). */
  readonly organisationPage: boolean;
  readonly reasons: readonly Reason[];
}

interface AddressFacts {
  readonly site: string;
  readonly score: number;
  readonly name: string | null;
  readonly path: string;
  /** The host name, to tell an organisation's own server from a relay named after one. */
  readonly host: string;
}

const TRICK_WORDS = [
  'owa',
  '365',
  'outlook',
  'exchange',
  'office',
  'microsoft',
  'login',
  'logon',
  'signin',
  'secure',
  'verify',
];
/** Only as whole words: `author` and `associates` are names. */
const SHORT_TRICK_WORDS = ['sso', 'auth'];

/**
 * Whether a host could be an organisation's own mail or sign-in server. Relays of an
 * organisation's page sit on sites named for the trick (`owa-sso.online`) or spell the
 * organisation's address with hyphens (`mail-woodgrovebank-com.…`).
 */
function couldBeOwnServer(host: string): boolean {
  const parsed = parse(host);
  const name = parsed.domainWithoutSuffix ?? host;
  // Whole words, or words joined to the name's start or end (`secureowa`, `owa-sso`): not letters
  // inside an organisation's own name (`graphicdesigninstitute`, `smithassociates`).
  const tokens = name.split(/[^a-z0-9]+/);
  if (
    tokens.some(
      (token) =>
        TRICK_WORDS.some((word) => token.startsWith(word) || token.endsWith(word)) ||
        SHORT_TRICK_WORDS.includes(token),
    )
  )
    return false;
  return !/-(?:com|net|org|edu|gov)(?:-|$)/.test(parsed.subdomain ?? '');
}

function kindOf(s: PageSignals, lureBrand: boolean): ImitationKind {
  if (s.identityHostText && !s.busyPage) return 'fake-window';
  if (s.owaLogon) return 'owa-copy';
  if ((s.lurePhrases > 0 || s.providerChooser) && lureBrand) {
    return 'document-lure';
  }
  if (s.screenshotLayout) return 'screenshot-kit';
  if (s.alertPhrases > 0) return 'account-alert';
  return 'sign-in-copy';
}

/** Weighs a page's signals and its address together. Pure; exported for tests and `npm run eval`. */
export function weighPage(s: PageSignals, address: AddressFacts): PageVerdict {
  const none = (organisationPage = false): PageVerdict => ({
    score: 0,
    kind: null,
    organisationPage,
    reasons: [],
  });
  const kitCode = s.exfiltration.length > 0;
  // An organisation's own AD FS, Exchange, Remote Desktop or MFA Server: Microsoft's software, not
  // an imitation.
  if (!kitCode && address.score < 3 && couldBeOwnServer(address.host)) {
    if (s.adfs && (/^\/adfs\//.test(address.path) || s.postsToOwnAdfs)) return none(true);
    if (s.postsToOwnOwa && /^\/(?:owa|ecp|exchweb)\/|^\/cookieauth\.dll/.test(address.path)) {
      return none(true);
    }
    if (s.postsToOwnRdWeb && /^\/rdweb\//i.test(address.path)) return none(true);
    if (s.postsToOwnMfaPortal && /^\/multifactorauth\//i.test(address.path)) return none(true);
  }

  const credential = asksForCredentials(s);
  // A provider chooser asks for credentials on its next page: it is judged as a document lure.
  if (!credential && !s.providerChooser) return none();
  // AD FS only ever answers under /adfs/: its form anywhere else is an organisation's sign-in page
  // saved and re-hosted, the way kits copy Microsoft's own.
  const adfsCopy = s.adfsFields && !/^\/adfs\//.test(address.path) && !s.postsToOwnAdfs;
  // A form copied from Microsoft's: its field names, or AD FS's form off its home.
  const copiedForm = s.microsoftFields > 0 || adfsCopy;

  // Microsoft's wording as a sign: a phrase only Microsoft says, or three that other sites say too
  // (its footer, or its sign-in font stack in the page's styles, can be the third).
  const flowSign =
    s.microsoftOnlyPhrases > 0 ||
    s.flowPhrases >= 3 ||
    (s.flowPhrases === 2 && (s.microsoftFooter || s.microsoftFontStack));
  const lureBrand = s.microsoftName > 0 || s.officeApp;
  const kind = kindOf(s, lureBrand);
  // An email box alone is not a sign-in form: without a password it takes a Microsoft-style
  // first step (a document lure, Microsoft's own wording, fields or assets) or a suspect address.
  const identifierOnly = !s.hasPassword && !copiedForm;
  const firstStep =
    kind === 'document-lure' ||
    kind === 'fake-window' ||
    kind === 'owa-copy' ||
    s.flowPhrases > 0 ||
    s.microsoftAssets ||
    s.savedFromMicrosoft ||
    kitCode ||
    address.score >= 2 ||
    address.name !== null;
  if (identifierOnly && !firstStep) return none();
  // What only a Microsoft imitation shows. An account alert's wording is too common (IT news
  // about "mailbox full" mails) and kit code says "phishing", not which brand, so neither counts.
  const imitationCues =
    (kind !== 'sign-in-copy' && kind !== 'account-alert') ||
    copiedForm ||
    s.microsoftAssets ||
    s.savedFromMicrosoft ||
    flowSign ||
    s.disguisedText;
  // A password box alone, with nothing around it that asks one to sign in: no account box, no
  // sign-in words in any language we read, nothing of Microsoft's form, look or logo. A page's
  // own lock ("enter the password to unlock"), not a sign-in step: Microsoft's password step
  // says what it wants ("Enter password"), and so do the kits that copy it.
  const bareLock =
    kind === 'sign-in-copy' &&
    s.hasPassword &&
    !s.identifier &&
    s.signInPhrases === 0 &&
    s.flowPhrases === 0 &&
    !imitationCues &&
    s.owaFields === 0 &&
    !s.microsoftLogo &&
    !kitCode;
  if (bareLock) return none();
  // A "Sign in with Microsoft" button explains Microsoft's name, logo and wording on a page
  // that otherwise shows nothing only a copy would; so does a busy article or forum, and a
  // newsletter, comment or contact box.
  const explained =
    ((s.signInWithMicrosoft || s.notSignInForm || s.ownSiteLogin) && !imitationCues) || s.busyPage;

  let score = 0;
  const found: Reason[] = [];
  const add = (weight: number, reason?: Reason) => {
    score += weight;
    if (reason && !found.some((r) => r.code === reason.code)) found.push(reason);
  };

  if (copiedForm) add(W.microsoftFields, reasons.microsoftFormFields());
  if (s.savedFromMicrosoft) add(W.savedFromMicrosoft, reasons.savedCopy());
  if (s.owaFields >= 2) add(W.owaFields, reasons.microsoftFormFields());
  if (s.microsoftAssets) add(W.microsoftAssets, reasons.microsoftAssets());
  if (kitCode) add(W.exfiltration, reasons.sendsToOutsideService(s.exfiltration.join(', ')));
  if (s.scriptBuilt) add(W.scriptBuilt, reasons.scriptBuiltPage());
  if (!s.busyPage && s.flowPhrases > 0) {
    add(Math.min(s.flowPhrases * W.flowPhrase, W.flowMax), reasons.microsoftWording());
  }
  let microsoftSign =
    copiedForm || s.owaFields >= 2 || s.microsoftAssets || s.savedFromMicrosoft || flowSign;
  if (!explained) {
    const name =
      s.microsoftName === 2 || (kind === 'document-lure' && (s.officeApp || s.microsoftName > 0))
        ? W.microsoftNameTop
        : s.microsoftName === 1
          ? W.microsoftNameBelow
          : 0;
    add(name);
    if (s.accountPhrase) add(W.accountPhrase, reasons.microsoftWording());
    if ((name > 0 || flowSign) && s.signInPhrases > 0) {
      add(Math.min(s.signInPhrases * W.signInPhrase, W.signInMax), reasons.microsoftWording());
    }
    if (s.microsoftLogo) add(W.microsoftLogo, reasons.microsoftLogo());
    if (s.microsoftFileNames) add(W.microsoftFileNames);
    if (s.microsoftPlaceholder) add(W.microsoftPlaceholder);
    if (s.disguisedText) add(W.disguisedText, reasons.disguisedText());
    microsoftSign ||=
      name > 0 ||
      s.accountPhrase ||
      s.microsoftLogo ||
      s.microsoftFileNames ||
      s.microsoftPlaceholder ||
      s.owaPhrases > 0;
  }
  // The address check only scores Microsoft names, so a suspect address is a Microsoft sign too.
  if (address.name || address.score >= 2) microsoftSign = true;
  // Kit code says a page is phishing, not for which brand; one phrase of Microsoft's flow beside
  // it ("Can't access your account?" under a card whose script mails the password) says which.
  if (kitCode && s.flowPhrases > 0) microsoftSign = true;
  // Other brands named and nothing but a passing Microsoft mention: not a Microsoft imitation.
  const weakSign =
    s.otherBrands > 0 &&
    (kind === 'sign-in-copy' || kind === 'account-alert' || kind === 'screenshot-kit') &&
    s.microsoftName < 2 &&
    !s.microsoftLogo &&
    s.microsoftFields === 0 &&
    !s.microsoftAssets &&
    !flowSign;
  if (!microsoftSign || (weakSign && !address.name && address.score < 2)) return none();

  if (s.hasPassword) add(W.password);
  if (s.hasPassword && s.presentsAsMicrosoft && !explained) add(W.passwordForMicrosoft);
  if (!explained) {
    const kindWeight: Record<ImitationKind, number> = {
      'fake-window': W.fakeWindow,
      'owa-copy': W.owaCopy,
      'document-lure': W.documentLure,
      'screenshot-kit': W.screenshotKit,
      'account-alert': Math.min(s.alertPhrases * W.accountAlert, W.accountAlertMax),
      'sign-in-copy': 0,
    };
    add(kindWeight[kind]);
  }
  // A Microsoft name in the path lowers what the page must show, not what it must be: a sign-in
  // page (by its title), or one that presents itself as Microsoft's (title, heading, logo,
  // wording, footer, form or kind). Not a page about a product with a form of its own beside it
  // (a shop's /office365.html with its customers' login box).
  const nameCounts =
    address.name !== null &&
    (s.signInTitle ||
      s.presentsAsMicrosoft ||
      imitationCues ||
      kind === 'account-alert' ||
      s.microsoftLogo ||
      s.accountPhrase ||
      s.microsoftPlaceholder ||
      s.owaPhrases > 0 ||
      s.flowPhrases > 0 ||
      s.microsoftFooter ||
      kitCode);
  const addressPart = Math.max(
    Math.min(address.score, W.addressScoreMax),
    nameCounts ? W.addressName : 0,
  );
  if (nameCounts && address.score < W.addressName) {
    add(0, reasons.microsoftNameInAddress(address.name, address.site));
  }
  score += addressPart;

  if (score < W.threshold) return { score, kind: null, organisationPage: false, reasons: [] };
  const headline = kindReason(explained ? 'sign-in-copy' : kind, address.site);
  return {
    score,
    kind: explained ? 'sign-in-copy' : kind,
    organisationPage: false,
    reasons: credential ? [headline, ...found, reasons.credentialForm()] : [headline, ...found],
  };
}

function kindReason(kind: ImitationKind, site: string): Reason {
  switch (kind) {
    case 'fake-window':
      return reasons.fakeBrowserWindow(site);
    case 'owa-copy':
      return reasons.owaCopy(site);
    case 'document-lure':
      return reasons.documentLure(site);
    case 'screenshot-kit':
      return reasons.screenshotKit(site);
    case 'account-alert':
      return reasons.accountAlert(site);
    default:
      return reasons.clonedSignInPage(site);
  }
}

/**
 * Classifies a page from its address and a snapshot of its content. Genuine Microsoft hosts and
 * Microsoft's own sites are judged by address alone; elsewhere the page model decides. Never throws.
 */
export function analysePage(url: string, snapshot: PageSnapshot): Classification {
  return withSharedContent(url, analyseContent(url, snapshot), snapshot);
}

function analyseContent(url: string, snapshot: PageSnapshot): Classification {
  const standing = assessUrl(url);
  if (standing.type === 'genuine' || standing.type === 'microsoft-operated') {
    return standing.classification;
  }
  let verdict: PageVerdict;
  let signals: PageSignals;
  try {
    signals = readPageSignals(snapshot);
    verdict = weighPage(signals, {
      site: standing.type === 'foreign' ? standing.web.host : 'this address',
      score: standing.type === 'foreign' ? standing.score : 0,
      name: standing.type === 'foreign' ? microsoftNameInAddress(standing.web) : null,
      path: standing.type === 'foreign' ? standing.web.path : '',
      host: standing.type === 'foreign' ? standing.web.host : '',
    });
  } catch {
    return standing.classification;
  }
  if (verdict.organisationPage && standing.classification.verdict === 'other') {
    return { ...standing.classification, reasons: [reasons.organisationSignInPage()] };
  }
  if (verdict.kind === null) {
    return onlyNamedFreeSite(standing.classification) && asksNothing(signals)
      ? other()
      : standing.classification;
  }
  const urlReasons =
    standing.classification.verdict === 'lookalike' ? standing.classification.reasons : [];
  return {
    verdict: 'lookalike',
    service: null,
    kind: null,
    reasons: mostImportantFirst([...urlReasons, ...verdict.reasons]),
  };
}

/**
 * A free site whose only suspect part is its chosen name, a Microsoft product's (`o365.github.io`,
 * a library's documentation): suspect enough to lower the bar for what its pages show, not a
 * lookalike by itself once its page is known to ask for nothing.
 */
function onlyNamedFreeSite(classification: Classification): boolean {
  return (
    classification.verdict === 'lookalike' &&
    classification.reasons.length > 0 &&
    classification.reasons.every((reason) => reason.code === 'free-hosting-with-brand')
  );
}

/** A password, Microsoft's fields, or a sign-in box (a search or newsletter box is none). */
function asksForCredentials(s: PageSignals): boolean {
  return s.hasPassword || s.microsoftFields > 0 || (s.identifier && !s.notSignInForm);
}

/** No credentials asked for, and no mail providers to pick. */
function asksNothing(s: PageSignals): boolean {
  return !asksForCredentials(s) && !s.providerChooser;
}
