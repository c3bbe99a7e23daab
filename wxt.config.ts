import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { GENUINE_MATCH_PATTERNS } from './src/core/detection/match-patterns';
import { GUARD_ORIGINS } from './src/core/permissions';

const GECKO_ID = 'account-helper@account-helper.org';
/** Where e2e builds send the account lookup: a local fake (src/background/account-lookup.ts). */
const E2E_LOOKUP_PATTERN = 'http://127.0.0.1:47613/*';
const CONTENT_BROWSER_SHIM = fileURLToPath(
  new URL('./src/content/wxt-browser-shim.ts', import.meta.url),
);

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: '.output',
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        if (script.js?.includes('content-scripts/microsoft-pages.js')) {
          script.matches = [...GENUINE_MATCH_PATTERNS];
        }
      }
    },
    // Content scripts get `wxt/browser` without webextension-polyfill (src/content/ext.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      const shim = { find: /^wxt\/browser$/, replacement: CONTENT_BROWSER_SHIM };
      const alias = config.resolve?.alias;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? [shim, ...alias]
          : { ...alias, 'wxt/browser': CONTENT_BROWSER_SHIM },
      };
    },
  },
  zip: {
    excludeSources: ['.scratch/**', '.test-results/**', 'test/e2e/.artifacts/**'],
  },
  // `--mode e2e` builds the same extension with the guard's permission granted at install, for
  // headless Chromium, which can't answer a permission prompt.
  manifest: ({ browser, mode }) => ({
    name: 'Account Helper',
    description:
      'Spot genuine Microsoft sign-in pages and lookalikes, check whether you already have a Microsoft account, and keep your recovery info current.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // The same hosts the content script runs on: lets the worker read those tabs' addresses.
    host_permissions:
      mode === 'e2e'
        ? [...GENUINE_MATCH_PATTERNS, ...GUARD_ORIGINS, E2E_LOOKUP_PATTERN]
        : [...GENUINE_MATCH_PATTERNS],
    optional_host_permissions: mode === 'e2e' ? [] : GUARD_ORIGINS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : // Chrome and Edge read an organisation's policy against this schema (docs/managed-deployment.md);
        // Firefox reads `3rdparty.Extensions` from its enterprise policies without one.
        { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
