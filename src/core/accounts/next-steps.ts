/**
 * Where a person can go next, as links to Microsoft's own pages. Pure: no browser APIs.
 *
 * Every URL points to a host Microsoft runs for its accounts, and carries only parameters that
 * Microsoft's own pages or tools are seen to use. The evidence, per link:
 *
 * - login.live.com/login.srf?username=…  Microsoft's realm discovery (GetUserRealm, as printed by
 *   AADInternals' Get-AADIntLoginInformation for an outlook.com address) answers with this very
 *   URL, `username` set to the address, as the place a personal account signs in. Also used bare
 *   by many public sign-in scripts to pre-fill the address.
 * - login.microsoftonline.com/?login_hint=…  `login_hint` is the documented OpenID Connect and
 *   Microsoft identity platform parameter that pre-fills the sign-in name; the host's root with
 *   only `login_hint` is what public tools (e.g. EWS PowerShell helpers) open to start a work or
 *   school sign-in. The page also hands personal accounts over to login.live.com.
 * - signup.live.com/signup?lic=1  The sign-up link Microsoft's own documentation (Azure and Graph
 *   tutorials) gives for "sign up for a new personal Microsoft account"; it offers to use an
 *   existing email address. We don't pass the address: no sign-up parameter for it is attested.
 * - outlook.live.com/owa/?nlp=1&signup=1  The "Create free account" link on Outlook.com's own
 *   home page; it opens signup.live.com's flow for a new @outlook.com address. We found no
 *   signup.live.com parameter for "new address" that we could confirm, so we use Outlook's.
 * - account.live.com/password/reset  The "Forgot password?" page of personal accounts. No
 *   pre-fill parameter is attested, so the person types the address there.
 * - passwordreset.microsoftonline.com/?username=…  The "Can't access your account?" link on
 *   Microsoft's work or school sign-in page has this form, with the typed sign-in name.
 * - account.live.com/proofs/manage and mysignins.microsoft.com/security-info  The security info
 *   pages ("Manage how you sign in", "Security info") where passkeys, the Authenticator app and
 *   recovery email and phone are listed; the guidance panel links to the same pages. No
 *   parameter: the person is asked to sign in there.
 */

export const NEXT_STEP_HOSTS = [
  'login.live.com',
  'login.microsoftonline.com',
  'signup.live.com',
  'outlook.live.com',
  'account.live.com',
  'passwordreset.microsoftonline.com',
  'mysignins.microsoft.com',
] as const;

export type SignInKind = 'personal' | 'work-school';

function withQuery(base: string, query: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

/** Microsoft's sign-in page with the address already typed in. */
export function signInUrl(kind: SignInKind, address: string): string {
  return kind === 'personal'
    ? withQuery('https://login.live.com/login.srf', { username: address })
    : withQuery('https://login.microsoftonline.com/', { login_hint: address });
}

/** Create a personal Microsoft account with an address you already have. */
export function createAccountUrl(): string {
  return 'https://signup.live.com/signup?lic=1';
}

/** Create a personal Microsoft account with a new @outlook.com address. */
export function newOutlookAddressUrl(): string {
  return 'https://outlook.live.com/owa/?nlp=1&signup=1';
}

/** Reset the password or recover the account. */
export function recoverUrl(kind: SignInKind, address: string): string {
  return kind === 'personal'
    ? 'https://account.live.com/password/reset'
    : withQuery('https://passwordreset.microsoftonline.com/', { username: address });
}

/** Review the passkeys and sign-in methods of an account that exists. */
export function reviewSignInMethodsUrl(kind: SignInKind): string {
  return kind === 'personal'
    ? 'https://account.live.com/proofs/manage'
    : 'https://mysignins.microsoft.com/security-info';
}

export const NEXT_STEP_IDS = [
  'sign-in-personal',
  'sign-in-work-school',
  'sign-in',
  'recover-personal',
  'recover-work-school',
  'review-personal',
  'review-work-school',
  'create-account',
  'new-outlook-address',
  'add-to-accounts',
] as const;
export type NextStepId = (typeof NEXT_STEP_IDS)[number];

export interface NextStep {
  id: NextStepId;
  /** A Microsoft page to open in a new tab; absent for `add-to-accounts`, which is an action. */
  url?: string;
}

/** What we know about the address when choosing next steps. */
export interface NextStepSituation {
  /** Normalised email address or phone number. */
  address: string;
  isEmail: boolean;
  /**
   * `none`: Microsoft said no account uses the address. `unknown`: it may be either kind, or
   * none yet.
   */
  kind: 'personal' | 'work-school' | 'both' | 'unknown' | 'none';
  /** Already in the person's list of accounts. */
  listed: boolean;
}

/**
 * The steps worth offering, most useful first. Accounts can only be listed by email address
 * (the accounts store keys on it), so `add-to-accounts` is offered for emails only.
 */
export function nextStepsFor(situation: NextStepSituation): NextStep[] {
  const { address, isEmail, kind } = situation;
  const steps: NextStep[] = [];
  const signIn = (k: SignInKind): NextStep => ({
    id: k === 'personal' ? 'sign-in-personal' : 'sign-in-work-school',
    url: signInUrl(k, address),
  });
  const recover = (k: SignInKind): NextStep => ({
    id: k === 'personal' ? 'recover-personal' : 'recover-work-school',
    url: recoverUrl(k, address),
  });
  const review = (k: SignInKind): NextStep => ({
    id: k === 'personal' ? 'review-personal' : 'review-work-school',
    url: reviewSignInMethodsUrl(k),
  });
  const create: NextStep = { id: 'create-account', url: createAccountUrl() };
  const newOutlook: NextStep = { id: 'new-outlook-address', url: newOutlookAddressUrl() };

  switch (kind) {
    case 'personal':
      steps.push(signIn('personal'), recover('personal'), review('personal'));
      break;
    case 'work-school':
      steps.push(signIn('work-school'), recover('work-school'), review('work-school'));
      break;
    case 'both':
      steps.push(signIn('personal'), signIn('work-school'));
      break;
    case 'unknown':
      // Phone numbers sign in to personal accounts; for an email, Microsoft's common sign-in
      // page tells the two kinds apart itself.
      steps.push(
        isEmail ? { id: 'sign-in', url: signInUrl('work-school', address) } : signIn('personal'),
        create,
        newOutlook,
      );
      break;
    case 'none':
      steps.push(create, newOutlook);
      break;
  }
  if (isEmail && !situation.listed && kind !== 'none') steps.push({ id: 'add-to-accounts' });
  return steps;
}

/** True when the URL is https on one of NEXT_STEP_HOSTS (a guard for tests and the UI). */
export function isMicrosoftNextStepUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      parsed.port === '' &&
      (NEXT_STEP_HOSTS as readonly string[]).includes(parsed.hostname)
    );
  } catch {
    return false;
  }
}
