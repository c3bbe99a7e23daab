import { type PageScheme, pageSchemeOf } from '../../core/guidance/page-scheme';

/** The page's own light or dark look, as it is drawn now. */
export function pageScheme(doc: Document): PageScheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  const elements = [doc.body, doc.documentElement].filter((el): el is HTMLElement => Boolean(el));
  const backgrounds = elements.map((el) => view.getComputedStyle(el).backgroundColor);
  const colorScheme = view.getComputedStyle(doc.documentElement).colorScheme ?? '';
  return pageSchemeOf(
    backgrounds,
    colorScheme,
    view.matchMedia('(prefers-color-scheme: dark)').matches,
  );
}
