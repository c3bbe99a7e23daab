/**
 * Puppeteer is only a test tool here: the end-to-end tests drive the system's /usr/bin/chromium
 * and /usr/bin/firefox-esr (test/e2e/support). This keeps `npm ci` / `npm install` from
 * downloading any browser (Chrome, chrome-headless-shell or Firefox), so installing works
 * offline and without PUPPETEER_SKIP_DOWNLOAD.
 * https://pptr.dev/guides/configuration
 */
/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: true,
  chrome: { skipDownload: true },
  'chrome-headless-shell': { skipDownload: true },
  firefox: { skipDownload: true },
};
