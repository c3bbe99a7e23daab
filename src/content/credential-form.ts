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
 * an email / username (FIELD_BOXES); a screenshot kit's bare text box in a form that posts
 * (POSTED_TEXT_BOXES). The first is written as one `input:is(…)`: the same as a list of
 * `input[…]` selectors, which Chromium tries one by one on every element (13 ms a look on a page
 * of 8,000 elements, against 0.5 ms).
 */
const FIELD_BOXES = `input:is(${credentialAttributes()})`;
const POSTED_TEXT_BOXES = 'form[method="post" i] input:is(:not([type]), [type="text" i])';
const CREDENTIAL_FIELDS = `${FIELD_BOXES}, ${POSTED_TEXT_BOXES}`;

/**
 * Each part asked on its own: Chromium answers a list of selectors more slowly than its parts one
 * by one (on a page of 1,500 elements just changed, about 110 µs for the list of these three,
 * against 50 µs for the three queries). Each finds nothing on an ordinary page, so the script
 * wraps no element (the first wrapper of a kind costs the page about half a millisecond).
 */
function hasFields(root: ParentNode): boolean {
  return root.querySelector(FIELD_BOXES) !== null || root.querySelector(POSTED_TEXT_BOXES) !== null;
}

function credentialAttributes(): string {
  let list =
    '[type="password"],[type="email"],[autocomplete~="username"],' +
    '[autocomplete~="current-password"],[autocomplete~="one-time-code"],[placeholder*="@"]';
  // Loops, not callbacks: this runs on every page, and each function it calls is compiled for it.
  for (const word of FIELD_WORDS) {
    for (const attr of ['name', 'id', 'placeholder', 'aria-label'])
      list += `,[${attr}*="${word}" i]`;
  }
  return list;
}

/**
 * Elements an ordinary page's text sits in; a kit's empty shell has none (a heading it may have),
 * and its form may all hide in an open shadow root.
 */
const EMPTY_SHELL = 'html:not(:has(p, li, td, a, label, article))';
/** What the first query found: nothing, a credential field, or an empty shell to walk. */
export type FirstLook = 'none' | 'fields' | 'shell';

export function firstLook(doc: Document, shell = true): FirstLook {
  if (hasFields(doc)) return 'fields';
  return shell && doc.querySelector(EMPTY_SHELL) !== null ? 'shell' : 'none';
}

/** An empty shell's open shadow roots are walked at most this often (a walk wraps every element). */
const MAX_SHELL_WALKS = 20;

/**
 * `firstLook` for a page that is looked at again and again while it is watched: an empty shell is
 * answered as one (to walk) at most MAX_SHELL_WALKS times, then only its light DOM is asked.
 */
export function boundedFirstLook(doc: Document): () => FirstLook {
  let walks = 0;
  return () => {
    const found = firstLook(doc, walks < MAX_SHELL_WALKS);
    if (found === 'shell') walks++;
    return found;
  };
}

/** Also inside open shadow roots (a bounded walk: `open-shadow-roots.ts`). */
export function hasCredentialForm(doc: Document): boolean {
  return hasFields(doc) || openShadowRoots(doc).some(hasFields);
}

/**
 * The page's credential fields in brief ('' for none), to tell when a single-page kit swaps its
 * email step for a password step without navigating. With `deep`, open shadow roots too.
 */
export function credentialFields(doc: Document, deep: boolean): string {
  let fields = '';
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
 * A `focusin` and `input` listener that calls `found` when a credential field gets focus, before
 * anything is typed, and as it is typed into (never reading what); `inShadow` when it sits in an
 * open shadow root. The guard walks shadow roots only where
 * a hidden form is plausible (the walk is costly on every page), and watches a page for its first
 * 10 s only, so a form hidden in a shadow root amid ordinary text, or one added later (a provider
 * chooser's pop-up opened after a minute), is caught here; so is a form added to a frame, which
 * isn't watched.
 */
export function credentialFieldListener(
  found: (inShadow: boolean) => void,
): (event: Event) => void {
  return (event) => {
    // Focus events leave a shadow root retargeted to its host; the path still starts at the field.
    const field = event.composedPath()[0] as Element | undefined;
    if (typeof field?.matches === 'function' && field.matches(CREDENTIAL_FIELDS)) {
      found(field !== event.target);
    }
  };
}
