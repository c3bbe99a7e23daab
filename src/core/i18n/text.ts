import { format } from './format';

/** A value for a placeholder: text as it is, a number, or another message (said in its turn). */
export type RefValue = string | number | MessageRef;

/**
 * A sentence by catalog key and the values it needs. Core code that writes sentences for people
 * (detection reasons, account check answers, address problems…) keeps its English `message` for
 * the command-line tools and the tests, and adds this, so every page can say it in its language.
 */
export interface MessageRef {
  key: string;
  params?: Readonly<Record<string, RefValue>>;
}

export function ref(key: string, params?: Readonly<Record<string, RefValue>>): MessageRef {
  return params ? { key, params } : { key };
}

/**
 * Says a reference with `lookup` (a key's template in one language, or undefined when that
 * language has no such key): values that are messages are said first. Null when a key is unknown.
 */
export function sayRef(
  text: MessageRef,
  lookup: (key: string) => string | undefined,
): string | null {
  const template = lookup(text.key);
  if (template === undefined) return null;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params ?? {})) {
    if (typeof value === 'object') {
      const inner = sayRef(value, lookup);
      if (inner === null) return null;
      values[name] = inner;
    } else {
      values[name] = value;
    }
  }
  return format(template, values);
}

/** The English sentence, filled in from the English catalog, and its reference. */
export function said<Key extends string>(
  catalog: Readonly<Record<Key, string>>,
  key: Key,
  params?: Readonly<Record<string, RefValue>>,
): { message: string; text: MessageRef } {
  const text = ref(key, params);
  const lookup = (name: string) =>
    Object.hasOwn(catalog, name) ? catalog[name as Key] : undefined;
  return { message: sayRef(text, lookup) ?? catalog[key], text };
}
