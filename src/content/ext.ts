/**
 * The extension APIs a content script uses, without webextension-polyfill: Chrome's MV3 `chrome.*`
 * and Firefox's `browser.*` both return promises for these calls, and leaving the polyfill out
 * keeps about 4 KB (gzipped) out of every page Account Helper runs on.
 */
export interface ContentApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: { addListener(listener: (message: unknown) => void): void };
  };
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

/**
 * The browser's own extension namespace: `browser` where the browser defines one for content
 * scripts, else `chrome`. Where it defines none (older Chrome and Edge), `browser` would be whatever
 * the page names so: `<div id="browser">` or `<form id="browser"><input name="runtime" id="x">`
 * are visible in every world. The browser's own namespaces are own properties of the script's
 * global object; a page's named elements never are (they sit on the window's prototype chain).
 */
export function extensionNamespace(scope: object = globalThis): unknown {
  const { browser, chrome } = scope as { browser?: unknown; chrome?: unknown };
  return Object.hasOwn(scope, 'browser') && hasRuntimeId(browser) ? browser : chrome;
}

function hasRuntimeId(api: unknown): boolean {
  const runtime = (api as { runtime?: { id?: unknown } } | null | undefined)?.runtime;
  return typeof runtime?.id === 'string' && runtime.id !== '';
}

export function contentApi(): ContentApi {
  return extensionNamespace() as ContentApi;
}
