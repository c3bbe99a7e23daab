import { defineWebExtConfig } from 'wxt';

// `npm start` opens a development browser with the extension loaded; use Debian's browsers.
export default defineWebExtConfig({
  binaries: {
    chrome: '/usr/bin/chromium',
    firefox: '/usr/bin/firefox-esr',
  },
});
