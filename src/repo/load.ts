// Read every record of an assurance repo from disk. Parsing only: validation and rules come later.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CqcError } from '../errors.js';
import type { Config } from '../model.js';
import { globFiles } from './glob.js';
import type { RecordFile } from '../rules/types.js';
import { readRecords, type RecordOptions } from './records.js';
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
  /** Records already parsed and validated (by workers or the cache), by file. */
  judged?: Map<SourceFile, RecordFile>;
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

function recordPaths(root: string, config: SourceFile): { actions: string[]; evidence: string[] } {
  const paths = configData(config).paths;
  const actionsGlob = typeof paths?.actions === 'string' ? paths.actions : DEFAULT_ACTIONS_GLOB;
  const evidenceGlob = typeof paths?.evidence === 'string' ? paths.evidence : DEFAULT_EVIDENCE_GLOB;
  return { actions: globFiles(root, actionsGlob), evidence: globFiles(root, evidenceGlob) };
}

function loadPeople(root: string): SourceFile | null {
  try {
    return readSource(root, PEOPLE_FILE);
  } catch {
    return null;
  }
}

/** Every record read and parsed on this thread; the rule context validates them. */
export function loadRepo(root: string): LoadedRepo {
  const config = loadConfig(root);
  const { actions, evidence } = recordPaths(root, config);
  return {
    root,
    config,
    people: loadPeople(root),
    actions: actions.map((p) => readSource(root, p)),
    evidence: evidence.map((p) => readSource(root, p)),
  };
}

/** Every record read, parsed and validated up front: from the cache where unchanged, across workers where many. */
export async function loadRepoJudged(root: string, opts: RecordOptions, config: SourceFile = loadConfig(root)): Promise<LoadedRepo> {
  const { actions, evidence } = recordPaths(root, config);
  const records = await readRecords(root, [
    ...actions.map((path) => ({ path, kind: 'action' as const })),
    ...evidence.map((path) => ({ path, kind: 'evidence' as const })),
  ], opts);
  return {
    root,
    config,
    people: loadPeople(root),
    actions: records.slice(0, actions.length).map((r) => r.file),
    evidence: records.slice(actions.length).map((r) => r.file),
    judged: new Map(records.map((r) => [r.file, r])),
  };
}
