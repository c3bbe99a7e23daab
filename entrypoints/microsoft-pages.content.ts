import { defineContentScript } from 'wxt/utils/define-content-script';
import { runContentScript } from '../src/content/main';

/**
 * Runs on Microsoft's own sign-in and account hosts. Its `matches` are filled in from the host
 * registry at build time (wxt.config.ts), so the registry's data stays out of this script.
 */
export default defineContentScript({
  matches: ['https://login.live.com/*'],
  runAt: 'document_idle',
  main: () => runContentScript(),
});
