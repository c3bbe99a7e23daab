import { MICROSOFT_SIGN_IN_ASSET_HOSTS } from './microsoft-domains';
import {
  PAGE_SNAPSHOT_LIMITS,
  type PageSnapshot,
  type SnapshotField,
} from './page-snapshot-schema';
import { plainText, readableText } from './page-text';
import {
  ALERT_PHRASES,
  CHOOSER_PHRASES,
  DOCUMENT_WORD,
  IDENTITY_HOST_TEXT,
  LURE_PHRASES,
  MAIL_PROVIDER,
  MAILBOX_SETUP,
  MICROSOFT_ACCOUNT_PHRASES,
  MICROSOFT_FLOW_PHRASES,
  MICROSOFT_FOOTER_PAIRS,
  MICROSOFT_MAIL_PROVIDER,
  MICROSOFT_NAME,
  MICROSOFT_ONLY_PHRASES,
  NOT_SIGN_IN_PHRASES,
  OFFICE_APP_NAME,
  OTHER_BRAND_NAME,
  OWA_PHRASES,
  SAME_CREDENTIALS_AS_MICROSOFT,
  SIGN_IN_PHRASES,
  SIGN_IN_WITH_MICROSOFT,
} from './page-wording';
import { hasScreenshotLayout, LOGO_PICTURE_MARK } from './screenshot-layout';

/**
 * What a page's content says, as facts the page model (`analyse-page.ts`) weighs. Nothing here
 * decides: each signal is a count or a yes/no read from the snapshot.
 */
