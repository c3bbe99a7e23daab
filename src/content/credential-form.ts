import { openShadowRoots, queryAllDeep } from './open-shadow-roots';

/**
 * What kits call or label an address or password box when it is a plain text box, in the
 * languages their copies of Microsoft's page come in ("Correo electrónico, teléfono o Skype").
 */
const FIELD_WORDS = [
  'mail',
  'correo',
  'skype',
  'phone',
  'telef',
  'user',
  'usuario',
  'login',
  'account',
  'pass',
  'konto',
  'compte',
  'cuenta',
];
/**
 * Whether the page asks for something a phishing copy would want: a password, a one-time code or
 * an email / username; a screenshot kit's bare text box in a form that posts. Written as one
 * `input:is(…)`: the same as a list of `input[…]` selectors, which Chromium tries one by one on
 * every element (13 ms a look on a page of 8,000 elements, against 0.5 ms).
 */
const CREDENTIAL_FIELDS = `input:is(${[
  '[type="password"]',
  '[type="email"]',
  '[autocomplete~="username"]',
  '[autocomplete~="current-password"]',
  '[autocomplete~="one-time-code"]',
  '[placeholder*="@"]',
  ...FIELD_WORDS.flatMap((word) =>
    ['name', 'id', 'placeholder', 'aria-label'].map((attr) => `[${attr}*="${word}" i]`),
  ),
].join(',')}), form[method="post" i] input:is(:not([type]), [type="text" i])`;

/**
 * With `deep`, also inside open shadow roots (a bounded walk: `open-shadow-roots.ts`). The walk
 * touches every element, so the guard takes it only where a hidden form is plausible.
 */
export function hasCredentialForm(doc: Document, deep = true): boolean {
  return (
    doc.querySelector(CREDENTIAL_FIELDS) !== null ||
    (deep && openShadowRoots(doc).some((root) => root.querySelector(CREDENTIAL_FIELDS) !== null))
  );
}

/**
 * The page's credential fields in brief ('' for none), to tell when a single-page kit swaps its
 * email step for a password step without navigating.
 */
export function credentialFields(doc: Document, deep = true): string {
  // Most pages have none: a single query that finds nothing creates no list for the script.
  if (!deep && doc.querySelector(CREDENTIAL_FIELDS) === null) return '';
  let fields = '';
  // Open shadow roots too (`deep`): a form hidden in one must not leave the page unreported.
  const found = deep
    ? queryAllDeep(doc, CREDENTIAL_FIELDS)
    : doc.querySelectorAll(CREDENTIAL_FIELDS);
  for (const field of found) {
    fields += `${field.getAttribute('type')}/${field.getAttribute('name')};`;
    if (fields.length > 300) break;
  }
  return fields;
}

/**
 * Calls `found` whenever a credential field gets focus, before anything is typed; `inShadow` when
 * it sits in an open shadow root. The guard walks shadow roots only where a hidden form is
 * plausible (the walk is costly on every page), and watches a page for its first 10 s only, so a
 * form hidden in a shadow root amid ordinary text, or one added later (a provider chooser's
 * pop-up opened after a minute), is caught here; so is a form added to a frame, which isn't watched.
 */
export function onCredentialFieldFocus(doc: Document, found: (inShadow: boolean) => void): void {
  doc.addEventListener(
    'focusin',
    (event) => {
      // Focus events leave a shadow root retargeted to its host; the path still starts at the field.
      const field = event.composedPath()[0] as Element | undefined;
      if (typeof field?.matches === 'function' && field.matches(CREDENTIAL_FIELDS)) {
        found(field !== event.target);
      }
    },
    true,
  );
}
