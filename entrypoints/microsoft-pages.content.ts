import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGuidance } from '../src/content/guidance/mount';
import { runContentScript } from '../src/content/main';

/**
 * Runs on Microsoft's own sign-in and account hosts: marks the page and shows the guidance panel
 * for its kind. It starts at document_start so that its questions to the background travel while
 * the page loads, and the panel can show right after DOMContentLoaded. Its `matches` are filled
 * in from the host registry at build time (wxt.config.ts), so the registry's data stays out of
 * this script.
 */
export default defineContentScript({
  matches: ['https://login.live.com/*'],
  runAt: 'document_start',
  main: () => runContentScript({ onMicrosoftPage: startGuidance() }),
});