export interface PageSignals {
  readonly hasPassword: boolean;
  /** An email, phone or user-name box that isn't a search, newsletter or comment box. */
  readonly identifier: boolean;
  /** The page has newsletter, comment, contact or search forms' words or fields. */
  readonly notSignInForm: boolean;
  /** Field names and ids copied from Microsoft's sign-in forms (loginfmt, passwd, i0116…). */
  readonly microsoftFields: number;
  /** Field names of Outlook Web App's logon form (destination, flags, isUtf8…). */
  readonly owaFields: number;
  /** Distinct phrases of Microsoft's sign-in flow, in any of seven languages. */
  readonly flowPhrases: number;
  /** Of those, the ones no other site's form says ("Email, phone, or Skype"). */
  readonly microsoftOnlyPhrases: number;
  /** Microsoft's footer links, "Terms of use" and "Privacy & cookies", in one language. */
  readonly microsoftFooter: boolean;
  /** "Microsoft account" in some language. */
  readonly accountPhrase: boolean;
  /** Distinct generic sign-in phrases ("Sign in", "Kennwort vergessen"). */
  readonly signInPhrases: number;
  readonly owaPhrases: number;
  /** The page is an Outlook Web App logon: its fields, its "domain\\user name" label or its name in the title. */
  readonly owaLogon: boolean;
  readonly lurePhrases: number;
  readonly alertPhrases: number;
  /** Microsoft's name: 0 none, 1 in the text or pictures' descriptions, 2 in the title. */
  readonly microsoftName: 0 | 1 | 2;
  /** The title, or the heading the text starts with, names a Microsoft service as the page's own. */
  readonly presentsAsMicrosoft: boolean;
  /** Office's document apps named (Excel, Office…), which count on a document lure. */
  readonly officeApp: boolean;
  /** How many other brands the page names. */
  readonly otherBrands: number;
  readonly microsoftLogo: boolean;
  /** Picture or style files named after Microsoft's services (office.png, outlook-bg.jpg). */
  readonly microsoftFileNames: boolean;
  /**
   * An address box showing Microsoft's sample address, "someone@example.com" (its older account
   * page's and AD FS's placeholder; other sites write "you@" or "name@example.com").
   */
  readonly microsoftPlaceholder: boolean;
  readonly microsoftAssets: boolean;
  /** A comment says the page was saved or mirrored from a Microsoft page. */
  readonly savedFromMicrosoft: boolean;
  readonly signInWithMicrosoft: boolean;
  /** Microsoft's name only appears once invisible characters and look-alike letters are undone. */
  readonly disguisedText: boolean;
  /** A Microsoft sign-in address written in the page's own text: a drawn address bar. */
  readonly identityHostText: boolean;
  /**
   * Mail services offered as the way to open a shared document ("Login with Office 365 /
   * Outlook / Other Mail"), form or no form: a document lure whose form is on the next page.
   */
  readonly providerChooser: boolean;
  /** A background picture with input boxes placed over it, and little text: a screenshot kit. */
  readonly screenshotLayout: boolean;
  /** The services the page's scripts or forms send data to (Telegram, Formspree…). */
  readonly exfiltration: readonly string[];
  /** The page writes its own markup from encoded text (`document.write(unescape(…))`). */
  readonly scriptBuilt: boolean;
  /** An article, forum or docs page: much text or many links. */
  readonly busyPage: boolean;
  /**
   * The form posts to the site's own content system's log-in (WordPress `wp-login.php`, phpBB
   * `ucp.php`, Drupal `/user/login`, MediaWiki's Special:UserLogin): a blog or forum about
   * Microsoft's products, whose name is in its title. A kit gains nothing posting there.
   */
  readonly ownSiteLogin: boolean;
  /** Microsoft's sign-in font stack in the page's own styles (… "Segoe Xbox Symbol" …). */
  readonly microsoftFontStack: boolean;
  /** The title says the page is for signing in or checking an account ("Sign in", "Verify"). */
  readonly signInTitle: boolean;
  /** AD FS: an organisation's own sign-in page. */
  readonly adfs: boolean;
  /** AD FS's own form (userNameInput, passwordInput, kmsiInput, AuthMethod), not only its wording. */
  readonly adfsFields: boolean;
  /** The form posts to AD FS on this host (`/adfs/ls/`). */
  readonly postsToOwnAdfs: boolean;
  /** The form posts to Exchange's own endpoints on this host (`/owa/auth.owa`, `owaauth.dll`, TMG). */
  readonly postsToOwnOwa: boolean;
  /** The form posts to Remote Desktop Web Access's own logon page on this host (`/RDWeb/Pages/…`). */
  readonly postsToOwnRdWeb: boolean;
  /** Posts to its own Azure Multi-Factor Authentication Server user portal's login page. */
  readonly postsToOwnMfaPortal: boolean;
}

const MICROSOFT_FIELD_NAMES: ReadonlySet<string> = new Set([
  'loginfmt',
  'i0116',
  'i0118',
  'i0281',
  'idsibutton9',
  'idbtn_back',
  'ppft',
  'kmsicb',
  'idchkbx_dontshowagain',
  'hpgrequestid',
]);
/** Microsoft uses these too, but so do others (Comcast's "passwd"): they count only alongside. */
const SHARED_FIELD_NAMES: ReadonlySet<string> = new Set(['passwd', 'flowtoken', 'canary', 'ctx']);
const OWA_FIELD_NAMES: ReadonlySet<string> = new Set([
  'destination',
  'flags',
  'forcedownlevel',
  'isutf8',
  'passwordtext',
  'rdopblc',
  'rdoprvt',
  'chkbsc',
  'chkprvt',
  'trusted',
]);
const ADFS_FIELD_NAMES: ReadonlySet<string> = new Set(['authmethod', 'usernameinput', 'kmsi']);
/** AD FS's own form: two of these ids and names (other sites have a `kmsi` box too). */
const ADFS_FORM_KEYS: ReadonlySet<string> = new Set([
  'authmethod',
  'usernameinput',
  'passwordinput',
  'kmsiinput',
]);

const IDENTIFIER_HINT =
  /e-?mail|user|login|logon|phone|account|skype|upn|identifier|loginfmt|i0116/;
