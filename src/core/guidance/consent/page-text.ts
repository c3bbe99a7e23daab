/**
 * The words by which Account Helper recognises Microsoft's consent prompt and the device-code
 * confirmation step, in the languages it ships (Microsoft's page follows the person's language).
 * Pure string tests: the content script hands in the text of the page's headings and labels,
 * never what the person typed.
 *
 * Sources: Microsoft Entra's consent experience documentation ("Permissions requested", "Accept
 * for your organization", "unverified"), the personal-account prompt ("Let this app access your
 * info?", "… needs your permission to:"), and the device-code flow's "Are you trying to sign in
 * to …?" step as public automation scripts and write-ups of device-code phishing show it.
 */

function clean(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const CONSENT_TITLES: readonly RegExp[] = [
  /^permissions requested\b/i,
  /^let this app access your info\b/i,
  /^angeforderte berechtigungen\b/i,
  /^berechtigungen angefordert\b/i,
  /^autorisations demandées\b/i,
  /^permisos solicitados\b/i,
];

const ADMIN_LINES: readonly RegExp[] = [
  /\baccept for your organi[sz]ation\b/i,
  /\bfür ihre organisation (?:akzeptieren|zustimmen)\b/i,
  /\baccepter pour votre organisation\b/i,
  /\baceptar (?:en nombre de|para) (?:su|tu) organización\b/i,
];

/** A heading of Microsoft's consent prompt (user or admin). */
export function isConsentTitle(text: string): boolean {
  const line = clean(text);
  return line.length <= 200 && CONSENT_TITLES.some((pattern) => pattern.test(line));
}

/** The admin consent prompt's extra line ("Accept for your organization"). */
export function isAdminConsentLine(text: string): boolean {
  const line = clean(text);
  return line.length <= 200 && ADMIN_LINES.some((pattern) => pattern.test(line));
}

/** The personal-account prompt names the app in "Contoso needs your permission to:". */
const NEEDS_PERMISSION: readonly RegExp[] = [
  /^(.{1,120}?) needs your permission to:?$/i,
  /^(.{1,120}?) benötigt ihre berechtigung für:?$/i,
  /^(.{1,120}?) a besoin de votre autorisation pour\s?:?$/i,
  /^(.{1,120}?) necesita (?:su|tu) permiso para:?$/i,
];

export function appNameFromPermissionLine(text: string): string | null {
  const line = clean(text);
  for (const pattern of NEEDS_PERMISSION) {
    const name = pattern.exec(line)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

const UNVERIFIED: readonly RegExp[] = [
  /\bunverified\b/i,
  /\bnicht (?:überprüft|verifiziert)\b/i,
  /\bnon vérifié/i,
  /\bno (?:comprobado|verificado)\b/i,
];
const VERIFIED: RegExp = /\b(?:verified|überprüft|verifiziert|vérifié|comprobado|verificado)/i;

/** Text that says "unverified" (in the publisher's place on the prompt). */
export function saysUnverified(text: string): boolean {
  return UNVERIFIED.some((pattern) => pattern.test(clean(text)));
}

/** A badge's label that says "verified" (and not "unverified"). */
export function saysVerified(text: string): boolean {
  const line = clean(text);
  return !saysUnverified(line) && VERIFIED.test(line);
}

const TRYING_TO_SIGN_IN: readonly RegExp[] = [
  /^are you trying to sign in to (.{1,120}?)\s?\?$/i,
  /^versuchen sie,? sich bei (.{1,120}?) anzumelden\s?\?$/i,
  /^essayez-vous de vous connecter à (.{1,120}?)\s?\?$/i,
  /^¿?(?:está|estás) intentando iniciar sesión en (.{1,120}?)\s?\?$/i,
];

const TRYING_TO_SIGN_IN_UNNAMED: RegExp =
  /^(?:are you trying to sign in|versuchen sie,? sich anzumelden|essayez-vous de vous connecter|¿?(?:está|estás) intentando iniciar sesión)\s?\?$/i;

/**
 * The app named by the device-code step "Are you trying to sign in to …?": its name, '' when the
 * step names none, null on any other text.
 */
export function appOfDeviceConfirmation(text: string): string | null {
  const line = clean(text);
  if (line.length > 200) return null;
  if (TRYING_TO_SIGN_IN_UNNAMED.test(line)) return '';
  for (const pattern of TRYING_TO_SIGN_IN) {
    const name = pattern.exec(line)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

/** How the person reached this page, as far as the page's referrer tells. */
export type Arrival = 'link' | 'same-site' | 'unknown';

/**
 * `link` when another site sent the person here (the referrer is another host); `same-site` for
 * a step of the same flow; `unknown` when there is no referrer: the person typed the address, used
 * a bookmark, or came from a page or app that sends none (a desktop mail app, `rel=noreferrer`).
 * So `link` is a sure sign of a link, and its absence proves nothing.
 */
export function arrivalOf(referrer: string, pageHost: string): Arrival {
  if (!referrer) return 'unknown';
  try {
    return new URL(referrer).hostname === pageHost ? 'same-site' : 'link';
  } catch {
    return 'unknown';
  }
}
