/**
 * The request Microsoft's own sign-in page sends when you type your address and press Next.
 * Plain data, so the background can hand it straight to fetch(url, init).
 */
export const CREDENTIAL_TYPE_URL =
  'https://login.microsoftonline.com/common/GetCredentialType?mkt=en-US';

export interface CredentialTypeRequestInit {
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  /** Never send the person's Microsoft cookies: the answer must not depend on who is signed in. */
  credentials: 'omit';
  cache: 'no-store';
  referrerPolicy: 'no-referrer';
}

export interface CredentialTypeRequest {
  url: string;
  init: CredentialTypeRequestInit;
}

/** `username` should be the normalised address (or phone) from parseAddress. */
export function buildCredentialTypeRequest(username: string): CredentialTypeRequest {
  return {
    url: CREDENTIAL_TYPE_URL,
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=UTF-8', Accept: 'application/json' },
      body: JSON.stringify({
        username,
        isOtherIdpSupported: true,
        checkPhones: false,
        isRemoteNGCSupported: true,
        isCookieBannerShown: false,
        isFidoSupported: true,
        originalRequest: '',
        flowToken: '',
      }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    },
  };
}
