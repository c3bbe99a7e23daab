import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { GENUINE_MATCH_PATTERNS } from './src/core/detection/match-patterns';
import { GUARD_ORIGINS } from './src/core/permissions';

const GECKO_ID = 'account-helper@account-helper.org';
/**
 * The oldest browsers Account Helper runs in. Firefox 142: the built-in data consent
 * (`data_collection_permissions`) came in Firefox 140 on desktop and 142 on Android. Chrome and
 * Edge 111: the APIs need 103 (`storage.session` and `optional_host_permissions` came in 102,
 * `AbortSignal.timeout` in 103), and the bundles are built for 111 (Vite's "widely available"
 * baseline, made explicit in `vite` below) so no syntax they use is newer than the minimum.
 */
const MIN_FIREFOX = 142;
const MIN_CHROME = 111;
/** Where e2e builds send the account lookup: a local fake (src/background/account-lookup.ts). */
const E2E_LOOKUP_PATTERN = 'http://127.0.0.1:47613/*';
/** The scripts that run in web pages (entrypoints/guard.ts, entrypoints/microsoft-pages.ts). */
const CONTENT_SCRIPTS = ['guard', 'guard-check', 'microsoft-pages'];
const MICROSOFT_PAGES_SCRIPT = 'microsoft-pages.js';
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
    // The content script on Microsoft's hosts is an unlisted script (entrypoints/microsoft-pages.ts
    // says why), declared here with the host registry's patterns.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        {
          matches: [...GENUINE_MATCH_PATTERNS],
          js: [MICROSOFT_PAGES_SCRIPT],
          run_at: 'document_start',
        },
      ];
    },
    // Content scripts get `wxt/browser` without webextension-polyfill (src/content/ext.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => CONTENT_SCRIPTS.includes(entry.name))) return;
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
  vite: () => ({
    build: { target: [`chrome${MIN_CHROME}`, `edge${MIN_CHROME}`, `firefox${MIN_FIREFOX}`] },
  }),
  // The Firefox sources zip, which Mozilla's reviewers rebuild the add-on from, is an allowlist:
  // what the build needs and its steps (README.md, "Store packages and building from source").
  // `npm run zip` checks every zip afterwards (scripts/check-package.ts).
  zip: {
    includeSources: [
      'package.json',
      'package-lock.json',
      '.puppeteerrc.cjs',
      'wxt.config.ts',
      'tsconfig.json',
      'biome.json',
      'README.md',
      'PRIVACY.md',
      'assets/**',
      'entrypoints/**',
      'modules/**',
      'public/**',
      'scripts/**',
      'src/**',
    ],
    excludeSources: ['**/*'],
  },
  // `--mode e2e` builds the same extension with the guard's permission granted at install, for
  // headless Chromium, which can't answer a permission prompt.
  manifest: ({ browser, mode }) => ({
    name: 'Account Helper',
    // At most 132 characters (the Chrome Web Store's limit); the same as package.json's.
    description:
      'Spot genuine Microsoft sign-in pages and lookalikes, see if you already have a Microsoft account, and keep recovery info current.',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'notifications'],
    // The same hosts the content script runs on: lets the worker read those tabs' addresses.
    host_permissions:
      mode === 'e2e'
        ? [...GENUINE_MATCH_PATTERNS, ...GUARD_ORIGINS, E2E_LOOKUP_PATTERN]
        : [...GENUINE_MATCH_PATTERNS],
    optional_host_permissions: mode === 'e2e' ? [] : GUARD_ORIGINS,
    // The guidance panel shows the person's addresses in this page, in an iframe on Microsoft's
    // pages only, out of their scripts' reach (src/ui/panel-accounts/private-accounts.ts).
    web_accessible_resources: [
      { resources: ['panel-accounts.html'], matches: [...GENUINE_MATCH_PATTERNS] },
    ],
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: String(MIN_CHROME) }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: `${MIN_FIREFOX}.0`,
              // Mozilla counts anything sent out of the browser as data transmission, and an email
              // address as personally identifying information, which never qualifies for implicit
              // consent. "Ask Microsoft" sends the typed address, only on a click, and everything
              // else works without it: so nothing is required, and `personallyIdentifyingInfo` is
              // optional, asked for on that click (src/ui/account-check/lookup-consent.ts).
              data_collection_permissions: {
                required: ['none'],
                optional: ['personallyIdentifyingInfo'],
              },
            },
          },
        }
      : // Chrome and Edge read an organisation's policy against this schema (docs/managed-deployment.md);
        // Firefox reads `3rdparty.Extensions` from its enterprise policies without one.
        { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
