// The yardstick: ajv-cli validating the same action and evidence files against our schemas.
//
// Why a schema variant rather than JSON copies of the data: ajv-cli reads .yaml with js-yaml
// (YAML 1.1), which turns an unquoted `2026-10-20` into a Date object, so our schemas' date
// strings would fail on every file and ajv-cli would spend its time printing errors. Converting
// the data to JSON once, outside the timing, would remove YAML parsing from ajv-cli's side while
// cqc must still parse YAML: an unfairly cheap baseline. So ajv-cli reads the very same YAML
// files, and gets schemas whose date nodes also accept an object (the Date); every other check,
// including the date format on strings, stays as published.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { timeCommand } from './measure.js';

function acceptDateObjects(node) {
  if (Array.isArray(node)) return node.map(acceptDateObjects);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) copy[key] = acceptDateObjects(value);
  if ((copy.format === 'date' || copy.format === 'date-time') && copy.type === 'string') copy.type = ['string', 'object'];
  return copy;
}

/** Write the date-tolerant copies of every schema in `schemasDir` to `outDir`; returns outDir. */
export function writeAjvSchemas(schemasDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(schemasDir).filter((file) => file.endsWith('.json'))) {
    const schema = JSON.parse(readFileSync(join(schemasDir, name), 'utf8'));
    writeFileSync(join(outDir, name), `${JSON.stringify(acceptDateObjects(schema), null, 2)}\n`);
  }
  return outDir;
}

/** Other schemas a schema needs loaded (-r) when it refers outside itself. */
function referencedSchemas(schemaDir, name) {
  const text = readFileSync(join(schemaDir, name), 'utf8');
  if (!/"\$ref"\s*:\s*"[^#]/.test(text)) return [];
  return readdirSync(schemaDir).filter((file) => file.endsWith('.json') && file !== name).flatMap((file) => ['-r', join(schemaDir, file)]);
}

/**
 * One ajv-cli pass over a repo: actions then evidence, each its own process (ajv-cli takes one
 * schema per run). Returns { ms, ok, error, invalid } where invalid counts files ajv rejected.
 */
export function runAjv({ ajvBin, schemaDir, repoDir, cwd, layout = 'by-location' }) {
  const base = layout === 'flat' ? [repoDir] : [repoDir, 'locations', '*'];
  const passes = [
    ['action.schema.json', join(...base, 'actions', '*.yaml')],
    ['evidence.schema.json', join(...base, 'evidence', '*', '*.yaml')],
  ];
  let ms = 0;
  let invalid = 0;
  for (const [schema, data] of passes) {
    const args = ['validate', '--spec=draft2020', '-c', 'ajv-formats', '--strict=false',
      '-s', resolve(schemaDir, schema), ...referencedSchemas(schemaDir, schema), '-d', data];
    // stdout carries one "<file> valid" line per file: discarded, as a CI log would be.
    const result = timeCommand(ajvBin, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    ms += result.ms;
    invalid += (result.stderr.match(/ invalid$/gm) ?? []).length;
    // Exit 1 just means some files are invalid (the repo has planted mistakes); anything else is a failure.
    if (result.status !== 0 && result.status !== 1) return { ms, ok: false, invalid, error: result.stderr.slice(0, 2000) };
    if (result.status === 1 && invalid === 0) return { ms, ok: false, invalid, error: result.stderr.slice(0, 2000) };
  }
  return { ms, ok: true, invalid };
}
