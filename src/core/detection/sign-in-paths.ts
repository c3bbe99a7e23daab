/**
 * Paths only Microsoft's identity service serves: the `.srf` endpoints and the multi-tenant
 * OAuth, SAML and WS-Federation endpoints. On any other host they are a copy's address (tested
 * against the lower-cased path).
 */
export const STRONG_SIGN_IN_PATH =
  /(?:^|\/)(?:login|logout|post|oauth20_authorize|oauth20_remoteconnect|getcredentialtype)\.srf(?:\/|$)|^\/(?:common|organizations|consumers)\/(?:oauth2\/(?:v2\.0\/)?(?:authorize|deviceauth)|saml2|wsfed|sas\/)/;
/** Shorter Microsoft sign-in paths, also used by other sites now and then. */
export const WEAK_SIGN_IN_PATH = /^\/(?:common\/(?:login|reprocess)|kmsi)\/?$/;
