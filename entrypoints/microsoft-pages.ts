import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountGuidance } from '../src/content/guidance/mount';
import { runContentScript } from '../src/content/main';

/**
 * Runs on Microsoft's own sign-in and account hosts: marks the page and shows the guidance panel
 * for its kind. It starts at document_start so that its one question to the background (the page
 * report, with the panel's text) travels while the page loads, and the panel can show right after
 * DOMContentLoaded. Declared in the manifest by
 * wxt.config.ts, with `matches` from the host registry, so the registry's data stays out of this
 * script; an unlisted script for the reason given in guard.ts.
 */
export default defineUnlistedScript(() =>
  runContentScript({ askGuidance: true, onMicrosoftPage: mountGuidance }),
);
