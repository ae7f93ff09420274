// Reads the bundled examples/ folder for the tests: every YAML file parsed, plus the raw text.
// Records are found through the layout cqc.yaml sets (examples/ keeps one folder per home).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Action, Config, Evidence, Person } from '../../src/model.js';
import { findExamplesDir, readExampleFiles } from '../../src/demo/example-files.js';
import { layoutOf } from '../../src/repo/layout.js';

export const EXAMPLES_DIR = findExamplesDir();
export const EXAMPLE_FILES = readExampleFiles(EXAMPLES_DIR);
export const YAML_PATHS = Object.keys(EXAMPLE_FILES).filter((path) => path.endsWith('.yaml'));

export function parseExample<T>(path: string): T {
  return parse(readFileSync(join(EXAMPLES_DIR, path), 'utf8'), { version: '1.2' }) as T;
}

export const config = parseExample<Config>('cqc.yaml');
export const layout = layoutOf(config);
export const people = parseExample<{ people: Person[] }>('people.yaml').people;
export const actions = YAML_PATHS.filter((p) => layout.kindOf(p) === 'action').map((file) => ({ file, action: parseExample<Action>(file) }));
export const evidence = YAML_PATHS.filter((p) => layout.kindOf(p) === 'evidence').map((file) => ({ file, item: parseExample<Evidence>(file) }));

export function actionById(id: string): Action {
  const found = actions.find((a) => a.action.id === id)?.action;
  if (!found) throw new Error(`examples/ has no action ${id}`);
  return found;
}

export function evidenceOf(actionId: string): Evidence[] {
  return evidence.map((e) => e.item).filter((item) => item.action === actionId).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

export function personById(id: string): Person | undefined {
  return people.find((p) => p.id === id);
}
