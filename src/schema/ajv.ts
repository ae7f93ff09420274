// How cqc configures ajv, shared by run-time compilation and the ahead-of-time build. Loaded with
// require, and only when needed, so a run that uses the precompiled validators never loads ajv's compiler.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

export interface CqcAjv {
  compile(schema: object): ValidateFunction;
  addSchema(schema: object): unknown;
}

export function createAjv(source: boolean): CqcAjv {
  const require = createRequire(import.meta.url);
  const { Ajv2020 } = require('ajv/dist/2020') as { Ajv2020: new (opts: object) => CqcAjv };
  const addFormats = require('ajv-formats') as (ajv: CqcAjv) => CqcAjv;
  return addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { source, lines: false } }));
}
