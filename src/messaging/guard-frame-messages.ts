/**
 * Between the background and the guard in a tab's top frame, outside the router (the background
 * sends to a content script): one definition for both sides.
 */

/** What the background tells a tab's top frame when one of its frames holds a lookalike form. */
export const FRAME_LOOKALIKE = 'guard/frame-lookalike';

/**
 * Where the top frame's guard offers to start listening for FRAME_LOOKALIKE: a function on the
 * global of the extension's own content-script world, which no page script can reach. The
 * background calls it through `scripting.executeScript` (background/frame-report.ts).
 */
export const FRAME_LISTEN_HOOK = 'accountHelperListenForFrames';

/**
 * Where the rest of the guard (entrypoints/guard-check.ts), once the background has injected it
 * into a frame, offers the first look (entrypoints/guard.ts) to take over: a function on the
 * global of the extension's own content-script world, which no page script can reach.
 */
export const GUARD_CHECK_HOOK = 'accountHelperGuardCheck';
