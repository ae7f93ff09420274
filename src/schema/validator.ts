// One ajv instance for the whole run, compiling the published schemas in schemas/ once.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const SCHEMA_NAMES = ['cqc', 'people', 'action', 'evidence', 'framework'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

export function schemaText(name: SchemaName): string {
  return readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8');
}

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validatorFor(name: SchemaName): ValidateFunction {
  let fn = compiled.get(name);
  if (!fn) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true }));
    fn = ajv.compile(JSON.parse(schemaText(name)) as object);
    compiled.set(name, fn);
  }
  return fn;
}

/** Every violation of the named schema in `data` (empty when valid). */
export function validate(name: SchemaName, data: unknown): ErrorObject[] {
  const fn = validatorFor(name);
  return fn(data) ? [] : [...(fn.errors ?? [])];
}
