/**
 * The extension APIs a content script uses, without webextension-polyfill: Chrome's MV3 `chrome.*`
 * and Firefox's `browser.*` both return promises for these calls, and leaving the polyfill out
 * keeps about 4 KB (gzipped) out of every page Account Helper runs on.
 */
export interface ContentApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; getURL(path: string): string };
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

export function contentApi(): ContentApi {
  const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi };
  return (scope.browser ?? scope.chrome) as ContentApi;
}
