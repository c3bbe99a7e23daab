import type { PageSnapshot } from './page-snapshot-schema';

/**
 * A screenshot kit's look: pictures with input boxes placed over them, and little text. Kept apart
 * from the page model so the guard's content script can ask it without bundling the model.
 */

/** Less visible text than this, with input boxes placed over pictures: a screenshot kit's look. */
const LITTLE_TEXT = 200;

/**
 * The mark a snapshot carries when the content script found Microsoft's logo in one of the
 * page's big pictures (src/content/picture-logo.ts); page-signals.ts counts it as the logo.
 */
export const LOGO_PICTURE_MARK = 'logo-picture';

export function hasScreenshotLayout(snapshot: PageSnapshot): boolean {
  const { look } = snapshot;
  return (
    look !== undefined &&
    look.backgrounds > 0 &&
    look.placedInputs > 0 &&
    snapshot.textLength < LITTLE_TEXT
  );
}