const NOT_SIGN_IN_FIELD =
  /search|query|(?:^| )[qs](?: |$)|newsletter|subscribe|mce-|mc-embedded|comment|contact|message|coupon|zip|postcode/;
const LOGO_ALT =
  /\bmicrosoft\b|\boffice ?365\b|\bmicrosoft 365\b|\boutlook\b|\bonedrive\b|\bsharepoint\b/;
const LOGO_FILE =
  /microsoft[_-]?logo|ms[_-]?logo|mslogo|bannerlogo|office365[_-]?logo|o365[_-]?logo|outlook[_-]?logo|onedrive[_-]?logo|sharepoint[_-]?logo|windows[_-]?logo|msft[_-]?logo/;
const MICROSOFT_FILE =
  /microsoft|office|outlook|o365|m365|owa|onedrive|sharepoint|msft|hotmail|excel|exchange/;
const ASSET_FILE =
  /^converged|convergedlogin|signin-options|microsoft_logo|favicon_a_|appcentipede|ellipsis_(?:white|grey)|arrow_left_|^ests/;
const LOGO_COLOURS: readonly (readonly string[])[] = [
  ['#f25022', '#f35325'],
  ['#7fba00', '#81bc06'],
  ['#00a4ef', '#05a6f0'],
  ['#ffb900', '#ffba08'],
];
const EXFILTRATION: readonly (readonly [RegExp, string])[] = [
  [/api\.telegram\.org/, 'Telegram'],
  [/discord(?:app)?\.com/, 'Discord'],
  [/formspree\.io/, 'Formspree'],
  [/web3forms/, 'Web3Forms'],
  [/formsubmit\.co/, 'FormSubmit'],
  [/submit-form\.com/, 'Formspark'],
  [/getform\.io/, 'Getform'],
  [/formcarry\.com/, 'Formcarry'],
  [/usebasin\.com/, 'Basin'],
  [/formbold\.com/, 'FormBold'],
  [/api\.emailjs\.com|emailjs\.send/, 'EmailJS'],
  [/smtpjs\.com/, 'SMTP.js'],
  [/ntfy\.sh/, 'ntfy'],
  [/hooks\.slack\.com/, 'Slack'],
  [/script\.google\.com/, 'Google Apps Script'],
  [/workers\.dev/, 'Cloudflare Workers'],
  [/netlify\/functions|\.netlify\.app$/, 'Netlify Functions'],
  [/firebaseio\.com/, 'Firebase'],
  [/webhook\.site/, 'webhook.site'],
  [/pipedream\.net/, 'Pipedream'],
];
/** A mail relay a page's script sends through from the browser. */
const MAIL_RELAY_HOST = /(?:^|\.)smtpjs\.com$/;
const BUSY_TEXT = 3_000;
const BUSY_LINKS = 30;
/** A provider chooser kit is a few lines: its heading, one line about the document, the choices. */
const CHOOSER_TEXT = 800;

/** Whether `phrase` occurs in `text` as whole words. */
export function hasPhrase(text: string, phrase: string): boolean {
  let at = text.indexOf(phrase);
  while (at !== -1) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    const edgeOk = (char: string, edge: string) => !/\p{L}/u.test(edge) || !/\p{L}/u.test(char);
    if (edgeOk(before, phrase[0] ?? ' ') && edgeOk(after, phrase.at(-1) ?? ' ')) return true;
    at = text.indexOf(phrase, at + 1);
  }
  return false;
}

function countPhrases(text: string, phrases: readonly string[]): number {
  let count = 0;
  for (const phrase of phrases) if (hasPhrase(text, phrase)) count++;
  return count;
}

function fieldHints(field: SnapshotField): string {
  return plainText(
    `${field.name} ${field.id} ${field.autocomplete} ${field.placeholder} ${field.ariaLabel}`,
  );
}

/**
 * A plain text box a kit uses for the password (its script or a CSS mask hides what is typed):
 * named or labelled as one, and nothing else ("pd", "pwd", "passwd", "Password").
 */
