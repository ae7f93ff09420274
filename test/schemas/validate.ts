// One strict ajv for the schema tests, set up the way the product validates files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule.default;

export const SCHEMA_NAMES = ['cqc', 'people', 'action', 'evidence', 'framework'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export function schemaPath(name: SchemaName): string {
  return fileURLToPath(new URL(`../../schemas/${name}.schema.json`, import.meta.url));
}

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaPath(name), 'utf8')) as Record<string, unknown>;
}

export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}

const ajv = strictAjv();
const validators = new Map<SchemaName, ValidateFunction>();

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (validate === undefined) {
    validate = ajv.compile(loadSchema(name));
    validators.set(name, validate);
  }
  return validate;
}

/** The errors for `data` against a schema; an empty list when it is valid. */
export function errorsOf(name: SchemaName, data: unknown): ErrorObject[] {
  const validate = validatorFor(name);
  return validate(data) ? [] : [...(validate.errors ?? [])];
}

/** A fixture YAML file from test/schemas/fixtures, parsed the way cqc parses repo files. */
export function fixture(file: string): Record<string, unknown> {
  const text = readFileSync(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)), 'utf8');
  return parse(text) as Record<string, unknown>;
}

/** A deep copy of `data` with the value at `path` (e.g. ['closure', 'decided_by']) replaced or deleted. */
export function changed(data: unknown, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(data) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/** "keyword at /instance/path" for each error, for compact assertions. */
export function summary(errors: ErrorObject[]): string[] {
  return errors.map((e) => `${e.keyword} at ${e.instancePath || '/'}`);
}
