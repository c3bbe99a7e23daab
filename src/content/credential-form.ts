import { openShadowRoots } from './open-shadow-roots';

/**
 * Whether the page asks for something a phishing copy would want: a password, a one-time code or
 * an email / username. Only such pages are worth the content check; the rest are left alone.
 */
const CREDENTIAL_FIELDS = [
  'input[type="password"]',
  'input[type="email"]',
  'input[autocomplete~="username"]',
  'input[autocomplete~="current-password"]',
  'input[autocomplete~="one-time-code"]',
  'input[name="loginfmt"]',
  'input[name="passwd"]',
  // Kits often use plain text boxes for the address ("email", "login_email", "username").
  'input[name*="mail" i]',
  'input[name*="user" i]',
].join(',');

/** Also inside open shadow roots (a bounded walk: `open-shadow-roots.ts`). */
export function hasCredentialForm(doc: Document): boolean {
  return (
    doc.querySelector(CREDENTIAL_FIELDS) !== null ||
    openShadowRoots(doc).some((root) => root.querySelector(CREDENTIAL_FIELDS) !== null)
  );
}
