import { z } from 'zod';
import { PAGE_SNAPSHOT_LIMITS } from './page-snapshot-limits';

/**
 * A small, serialisable picture of a page for content checks. It never holds what anyone typed:
 * form fields are described by their attributes only. The content script builds it
 * (`src/content/page-snapshot.ts`); the background validates it with `PageSnapshotSchema`.
 */
export { PAGE_SNAPSHOT_LIMITS, type PageSnapshotLimits } from './page-snapshot-limits';

const L = PAGE_SNAPSHOT_LIMITS;
const short = z.string().max(L.string);

export const SnapshotFieldSchema = z.object({
  tag: z.enum(['input', 'select', 'textarea']),
  type: short,
  name: short,
  id: short,
  autocomplete: short,
  placeholder: short,
  ariaLabel: short,
  /** Hidden from the person (by attribute or style): it counts as asked for, never as an excuse. */
  hidden: z.boolean().optional(),
});

export const SnapshotFormSchema = z.object({
  /** Host the form posts to; '' when it posts back to the page's own address. */
  actionHost: short,
  actionPath: short,
  method: short,
});

export const SnapshotImageSchema = z.object({
  alt: short,
  host: short,
  file: short,
});

export const PageSnapshotSchema = z.object({
  title: short,
  fields: z.array(SnapshotFieldSchema).max(L.fields),
  forms: z.array(SnapshotFormSchema).max(L.forms),
  images: z.array(SnapshotImageSchema).max(L.images),
  favicon: SnapshotImageSchema.nullable(),
  /** The first visible text of the page, whitespace collapsed. */
  text: z.string().max(L.text),
  /** Text the page hides (a kit's later steps): counted as suspect, never as an excuse. */
  hiddenText: z.string().max(L.text).optional(),
  /** How much visible text the page has in all (capped at `countedText`). */
  textLength: z.number().int().min(0),
  /** Hosts that scripts, stylesheets and images load from. */
  assetHosts: z.array(short).max(L.assetHosts),
  /** File names of those scripts, stylesheets and images. */
  assetFiles: z.array(short).max(L.assetFiles),
  /** How many links the page has: articles and forums have many, sign-in cards a few. */
  links: z.number().int().min(0).optional(),
  /**
   * Fixed words found in the page's inline scripts and styles (`src/content/page-marks.ts`):
   * where its scripts send data, script-built markup, Microsoft's logo colours, an icon font.
   */
  marks: z.array(z.string().max(40)).max(L.marks).optional(),
  /** Screenshot-kit layout: elements with a background picture, input boxes placed over it. */
  look: z
    .object({
      backgrounds: z.number().int().min(0),
      placedInputs: z.number().int().min(0),
    })
    .optional(),
});

export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
export type SnapshotField = z.infer<typeof SnapshotFieldSchema>;
export type SnapshotForm = z.infer<typeof SnapshotFormSchema>;
export type SnapshotImage = z.infer<typeof SnapshotImageSchema>;