const PASSWORD_NAME =
  /^(?:pd|pw|pwd|psw|pswd|pass|passwd|passwrd|password|pass_?word|passwort|kennwort|senha|contrasena|wachtwoord|mdp|mot_?de_?passe)\d?$/;
const PASSWORD_LABEL =
  /^(?:password|passwort|kennwort|mot de passe|contrasena|senha|palavra-passe|wachtwoord)$/;

function isPasswordTextBox(field: SnapshotField): boolean {
  const type = field.type.toLowerCase();
  if (field.tag !== 'input' || field.hidden || (type !== 'text' && type !== '')) return false;
  const label = readableText(field.placeholder || field.ariaLabel)
    .replace(/[:*]+$/, '')
    .trim();
  return (
    PASSWORD_NAME.test(field.name.toLowerCase()) ||
    PASSWORD_NAME.test(field.id.toLowerCase()) ||
    PASSWORD_LABEL.test(label)
  );
}

function isIdentifierField(field: SnapshotField): boolean {
  const type = field.type.toLowerCase();
  if (field.tag !== 'input') return false;
  const hints = fieldHints(field);
  if (NOT_SIGN_IN_FIELD.test(hints)) return false;
  if (type === 'email' || type === 'tel') return true;
  if (type !== 'text' && type !== '') return false;
  return IDENTIFIER_HINT.test(hints);
}

const L = PAGE_SNAPSHOT_LIMITS;
const clip = (value: string, max: number = L.string) => String(value).slice(0, max);

/** The snapshot cut to its schema's bounds, so an unchecked one can't make reading slow. */
function bounded(snapshot: PageSnapshot): PageSnapshot {
  return {
    ...snapshot,
    title: clip(snapshot.title),
    text: clip(snapshot.text, L.text),
    hiddenText: clip(snapshot.hiddenText ?? '', L.text),
    fields: snapshot.fields.slice(0, L.fields).map((f) => ({
      tag: f.tag,
      type: clip(f.type),
      name: clip(f.name),
      id: clip(f.id),
      autocomplete: clip(f.autocomplete),
      placeholder: clip(f.placeholder),
      ariaLabel: clip(f.ariaLabel),
      hidden: f.hidden === true,
    })),
    forms: snapshot.forms.slice(0, L.forms),
    images: snapshot.images.slice(0, L.images),
    assetHosts: snapshot.assetHosts.slice(0, L.assetHosts),
    assetFiles: snapshot.assetFiles.slice(0, L.assetFiles),
    marks: snapshot.marks?.slice(0, L.marks),
  };
}

/** Account words a sign-in or check page's title uses beside the sign-in phrases. */
const ACCOUNT_TITLE =
  /\b(?:verif\w*|validat\w*|authenticat\w*|account|secure|security|session|password|access)\b/;

const OWN_SITE_LOGIN =
  /(?:^|\/)(?:wp-login\.php|ucp\.php|user\/login|index\.php\/special:userlogin|special:userlogin)$/i;

/** The start of the text that is a card's heading or brand row, above its form. */
const LEADING_TEXT = 30;
/** A Microsoft service named after "for" or "to", in the seven languages. */
const SERVICE =
  '(?:microsoft ?)?(?:office ?365|microsoft ?365|microsoft|outlook|onedrive|sharepoint|exchange(?: online)?)';
const FOR = 'for|fur|pour|para|per|voor';
const FOR_MICROSOFT = new RegExp(`\\b(?:${FOR}) ${SERVICE}\\b`, 'g');
const TO_OR_FOR_MICROSOFT = new RegExp(`\\b(?:to|zu|a|au|${FOR}) ${SERVICE}\\b`, 'g');
const EVERY_SIGN_IN_WITH_MICROSOFT = new RegExp(SIGN_IN_WITH_MICROSOFT.source, 'g');
/** Every Microsoft name, to take them all out of a title or heading. */
const EVERY_MICROSOFT_NAME = new RegExp(MICROSOFT_NAME.source, 'g');

