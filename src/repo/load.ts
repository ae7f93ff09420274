// Read every record of an assurance repo from disk. Parsing only: validation and rules come later.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CqcError } from '../errors.js';
import type { Config } from '../model.js';
import { globFiles } from './glob.js';
import { CONFIG_FILE } from './root.js';
import { SourceFile } from './source.js';

export const PEOPLE_FILE = 'people.yaml';
export const DEFAULT_ACTIONS_GLOB = 'actions/*.{yaml,yml}';
export const DEFAULT_EVIDENCE_GLOB = 'evidence/*/*.{yaml,yml}';

export interface LoadedRepo {
  root: string;
  config: SourceFile;
  people: SourceFile | null;
  actions: SourceFile[];
  evidence: SourceFile[];
}

export function readSource(root: string, rel: string): SourceFile {
  return SourceFile.fromBuffer(rel, readFileSync(join(root, rel)));
}

/** Read cqc.yaml. A config that cannot be read or parsed ends the run: every rule depends on it. */
export function loadConfig(root: string): SourceFile {
  let file: SourceFile;
  try {
    file = readSource(root, CONFIG_FILE);
  } catch (e) {
    throw new CqcError(`Cannot read ${join(root, CONFIG_FILE)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`);
  }
  const problem = file.syntax[0];
  if (problem) {
    throw new CqcError(`${CONFIG_FILE}:${problem.line ?? 1}:${problem.column ?? 1}: ${problem.message}`);
  }
  return file;
}

export function configData(file: SourceFile): Partial<Config> {
  const d = file.data;
  return d && typeof d === 'object' && !Array.isArray(d) ? (d as Partial<Config>) : {};
}

export function loadRepo(root: string): LoadedRepo {
  const config = loadConfig(root);
  const paths = configData(config).paths;
  const actionsGlob = typeof paths?.actions === 'string' ? paths.actions : DEFAULT_ACTIONS_GLOB;
  const evidenceGlob = typeof paths?.evidence === 'string' ? paths.evidence : DEFAULT_EVIDENCE_GLOB;
  let people: SourceFile | null = null;
  try {
    people = readSource(root, PEOPLE_FILE);
  } catch {
    people = null;
  }
  return {
    root,
    config,
    people,
    actions: globFiles(root, actionsGlob).map((p) => readSource(root, p)),
    evidence: globFiles(root, evidenceGlob).map((p) => readSource(root, p)),
  };
}
