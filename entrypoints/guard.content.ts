import { defineContentScript } from 'wxt/utils/define-content-script';
import { hasCredentialForm } from '../src/content/credential-form';
import { handleLookalike } from '../src/content/lookalike';
import { runContentScript } from '../src/content/main';
import { buildPageSnapshot } from '../src/content/page-snapshot';

/**
 * Registered at run time on every site, only while the user grants the lookalike guard. Only a
 * page that asks for credentials gets the content check: that is what a cloned sign-in page needs.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main: () =>
    runContentScript({
      snapshotPage: (doc) => (hasCredentialForm(doc) ? buildPageSnapshot(doc) : undefined),
      onLookalike: handleLookalike,
    }),
});
