import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pageIdle } from '../src/content/dom-ready';
import type { GuardCheck } from '../src/content/guard-check-loader';
import {
  checkFrameForms,
  listenForFrameLookalikes,
  newToJudge,
  reportFrame,
  startListening,
} from '../src/content/guard-frames';
import { guardPage } from '../src/content/guard-watch';
import { handleFrameLookalike, handleLookalike } from '../src/content/lookalike';
import { runContentScript } from '../src/content/main';
import { addressOf } from '../src/content/microsoft-address';
import { buildPageSnapshot } from '../src/content/page-snapshot';
import { snapshotWithPictures } from '../src/content/picture-logo';
import { GUARD_CHECK_HOOK } from '../src/messaging/guard-frame-messages';

/**
 * The rest of the lookalike guard, which the background injects into a frame when the guard's
 * first look (entrypoints/guard.ts) asks for it: the page's snapshot, its report, the warning.
 * Only pages that ask for credentials, or whose address alone may be a lookalike's, load it. It
 * defines its hooks in the extension's own script world, once per frame, and starts nothing by
 * itself: the first look hands the page over (GUARD_CHECK_HOOK), or the background asks the top
 * page to show a frame's lookalike (FRAME_LISTEN_HOOK).
 */
export default defineUnlistedScript(() => {
  const global = globalThis as unknown as Record<string, unknown>;
  if (global[GUARD_CHECK_HOOK]) return;
  let started = false;
  // Later calls: a credential field got focus (the first look's listener, which no page can stop).
  let focused: GuardCheck = () => {};
  const check: GuardCheck = (inShadow) => {
    if (started) return focused(inShadow);
    started = true;
    focused = window === window.top ? checkTopPage(inShadow) : checkFrame();
  };
  global[GUARD_CHECK_HOOK] = check;
  if (window === window.top) listenForFrameLookalikes(handleFrameLookalike);
});

/**
 * A frame reports its form to the background, which warns on the top page (guard-frames.ts), and
 * reports again, if it changed, when a credential field gets focus or input or comes with a new
 * document. The snapshot walks open shadow roots, so a form seen only through a focused field in
 * one is in it too.
 */
function checkFrame(): GuardCheck {
  const isNew = newToJudge();
  return checkFrameForms(document, () => {
    const snapshot = buildPageSnapshot(document);
    if (isNew(document.URL, snapshot)) reportFrame(snapshot);
  });
}

function checkTopPage(inShadow: boolean): GuardCheck {
  const isNew = newToJudge();
  return guardPage(
    document,
    addressOf(document.URL),
    async (hasForm) => {
      await pageIdle(document);
      // Without a form it is the address that is judged; the page goes with it, which can clear a
      // suspect address (a library's documentation on a free site named for a Microsoft product).
      const snapshot = hasForm ? await snapshotWithPictures(document) : buildPageSnapshot(document);
      if (!isNew(document.URL, snapshot)) return false;
      startListening(handleFrameLookalike);
      let marked = false;
      await runContentScript({
        snapshotPage: () => snapshot,
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
    },
    inShadow,
  );
}
