#!/usr/bin/env node
// The floor under a check: the records listed, read, parsed (js-yaml, core schema) and validated with
// the precompiled ajv validators, plainly, on one thread; nothing else. `node bench/lib/floor.js <repo>`.
// Timed beside git's own history pass (see run.js), it is what no check of the records can go below.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = process.argv[2];
const require = createRequire(import.meta.url);
const jsyaml = require('js-yaml');
const validators = require(fileURLToPath(new URL('../../dist/schema/validators.cjs', import.meta.url)));

/** Every `.yaml` file under `dir`, recursively (the records' folders hold nothing else that matters). */
function yamlFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...yamlFiles(path));
    else if (e.name.endsWith('.yaml')) out.push(path);
  }
  return out;
}

const byLocation = readFileSync(join(root, 'cqc.yaml'), 'utf8').includes('layout: by-location');
const bases = byLocation ? readdirSync(join(root, 'locations')).map((l) => join(root, 'locations', l)) : [root];
let invalid = 0;
for (const base of bases) {
  for (const [kind, folder] of [['action', 'actions'], ['evidence', 'evidence']]) {
    for (const path of yamlFiles(join(base, folder))) {
      if (!validators[kind](jsyaml.load(readFileSync(path, 'utf8'), { schema: jsyaml.CORE_SCHEMA }))) invalid += 1;
    }
  }
}
process.stdout.write(`${invalid}\n`);
