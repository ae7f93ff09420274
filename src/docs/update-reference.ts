// `npm run docs`: rewrite the generated tables of docs/reference.md from the code (rules, fields,
// quality statements). Run it after adding a rule or changing a schema; the test says when.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withGeneratedSections } from './reference-tables.js';

const file = fileURLToPath(new URL('../../docs/reference.md', import.meta.url));
writeFileSync(file, withGeneratedSections(readFileSync(file, 'utf8')));