/** Words a sign-in title or heading may hold beside the service's name, in the seven languages. */
const SIGN_IN_WORDS = new Set(
  (
    'sign in on up to your my the a an account login log logon signin webmail mail email e secure ' +
    'online web app access verify verification continue password enter next with and or of id ' +
    'user username phone anmelden bei mit ihrem ihr konto kennwort passwort weiter connexion se ' +
    'connecter votre compte mot de passe au iniciar sesion en su cuenta contrasena correo ' +
    'electronico con entrar na no sua seu conta da do senha acessar com accedi al tuo accesso ' +
    'aanmelden bij uw inloggen met wachtwoord ' +
    // Microsoft's own product words, and what a kit's card calls itself.
    'teams word excel powerpoint onenote portal shared document documents file files view viewer ' +
    // Product names: "OneDrive for Business", "SharePoint Online", "Outlook on the web".
    'for business ' +
    // Polish, Turkish, Russian: read as the page is, so Cyrillic comes out in the same pieces.
    readableText('zaloguj się oturum açın giriş yap вход войти')
  ).split(/[^a-z]+/),
);

/** At most `stray` words besides Microsoft's names and sign-in words. */
function onlyNameAndSignIn(value: string, stray: number): boolean {
  const rest = value
    .replace(EVERY_MICROSOFT_NAME, ' ')
    .split(/[^a-z]+/)
    .filter((word) => word !== '' && !SIGN_IN_WORDS.has(word));
  return rest.length <= stray;
}

