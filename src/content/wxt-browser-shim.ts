import { extensionNamespace } from './ext';

/**
 * What `wxt/browser` resolves to in content-script builds (see wxt.config.ts): the browser's own
 * `browser` (Firefox) or `chrome` (Chromium) object, as WXT exports it without the polyfill, picked
 * so no page element can stand in for it (ext.ts). WXT's content-script wrapper only reads
 * `runtime.id` from it, and our content code uses `ext.ts`, so the 4 KB (gzipped)
 * webextension-polyfill stays out of the pages Account Helper runs on.
 */
export const browser = extensionNamespace() as { runtime: { id: string } };
