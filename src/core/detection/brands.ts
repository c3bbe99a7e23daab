import { skeleton } from './confusables';

/**
 * Microsoft brand names as they appear in lookalike host names.
 * `distinctive` names are rarely anything but Microsoft's; `common` ones are ordinary words
 * (live, office, outlook…) that only count together with other evidence.
 */
export interface Brand {
  readonly name: string;
  readonly skeleton: string;
  readonly distinctive: boolean;
  /** How many edits still count as a misspelling of it (0: only look-alike characters). */
  readonly maxTypos: number;
  /** Whether it is also searched for inside longer words ("microsoftlogin"). */
  readonly matchInsideWords: boolean;
}

function brand(
  name: string,
  distinctive: boolean,
  maxTypos: number,
  matchInsideWords = distinctive,
): Brand {
  return { name, skeleton: skeleton(name), distinctive, maxTypos, matchInsideWords };
}

export const BRANDS: readonly Brand[] = [
  brand('microsoftonline', true, 2),
  brand('microsoft365', true, 0),
  brand('microsoft', true, 1),
  brand('office365', true, 0),
  brand('outlook365', true, 0),
  brand('hotmail', true, 1),
  brand('onedrive', true, 1),
  brand('sharepoint', true, 1),
  brand('windowslive', true, 1),
  brand('msonline', true, 0),
  brand('msftauth', true, 0),
  brand('msauth', true, 0),
  brand('aadcdn', true, 0),
  brand('skype', true, 0),
  brand('xbox', true, 0),
  brand('msft', true, 0),
  brand('o365', true, 0, false),
  brand('m365', true, 0, false),
  brand('msn', true, 0, false),
  brand('outlook', false, 1),
  brand('office', false, 0),
  brand('live', false, 0),
  brand('windows', false, 0),
  brand('azure', false, 0),
  brand('teams', false, 0),
  brand('bing', false, 0),
];

/** Words phishing hosts pair with a brand: strong ones are about signing in itself. */
const STRONG_SIGN_IN_WORDS: readonly string[] = [
  'login',
  'logon',
  'signin',
  'signon',
  'verify',
  'verification',
  'validate',
  'validation',
  'auth',
  'authenticate',
  'authentication',
  'password',
  'passwd',
  'recovery',
  'recover',
  'reset',
  'unlock',
  'mfa',
  '2fa',
  'sso',
  'webmail',
  'mailbox',
  'owa',
  'suspend',
  'suspended',
  // The same in the languages Microsoft's pages speak most (phishing hosts are localised too).
  'anmelden',
  'anmeldung',
  'kennwort',
  'passwort',
  'connexion',
  'motdepasse',
  'verifier',
  'verifizierung',
  'verificar',
  'verificacion',
  'verificacao',
  'contrasena',
  'senha',
  'accedi',
  'aanmelden',
  'inloggen',
  'wachtwoord',
];

/**
 * Weaker words, including the lures of file-sharing and invoice phishing: they only count next to
 * a distinctive brand ("microsoft-support", "onedrive-sharedfiles") or on free hosting.
 */
const WEAK_SIGN_IN_WORDS: readonly string[] = [
  'share',
  'shared',
  'file',
  'files',
  'docs',
  'document',
  'documents',
  'invoice',
  'voicemail',
  'fax',
  'meeting',
  'inbox',
  'mail',
  'message',
  'docusign',
  'wetransfer',
  'dropbox',
  'adobe',
  'pdf',
  'sign',
  'secure',
  'security',
  'account',
  'accounts',
  'support',
  'helpdesk',
  'update',
  'confirm',
  'alert',
  'billing',
  'portal',
  'session',
  'access',
  'online',
  // de, fr, es, pt, it, nl
  'konto',
  'sicherheit',
  'postfach',
  'dokument',
  'dokumente',
  'compte',
  'securite',
  'messagerie',
  'fichier',
  'cuenta',
  'seguridad',
  'correo',
  'acceso',
  'documento',
  'conta',
  'seguranca',
  'acesso',
  'sicurezza',
  'accesso',
  'beveiliging',
  'rekening',
];

const STRONG_SET: ReadonlySet<string> = new Set(STRONG_SIGN_IN_WORDS);
const WEAK_SET: ReadonlySet<string> = new Set(WEAK_SIGN_IN_WORDS);
const AFFIX_WORDS = [...STRONG_SIGN_IN_WORDS, ...WEAK_SIGN_IN_WORDS].filter((w) => w.length >= 5);

export type SignInWordStrength = 'strong' | 'weak' | null;

/**
 * How strongly a host token reads as sign-in vocabulary: whole words ("verify"), or longer tokens
 * starting or ending with one ("loginverify", "securelogin").
 */
export function signInWordStrength(token: string): SignInWordStrength {
  if (STRONG_SET.has(token)) return 'strong';
  if (WEAK_SET.has(token)) return 'weak';
  let found: SignInWordStrength = null;
  for (const word of AFFIX_WORDS) {
    // The rest must be a word of its own: "loginverify", not "signing" or "logins".
    if (token.length >= word.length + 2 && (token.startsWith(word) || token.endsWith(word))) {
      if (STRONG_SET.has(word)) return 'strong';
      found = 'weak';
    }
  }
  return found;
}