export function readPageSignals(unchecked: PageSnapshot): PageSignals {
  const snapshot = bounded(unchecked);
  // Placeholders and labels speak too ("Email, phone, or Skype").
  const promptsOf = (fields: readonly SnapshotField[]) =>
    fields.map((f) => `${f.placeholder} | ${f.ariaLabel}`).join(' | ');
  const rawPrompts = promptsOf(snapshot.fields);
  const plain = plainText(
    `${snapshot.title} | ${snapshot.text} | ${rawPrompts} | ${snapshot.hiddenText ?? ''}`,
  );
  const title = readableText(snapshot.title);
  const text = readableText(snapshot.text);
  const prompts = readableText(rawPrompts);
  const words = `${title} | ${text} | ${prompts}`;
  // What the page hides counts against it (a kit's later steps wait hidden), never for it: the
  // excuses below (another brand, "Sign in with Microsoft", a newsletter box) read `words` only.
  const suspect = `${words} | ${readableText(snapshot.hiddenText ?? '')}`;
  const alts = readableText(snapshot.images.map((image) => image.alt).join(' | '));
  const marks = new Set((snapshot.marks ?? []).map((mark) => mark.toLowerCase()));

  // A password box the page's script writes later counts as one (late-inserted forms).
  const passwordInScript = [...marks].some((mark) => mark.startsWith('type='));
  const hasPassword =
    passwordInScript ||
    snapshot.fields.some((f) => f.type.toLowerCase() === 'password' || isPasswordTextBox(f));
  const samplePlaceholders = snapshot.fields
    .map((f) => f.placeholder.trim().toLowerCase())
    .filter((p) => /^so(?:m|rn)eone@example\.com$/.test(p));
  const fieldKeys = new Set<string>();
  for (const field of snapshot.fields) {
    // Google's password box is "Passwd"; Microsoft's is "passwd".
    if (field.name !== 'Passwd') fieldKeys.add(field.name.toLowerCase());
    fieldKeys.add(field.id.toLowerCase());
  }
  const countIn = (names: ReadonlySet<string>) => [...fieldKeys].filter((k) => names.has(k)).length;
  const identifier = snapshot.fields.some(isIdentifierField);
  // Only boxes the person sees say the page is about something else: a hidden one is an excuse.
  const shownFields = snapshot.fields.filter((f) => !f.hidden);
  const shownPrompts = readableText(promptsOf(shownFields));
  const notSignInForm =
    shownFields.some((f) => f.tag === 'textarea') ||
    shownFields.some((f) => NOT_SIGN_IN_FIELD.test(fieldHints(f)) && f.type !== 'password') ||
    countPhrases(`${title} | ${text} | ${shownPrompts}`, NOT_SIGN_IN_PHRASES) > 0;

  const nameIn = (value: string) => MICROSOFT_NAME.test(value);
  // Text drawn backwards (right-to-left override) or as SVG / CSS content still names Microsoft.
  const reversed = [...words].reverse().join('');
  const drawnName = marks.has('drawn-name') || nameIn(reversed);
  // A product made for Microsoft's services ("Backup for Microsoft 365"), or an identity
  // provider's page naming where it signs you in to ("to continue to Office 365"), doesn't claim
  // to be one.
  // Nor does a "Sign in with Microsoft" button at the top of another site's page.
  const claimedAt = (value: string) =>
    value
      .replace(TO_OR_FOR_MICROSOFT, ' ')
      .replace(EVERY_SIGN_IN_WITH_MICROSOFT, ' ')
      .search(MICROSOFT_NAME);
  // The title, or the heading or brand row the text starts with, is Microsoft's name and sign-in
  // words and little else ("Microsoft 365", "Office 365 - Login", "Entrar na sua conta da
  // Microsoft"): the page presents itself as Microsoft's service. A page that names its own
  // business beside it ("Outlook Tips & Tricks – Members", "Migration services | Fabrikam IT")
  // or another brand first ("Roundcube Webmail: use Outlook or …") doesn't.
  const leading = claimedAt(text);
  const leadingClaim =
    leading >= 0 &&
    leading < LEADING_TEXT &&
    text.slice(0, leading).search(OTHER_BRAND_NAME) < 0 &&
    onlyNameAndSignIn(text.slice(0, LEADING_TEXT + 10), 2);
  const presentsAs = leadingClaim || (claimedAt(title) >= 0 && onlyNameAndSignIn(title, 0));
  // A title naming Microsoft only as what a product is for names it below.
  const titleName = nameIn(title.replace(FOR_MICROSOFT, ' '));
  const microsoftName: 0 | 1 | 2 =
    titleName || leadingClaim ? 2 : nameIn(suspect) || nameIn(alts) || drawnName ? 1 : 0;
  const plainHasName = MICROSOFT_NAME.test(plain) || MICROSOFT_NAME.test(plainText(alts));
  const otherBrands = new Set(words.match(OTHER_BRAND_NAME) ?? []).size;

  const imageFiles = snapshot.images.map((image) => image.file.toLowerCase());
  const allFiles = [...snapshot.assetFiles.map((f) => f.toLowerCase()), ...imageFiles];
  const colours = LOGO_COLOURS.filter((variants) => variants.some((c) => marks.has(c))).length;
  const microsoftLogo =
    LOGO_ALT.test(alts) ||
    imageFiles.some((file) => LOGO_FILE.test(file)) ||
    colours >= 3 ||
    marks.has('icon-font') ||
    // The logo found in a big picture's pixels (src/content/picture-logo.ts): a screenshot kit.
    marks.has(LOGO_PICTURE_MARK);
  const assetHosts = [
    ...snapshot.assetHosts,
    ...snapshot.images.map((image) => image.host),
    snapshot.favicon?.host ?? '',
  ];
  const assetFiles = [...allFiles, snapshot.favicon?.file ?? ''];
  const microsoftAssets =
    assetHosts.some((host) => MICROSOFT_SIGN_IN_ASSET_HOSTS.has(host.toLowerCase())) ||
    assetFiles.some((file) => file !== '' && ASSET_FILE.test(file.toLowerCase()));

  const screenshotLayout = hasScreenshotLayout(snapshot);

  const exfiltration = new Set<string>();
  // Where its form posts, what its own scripts name, and a mail relay whose script it loads
  // (`smtpjs.com/v3/smtp.js`, then called with what was typed). Only that host: pictures and
  // scripts from other services' hosts (a CDN, a Netlify site) send nothing.
  const destinations = [
    ...marks,
    ...snapshot.forms.map((f) => `${f.actionHost}${f.actionPath}`),
    ...snapshot.assetHosts.filter((host) => MAIL_RELAY_HOST.test(host.toLowerCase())),
  ];
  for (const destination of destinations) {
    for (const [pattern, service] of EXFILTRATION) {
      if (pattern.test(destination.toLowerCase())) exfiltration.add(service);
    }
  }
  const scriptBuilt =
    marks.has('document.write') &&
    (marks.has('unescape') || marks.has('atob') || marks.has('fromcharcode'));

  const adfsFields = countIn(ADFS_FORM_KEYS) >= 2;
  const adfs =
    countIn(ADFS_FIELD_NAMES) > 0 ||
    hasPhrase(words, 'sign in with your organizational account') ||
    hasPhrase(words, 'sign in with your organisational account');
  const postsToOwnAdfs = snapshot.forms.some(
    (f) => f.actionHost === '' && /^\/adfs\//i.test(f.actionPath),
  );
  // Exchange's own endpoints: OWA 2010+ (/owa/auth.owa and its other /owa/ pages, such as the
  // expired-password page), OWA 2007 and 2003 (owaauth.dll), ECP, and TMG/UAG in front of it.
  const postsToOwnOwa = snapshot.forms.some(
    (f) =>
      f.actionHost === '' &&
      /^\/owa\/(?:auth\.owa|auth\/[\w.]+\.(?:aspx|dll))$|^\/exchweb\/bin\/auth\/owaauth\.dll$|^\/ecp\/[\w./]*\.aspx$|^\/cookieauth\.dll$/i.test(
        f.actionPath,
      ),
  );
  // Remote Desktop Web Access shares OWA's logon form ("Domain\\user name", isUtf8, flags).
  const postsToOwnRdWeb = snapshot.forms.some(
    (f) => f.actionHost === '' && /^\/rdweb\/(?:pages\/[\w-]+\/)?login\.aspx$/i.test(f.actionPath),
  );

  // Azure MFA Server's user portal ("Multi-Factor Authentication User Log In", PhoneFactor's),
  // which organisations ran on their own servers under /MultiFactorAuth/.
  const postsToOwnMfaPortal = snapshot.forms.some(
    (f) => f.actionHost === '' && /^\/multifactorauth\/login\.aspx$/i.test(f.actionPath),
  );

  const owaPhrases = countPhrases(suspect, OWA_PHRASES);
  // Microsoft's field ids also count where only the page's script writes the form.
  const microsoftFieldCount =
    countIn(MICROSOFT_FIELD_NAMES) || (marks.has('microsoft-field-id') ? 1 : 0);
  // Mail services offered as choices, a Microsoft one among them, beside a "shared document":
  // with a lure's own line, under a Microsoft file service's name in the title ("OneDrive - See
  // your files"), or with "choose your email provider" on a page of a few lines (a help page
  // about setting up mail on a phone says that too, at more length). Never on a page that says
  // it connects, imports or sets up a mailbox.
  const choices = new Set(
    [...`${suspect} | ${alts}`.matchAll(MAIL_PROVIDER)].map((m) => m[0].replace(/ /g, '')),
  );
  const lureLines = countPhrases(suspect, LURE_PHRASES);
  const chooserLines = countPhrases(suspect, CHOOSER_PHRASES);
  const documentWord = DOCUMENT_WORD.test(suspect);
  // A choice of mail, not of identity: another company's mail among them (Yahoo, AOL, "Other
  // mail"), where a real sign-in page offers Google, Microsoft and Apple accounts.
  const otherMail = [...choices].some((choice) => !MICROSOFT_MAIL_PROVIDER.test(choice));
  // A Microsoft file service's name in the title names the document by itself.
  const providerChooser =
    [...choices].some((choice) => MICROSOFT_MAIL_PROVIDER.test(choice)) &&
    !MAILBOX_SETUP.test(words) &&
    ((titleName && choices.size >= 3 && otherMail) ||
      (documentWord &&
        ((choices.size >= 2 && otherMail && lureLines > 0) ||
          (titleName && chooserLines > 0) ||
          (chooserLines > 0 && snapshot.textLength < CHOOSER_TEXT))));
  return {
    hasPassword,
    identifier,
    notSignInForm,
    microsoftFields: microsoftFieldCount ? microsoftFieldCount + countIn(SHARED_FIELD_NAMES) : 0,
    owaFields: countIn(OWA_FIELD_NAMES),
    flowPhrases: countPhrases(suspect, MICROSOFT_FLOW_PHRASES),
    microsoftOnlyPhrases: countPhrases(suspect, MICROSOFT_ONLY_PHRASES),
    microsoftFooter: MICROSOFT_FOOTER_PAIRS.some(
      ([terms, privacy]) => hasPhrase(words, terms) && hasPhrase(words, privacy),
    ),
    accountPhrase: countPhrases(suspect, MICROSOFT_ACCOUNT_PHRASES) > 0,
    signInPhrases: countPhrases(suspect, SIGN_IN_PHRASES),
    owaPhrases,
    owaLogon:
      countIn(OWA_FIELD_NAMES) >= 2 ||
      marks.has('owa-theme') ||
      /\\(?:user ?name|benutzername|nom d'utilisateur|nombre de usuario|nome (?:de )?usuario|nome utente|gebruikersnaam)/.test(
        words,
      ) ||
      // Its words beside Microsoft's name in the title (not a heading: another site's page may
      // open with "Sign up for weekly Outlook tips").
      (owaPhrases > 0 && (titleName || countPhrases(title, OWA_PHRASES) > 0)),
    lurePhrases: lureLines + (documentWord ? chooserLines : 0),
    alertPhrases: countPhrases(suspect, ALERT_PHRASES),
    providerChooser,
    microsoftName,
    presentsAsMicrosoft: presentsAs,
    officeApp: OFFICE_APP_NAME.test(suspect),
    otherBrands,
    microsoftLogo,
    microsoftFileNames: assetFiles.some((file) => MICROSOFT_FILE.test(file)),
    microsoftPlaceholder: samplePlaceholders.length > 0,
    microsoftAssets,
    savedFromMicrosoft: marks.has('saved-from-microsoft'),
    signInWithMicrosoft:
      SIGN_IN_WITH_MICROSOFT.test(words) ||
      SAME_CREDENTIALS_AS_MICROSOFT.test(words) ||
      marks.has('microsoft-button'),
    // "sorneone@example.com": r and n side by side pass for an m.
    disguisedText:
      (microsoftName > 0 && !plainHasName && !nameIn(alts)) ||
      samplePlaceholders.some((p) => p.startsWith('sorn')),
    identityHostText: IDENTITY_HOST_TEXT.test(suspect),
    screenshotLayout,
    exfiltration: [...exfiltration],
    scriptBuilt,
    busyPage: snapshot.textLength > BUSY_TEXT || (snapshot.links ?? 0) > BUSY_LINKS,
    signInTitle: countPhrases(title, SIGN_IN_PHRASES) > 0 || ACCOUNT_TITLE.test(title),
    microsoftFontStack: marks.has('microsoft-font-stack'),
    ownSiteLogin: snapshot.forms.some(
      (f) => f.actionHost === '' && OWN_SITE_LOGIN.test(f.actionPath),
    ),
    adfs,
    adfsFields,
    postsToOwnAdfs,
    postsToOwnOwa,
    postsToOwnRdWeb,
    postsToOwnMfaPortal,
  };
}
