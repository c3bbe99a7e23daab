/** Bounds of a page snapshot. Kept apart from the zod schema so the content script stays small. */
export const PAGE_SNAPSHOT_LIMITS = {
  fields: 60,
  forms: 20,
  images: 40,
  assetHosts: 40,
  assetFiles: 60,
  text: 2_000,
  /** Kit marks found in the page's own code (`src/content/page-marks.ts`). */
  marks: 24,
  /** Longest kept attribute, title or file name. */
  string: 200,
  /** Visible text is counted up to here, so huge pages stay cheap. */
  countedText: 100_000,
} as const;

export type PageSnapshotLimits = { -readonly [K in keyof typeof PAGE_SNAPSHOT_LIMITS]: number };
