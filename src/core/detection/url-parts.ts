/** Parsing helpers shared by the URL checks. Pure: relies only on the WHATWG `URL` global. */

export interface WebUrl {
  readonly url: URL;
  /** Lowercase, IDNA (punycode) form, without a trailing dot. */
  readonly host: string;
  readonly https: boolean;
  /** True when an explicit, non-default port is present. */
  readonly customPort: boolean;
  /** `user:pass` part, lowercased and percent-decoded where possible; '' when absent. */
  readonly userinfo: string;
  /** Lowercased, percent-decoded pathname. */
  readonly path: string;
}

/** Parses an http(s) URL; returns null for anything else or for input `URL` can't read. */
export function parseWebUrl(input: string): WebUrl | null {
  if (typeof input !== 'string' || input.length === 0 || input.length > 16_384) return null;
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  const https = url.protocol === 'https:';
  if (!https && url.protocol !== 'http:') return null;
  let host = url.hostname;
  while (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0) return null;
  const rawUserinfo = url.username + (url.password ? `:${url.password}` : '');
  return {
    url,
    host,
    https,
    customPort: url.port !== '',
    userinfo: safeDecode(rawUserinfo).toLowerCase(),
    path: safeDecode(url.pathname).toLowerCase(),
  };
}

function safeDecode(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
