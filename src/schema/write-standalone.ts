// Build step (`npm run build`): compile the published schemas into standalone validator code so
// no run pays for schema compilation. The output sits beside validator.js in dist/schema/.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createAjv } from './ajv.js';
import { SCHEMA_NAMES, schemaOf } from './validator.js';

const require = createRequire(import.meta.url);
const standalone = (require('ajv/dist/standalone') as { default: (ajv: unknown, refs: Record<string, string>) => string }).default;

const ajv = createAjv(true);
const refs: Record<string, string> = {};
for (const name of SCHEMA_NAMES) {
  const schema = schemaOf(name) as { $id: string };
  ajv.addSchema(schema);
  refs[name] = schema.$id;
}
writeFileSync(new URL('./validators.cjs', import.meta.url), standalone(ajv, refs));
