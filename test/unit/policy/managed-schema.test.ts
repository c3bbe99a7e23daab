import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { POLICY_ENTRIES, POLICY_ENTRY_NAMES, parsePolicy } from '../../../src/core/policy';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(ROOT + path, 'utf8');
const json = (path: string) => JSON.parse(read(path));

interface SchemaNode {
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  [keyword: string]: unknown;
}

/** Keywords Chrome's policy schema accepts (components/policy/core/common/schema.cc). */
const CHROME_KEYWORDS = new Set([
  'type',
  'title',
  'description',
  'properties',
  'items',
  'additionalProperties',
  'patternProperties',
  'required',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'id',
  '$ref',
  'sensitiveValue',
]);

function keywordsOf(node: SchemaNode): string[] {
  const here = Object.keys(node);
  const below = [
    ...Object.values(node.properties ?? {}).flatMap(keywordsOf),
    ...(node.items ? keywordsOf(node.items) : []),
  ];
  return [...here, ...below];
}

describe('the managed schema (public/managed-schema.json)', () => {
  const schema = json('public/managed-schema.json') as SchemaNode;

  it('declares exactly the entries the extension reads, with the same types', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...POLICY_ENTRY_NAMES].sort());
    for (const name of POLICY_ENTRY_NAMES) {
      const declared = schema.properties?.[name] as SchemaNode;
      const expected = z.toJSONSchema(POLICY_ENTRIES[name]) as SchemaNode;
      expect(declared.type, name).toBe(expected.type);
      expect(declared.items?.type, name).toBe(expected.items?.type);
      expect(declared.title, name).toBeTruthy();
      expect(declared.description, name).toBeTruthy();
    }
  });

  it('uses only keywords Chrome understands', () => {
    const unknown = keywordsOf(schema).filter((keyword) => !CHROME_KEYWORDS.has(keyword));
    expect(unknown).toEqual([]);
  });

  it('is named in the Chrome manifest', () => {
    expect(read('wxt.config.ts')).toContain("storage: { managed_schema: 'managed-schema.json' }");
  });
});

describe('the example policies (examples/policies)', () => {
  const geckoId = /const GECKO_ID = '([^']+)'/.exec(read('wxt.config.ts'))?.[1];

  it('Chrome: 3rdparty.extensions.<extension id>, every entry understood', () => {
    const extensions = json('examples/policies/chrome-policy.json')['3rdparty'].extensions;
    expect(Object.keys(extensions)).toEqual(['EXTENSION_ID']);
    const policy = parsePolicy(extensions.EXTENSION_ID);
    expect(policy).toMatchObject({ managed: true, ignored: [] });
    expect(Object.keys(extensions.EXTENSION_ID).sort()).toEqual([...POLICY_ENTRY_NAMES].sort());
  });

  it('Firefox: policies.3rdparty.Extensions.<add-on ID>, every entry understood', () => {
    expect(geckoId).toBe('account-helper@account-helper.org');
    const extensions = json('examples/policies/firefox-policies.json').policies['3rdparty']
      .Extensions;
    expect(Object.keys(extensions)).toEqual([geckoId]);
    const policy = parsePolicy(extensions[geckoId as string]);
    expect(policy).toMatchObject({ managed: true, ignored: [] });
    expect(Object.keys(extensions[geckoId as string]).sort()).toEqual(
      [...POLICY_ENTRY_NAMES].sort(),
    );
  });

  it('the documentation explains every entry', () => {
    const doc = read('docs/managed-deployment.md');
    for (const name of POLICY_ENTRY_NAMES) expect(doc, name).toContain(`\`${name}\``);
    expect(doc).toContain('examples/policies/chrome-policy.json');
    expect(doc).toContain('examples/policies/firefox-policies.json');
  });
});
