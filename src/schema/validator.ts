// One set of validators for the whole run. `npm run build` compiles the published schemas in
// schemas/ ahead of time into dist/schema/validators.cjs (ajv standalone code), which saves
// ~250 ms of schema compilation at every start and in every worker; without it (running the
// TypeScript sources, as the tests do) the same schemas are compiled here on first use.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { createAjv, type CqcAjv } from './ajv.js';
import { problemsBeyondSchema } from './beyond-schema.js';
import { schemaProblems, type SchemaProblem } from './messages.js';

export const SCHEMA_NAMES = ['cqc', 'people', 'action', 'evidence', 'framework'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
const PRECOMPILED = new URL('./validators.cjs', import.meta.url);

export function schemaText(name: SchemaName): string {
  return readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8');
}

const schemas = new Map<SchemaName, object>();
export function schemaOf(name: SchemaName): object {
  let s = schemas.get(name);
  if (!s) schemas.set(name, (s = JSON.parse(schemaText(name)) as object));
  return s;
}

type Validators = Record<SchemaName, ValidateFunction>;
let validators: Partial<Validators> | undefined;

function validatorFor(name: SchemaName): ValidateFunction {
  validators ??= existsSync(PRECOMPILED) ? (createRequire(import.meta.url)(fileURLToPath(PRECOMPILED)) as Validators) : {};
  let fn = validators[name];
  if (!fn) {
    fn = compileAtRuntime(name);
    validators[name] = fn;
  }
  return fn;
}

let runtimeAjv: CqcAjv | undefined;
function compileAtRuntime(name: SchemaName): ValidateFunction {
  runtimeAjv ??= createAjv(false);
  return runtimeAjv.compile(schemaOf(name));
}

/** Every violation of the named schema in `data` (empty when valid). */
export function validate(name: SchemaName, data: unknown): ErrorObject[] {
  const fn = validatorFor(name);
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

/**
 * The plain-English problems of `data` against the named schema, and against the few checks the
 * schema cannot express (src/schema/beyond-schema.ts), which reach users the same way.
 */
export function problemsOf(name: SchemaName, data: unknown): SchemaProblem[] {
  const errors = validate(name, data);
  const problems = errors.length ? schemaProblems(errors, data, schemaOf(name)) : [];
  return [...problems, ...problemsBeyondSchema(name, data)];
}
