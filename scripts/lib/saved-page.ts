import { parseHTML } from 'linkedom';
import { buildPageSnapshot } from '../../src/content/page-snapshot';
import { analysePage, type Classification } from '../../src/core/detection';
import { withScriptWrittenHtml } from './written-html';

/** Classifies a saved page served at `url`, as the guard would in a browser (see written-html). */
export function analyseSavedPage(url: string, html: string): Classification {
  const { document } = parseHTML(withScriptWrittenHtml(html));
  return analysePage(url, buildPageSnapshot(document as unknown as Document, {}, url));
}
