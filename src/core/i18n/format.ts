/** `{name}` placeholders: letters, digits and underscores, no spaces. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export type Params = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders. A placeholder without a value is left as it is, so a mistake
 * shows instead of silently vanishing (the catalog tests catch it first).
 */
export function format(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The distinct placeholder names of a template, sorted. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) names.add(match[1] as string);
  return [...names].sort();
}
