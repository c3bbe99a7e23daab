import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { hasCredentialForm, onCredentialFieldFocus } from '../src/content/credential-form';
import {
  isTopFrame,
  isWebPage,
  listenForFrameLookalikes,
  reportFrame,
  startListening,
} from '../src/content/guard-frames';
import { guardPage, mayHideForm } from '../src/content/guard-watch';
import { handleFrameLookalike, handleLookalike } from '../src/content/lookalike';
import { runContentScript } from '../src/content/main';
import { addressOf } from '../src/content/microsoft-address';
import { buildPageSnapshot } from '../src/content/page-snapshot';
import { snapshotWithPictures } from '../src/content/picture-logo';

const IDLE_TIMEOUT_MS = 100;

/**
 * The lookalike guard's content script, registered at run time on every site only while the user
 * grants the guard (src/background/guard-script.ts). Only a page that asks for credentials (now or
 * within its first 10 s), or whose address alone may be a lookalike's, is reported for the content
 * check (src/content/guard-watch.ts); the rest of the web never wakes the background.
 *
 * An unlisted script rather than WXT's content-script entrypoint: WXT's wrapper announces itself to
 * every page (a `window.postMessage` carrying the extension's id, and a document event it listens
 * for), which would tell any site that Account Helper is installed, and it costs about 1 KB gzipped.
 */
export default defineUnlistedScript(() => {
  // Frames report a form to the background, which warns on the top page (guard-frames.ts).
  if (!isTopFrame()) {
    if (hasCredentialForm(document, mayHideForm(document))) {
      return reportFrame(buildPageSnapshot(document));
    }
    let focused = false;
    return onCredentialFieldFocus(document, () => {
      if (!focused) void reportFrame(buildPageSnapshot(document));
      focused = true;
    });
  }
  if (!isWebPage()) return;
  listenForFrameLookalikes(handleFrameLookalike);
  const firstLook = () =>
    guardPage(document, addressOf(document.URL), async (hasForm) => {
      startListening(handleFrameLookalike);
      let marked = false;
      await runContentScript({
        // Without a form the address is all there is to judge (the background asks for the
        // snapshot if it wants one after all: shared content).
        snapshotPage: hasForm ? snapshotWithPictures : undefined,
        snapshotOnRequest: buildPageSnapshot,
        onLookalike: (marker, report) => {
          marked = true;
          handleLookalike(marker, report);
        },
        onMicrosoftPage: () => {
          marked = true;
        },
      });
      return marked;
    });
  // Before the load event, in the page's next idle moment (within IDLE_TIMEOUT_MS): the first look
  // never holds up the page's own work or its load event (touching the page at all sets up the
  // script's view of it, which may cost the page more than script time), and a form already there
  // is still warned about at once.
  if (document.readyState === 'complete') firstLook();
  else if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(firstLook, { timeout: IDLE_TIMEOUT_MS });
  } else setTimeout(firstLook, 0);
});
