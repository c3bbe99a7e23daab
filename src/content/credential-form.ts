import { openShadowRoots, queryAllDeep } from './open-shadow-roots';

/**
 * Whether the page asks for something a phishing copy would want: a password, a one-time code or
 * an email / username. Only such pages (and pages showing Microsoft's name) get the content check.
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

/**
 * The page's credential fields in brief ('' for none), to tell when a single-page kit swaps its
 * email step for a password step without navigating.
 */
export function credentialFields(doc: Document): string {
  let fields = '';
  // Open shadow roots too: a form hidden in one must not leave the page unreported.
  for (const field of queryAllDeep(doc, CREDENTIAL_FIELDS)) {
    fields += `${field.getAttribute('type')}/${field.getAttribute('name')};`;
    if (fields.length > 300) break;
  }
  return fields;
}
