/**
 * What the content script reads of a Microsoft page to tell which step it shows: the visible
 * form fields (attributes and labels, never a value) and the visible landmarks Microsoft's own
 * pages and test tooling name (`data-testid` values, and a few element ids). The step detectors
 * (sign-up-steps.ts, sign-in-steps.ts, reset-steps.ts) read only this, so they are plain
 * functions the unit tests run on the fixtures' structure.
 *
 * Microsoft serves two generations of these pages: the knockout-based "converged" pages (ids
 * such as i0116, i0118, idSIButton9, KmsiCheckboxField, idTxtBx_SAOTCC_OTC,
 * idRichContext_DisplaySign) and the React/Fluent pages that replaced them on login.live.com and
 * signup.live.com in 2024-2025 (`data-testid` such as usernameEntry, passwordEntry, codeEntry,
 * kmsiVideo, biometricVideo, displaySign, tile; Fluent comboboxes such as BirthMonthDropdown).
 * test/fixtures/sites/SOURCES.md says where that was learned.
 */
export interface FieldInfo {
  /** input, select, textarea, iframe, or button (a Fluent combobox: role="combobox"). */
  tag: string;
  type: string;
  name: string;
  id: string;
  autocomplete: string;
  /** The field's label, aria-label, placeholder or (iframes) title, as shown. */
  label: string;
}

export interface PageClues {
  fields: readonly FieldInfo[];
  /**
   * Visible landmarks, lower case: `testid:<data-testid>` and `id:<id>` for the ids in
   * MARKER_IDS.
   */
  markers: readonly string[];
  /**
   * Security-info pages: how many visible buttons or links remove a way to sign in ("Remove",
   * "Delete", in the page's language).
   */
  removeControls?: number;
}

/** Ids of the converged pages that mark a step without being a form field. */
export const MARKER_IDS = [
  'idRichContext_DisplaySign',
  'KmsiCheckboxField',
  'idDiv_SAOTCS_Proofs',
  'idDiv_SAOTCAS_Title',
  'idA_PWD_SwitchToFido',
  'idA_PWD_SwitchToCredPicker',
  'signInAnotherWay',
  'enforcementFrame',
] as const;

export const NO_CLUES: PageClues = { fields: [], markers: [] };

export function hasMarker(clues: PageClues, ...markers: string[]): boolean {
  return markers.some((marker) => clues.markers.includes(marker.toLowerCase()));
}

/** The words of a control that removes a sign-in method, in the languages Account Helper speaks. */
export const REMOVE_WORDS = /^\s*(remove|delete|entfernen|löschen|supprimer|quitar|eliminar)\b/i;

/** Lower-cased `name id` of a field, for matching. */
export function namesOf(field: FieldInfo): string {
  return `${field.name} ${field.id}`.toLowerCase();
}

export function isCodeField(field: FieldInfo): boolean {
  const names = namesOf(field);
  const label = field.label.toLowerCase();
  return (
    field.tag === 'input' &&
    (/one-time-code/.test(field.autocomplete) ||
      /\botc\b|_otc|otc_|codeentry|verificationcode|iott|verifycode|(^|[^a-z])code/.test(names) ||
      /verification|security code|enter (the )?code|code digit/.test(label))
  );
}

export function isPuzzleFrame(field: FieldInfo): boolean {
  return (
    field.tag === 'iframe' &&
    /captcha|enforcement|challenge|verif|hip|hsprotect|arkose|human/.test(
      `${namesOf(field)} ${field.label.toLowerCase()}`,
    )
  );
}

export function isPasswordField(field: FieldInfo): boolean {
  return field.type === 'password';
}

export function isAddressInput(field: FieldInfo): boolean {
  const names = namesOf(field);
  return (
    field.tag === 'input' &&
    (field.type === 'email' ||
      /\b(email|username)\b/.test(field.autocomplete) ||
      /loginfmt|membername|usernameentry|e-?mail|signinname|username/.test(names))
  );
}

/** The first step (in `order`) whose test passes, or null. */
export function firstMatch<Step extends string>(
  order: readonly Step[],
  tests: Readonly<Record<Step, (clues: PageClues) => boolean>>,
  clues: PageClues,
): Step | null {
  for (const step of order) if (tests[step](clues)) return step;
  return null;
}
