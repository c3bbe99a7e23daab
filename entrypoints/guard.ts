import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { hasCredentialForm } from '../src/content/credential-form';
import { isTopFrame, isWebPage, onFrameLookalike, reportFrame } from '../src/content/guard-frames';
import { handleFrameLookalike, handleLookalike } from '../src/content/lookalike';
import { runContentScript } from '../src/content/main';
import { buildPageSnapshot } from '../src/content/page-snapshot';

/**
 * The lookalike guard's content script, registered at run time on every site only while the user
 * grants the guard (src/background/guard-script.ts). Only a page that asks for credentials gets the
 * content check: that is what a cloned sign-in page needs.
 *
 * An unlisted script rather than WXT's content-script entrypoint: WXT's wrapper announces itself to
 * every page (a `window.postMessage` carrying the extension's id, and a document event it listens
 * for), which would tell any site that Account Helper is installed, and it costs about 1 KB gzipped.
 */
export default defineUnlistedScript(() => {
  const snapshotPage = (doc: Document) =>
    hasCredentialForm(doc) ? buildPageSnapshot(doc) : undefined;
  // Frames report a form to the background, which warns on the top page (guard-frames.ts).
  if (!isTopFrame()) return reportFrame(snapshotPage(document));
  if (!isWebPage()) return;
  onFrameLookalike(handleFrameLookalike);
  return runContentScript({
    snapshotPage,
    snapshotOnRequest: (doc) => buildPageSnapshot(doc),
    onLookalike: handleLookalike,
  });
});
