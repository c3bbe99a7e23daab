/** Bounds of the walk through a page's open shadow roots: huge pages stay cheap. */
const MAX_ELEMENTS = 20_000;
const MAX_ROOTS = 64;

/**
 * The page's open shadow roots, nested ones included, in document order of their hosts. A form
 * inside one is invisible to `document.querySelector`; closed roots stay out of reach (and are
 * not needed: a phishing page gains nothing from hiding its form from itself).
 */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const scopes: ParentNode[] = [doc];
  let seen = 0;
  for (let i = 0; i < scopes.length && roots.length < MAX_ROOTS && seen < MAX_ELEMENTS; i++) {
    const elements = (scopes[i] as ParentNode).querySelectorAll('*');
    for (let j = 0; j < elements.length && seen < MAX_ELEMENTS; j++, seen++) {
      const root = (elements[j] as Element).shadowRoot;
      if (!root) continue;
      roots.push(root);
      scopes.push(root);
      if (roots.length >= MAX_ROOTS) break;
    }
  }
  return roots;
}

/** `querySelectorAll` over the document and its open shadow roots. */
export function queryAllDeep(doc: Document, selector: string, roots = openShadowRoots(doc)) {
  const found: Element[] = Array.from(doc.querySelectorAll(selector));
  for (const root of roots) found.push(...Array.from(root.querySelectorAll(selector)));
  return found;
}
