// Every published schema must compile under strict ajv and follow the house conventions:
// closed objects with x- extensions, and hover help on every property.
import { describe, expect, it } from 'vitest';
import { SCHEMA_NAMES, loadSchema, strictAjv } from './validate.js';

type Node = Record<string, unknown>;

/** Every sub-schema of `schema`, each with a JSON-pointer-ish location for failure messages. */
function subSchemas(schema: unknown, at = '#'): { at: string; node: Node }[] {
  if (typeof schema !== 'object' || schema === null) return [];
  if (Array.isArray(schema)) return schema.flatMap((s, i) => subSchemas(s, `${at}/${i}`));
  const node = schema as Node;
  const found = [{ at, node }];
  for (const key of ['properties', '$defs', 'patternProperties']) {
    for (const [name, sub] of Object.entries((node[key] ?? {}) as Node)) found.push(...subSchemas(sub, `${at}/${key}/${name}`));
  }
  for (const key of ['items', 'oneOf', 'anyOf', 'allOf']) if (key in node) found.push(...subSchemas(node[key], `${at}/${key}`));
  return found;
}

function resolveLocal(root: Node, node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const name = ref.replace('#/$defs/', '');
  return ((root.$defs as Node)[name] ?? {}) as Node;
}

describe.each(SCHEMA_NAMES)('%s.schema.json', (name) => {
  const schema = loadSchema(name);

  it('compiles with strict ajv and formats', () => {
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });

  it('declares draft 2020-12, its published $id, a title and a description', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`https://cqc-tool.github.io/schemas/v1/${name}.schema.json`);
    expect(typeof schema.title).toBe('string');
    expect(String(schema.description).length).toBeGreaterThan(40);
  });

  it('closes every object and allows x- keys in each', () => {
    const objects = subSchemas(schema).filter(({ node }) => node.type === 'object');
    expect(objects.length).toBeGreaterThan(0);
    for (const { at, node } of objects) {
      expect(node.additionalProperties, at).toBe(false);
      expect(node.patternProperties, at).toEqual({ '^x-': {} });
    }
  });

  it('describes every property, directly or through its $ref', () => {
    let checked = 0;
    for (const { at, node } of subSchemas(schema)) {
      for (const [prop, sub] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
        const description = sub.description ?? resolveLocal(schema, sub).description;
        expect(typeof description, `${at}/properties/${prop}`).toBe('string');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });
});
