// Stage 1 of every command: read cqc.yaml, people.yaml and every record the layout places, parse
// each, and check it against its schema. Files are read asynchronously in batches, so a git
// process started before (the history stage) keeps streaming its output meanwhile.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CqcError } from '../errors.js';
import type { RecordFile } from '../engine/types.js';
import type { Config } from '../model.js';
import { problemsOf, type SchemaName } from '../schema/validator.js';
import type { RecordCache } from './cache.js';
import { globFiles } from './glob.js';
import { CONFIG_FILE, PEOPLE_FILE, layoutOf, type Layout } from './layout.js';
import { decodeRecord, SourceFile } from './source.js';
import { removeLeftovers, topLevelTemps } from './leftovers.js';
import { TEMP_SUFFIX } from './write.js';

export interface LoadedRepo {
  root: string;
  config: SourceFile;
  layout: Layout;
  people: SourceFile | null;
  /** Every action and evidence file read, parsed and checked against its schema. */
  actions: RecordFile[];
  evidence: RecordFile[];
  /** Every record path in the repo, read or not: ids are unique across the whole repo, by file name. */
  listed: RecordList;
  /** Temporary files of an interrupted cqc write, removed while loading (relative paths). */
  removedLeftovers?: string[];
}

/** The record files the layout places, by kind, and which of them a run reads. */
export interface RecordList {
  actions: string[];
  evidence: string[];
  /** Temporary files of an interrupted cqc write, seen while listing. */
  leftovers?: string[];
}

export interface LoadOptions {
  /** Judged records kept by content (the record cache seam); none: parse everything. */
  cache?: RecordCache;
  /** Read only the records under this location's folder (the group layout); default every record. */
  location?: string;
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

/** people.yaml; null when there is none. One that exists but cannot be read is a finding, not "no people". */
function loadPeople(root: string): SourceFile | null {
  try {
    return readSource(root, PEOPLE_FILE);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return SourceFile.broken(PEOPLE_FILE, `${PEOPLE_FILE} could not be read (${code ?? (e as Error).message}). Check that it is a file the user running cqc can read.`);
  }
}

/** A parsed file checked against its schema (no schema check when it did not parse). */
export function judgeFile(file: SourceFile, kind: SchemaName): RecordFile {
  return { file, kind, problems: file.syntax.length ? [] : problemsOf(kind, file.data) };
}

/** Every action and evidence file the layout places (listing only: nothing is read). */
export function listRecords(root: string, layout: Layout): RecordList {
  const leftovers = topLevelTemps(root);
  return { actions: globFiles(root, layout.actionGlob, leftovers, TEMP_SUFFIX), evidence: globFiles(root, layout.evidenceGlob, leftovers, TEMP_SUFFIX), leftovers };
}

/**
 * The records a run reads: all of them, or with the group layout and a location, only that
 * location's folder (nothing else of other locations needs reading).
 */
export function recordsToRead(listed: RecordList, layout: Layout, location: string | undefined): RecordList {
  if (location === undefined || layout.name !== 'by-location') return listed;
  const here = (p: string) => layout.locationOf(p) === location;
  return { actions: listed.actions.filter(here), evidence: listed.evidence.filter(here) };
}

export async function loadRepo(root: string, config: SourceFile, opts: LoadOptions = {}, listed?: RecordList): Promise<LoadedRepo> {
  const layout = layoutOf(configData(config));
  const all = listed ?? listRecords(root, layout);
  const wanted = recordsToRead(all, layout, opts.location);
  const actions = await readRecords(root, wanted.actions, 'action', opts.cache);
  const evidence = await readRecords(root, wanted.evidence, 'evidence', opts.cache);
  opts.cache?.save();
  return { root, config, layout, people: loadPeople(root), actions, evidence, listed: all, removedLeftovers: removeLeftovers(root, [...new Set(all.leftovers ?? [])]) };
}

const BATCH = 64;

async function readRecords(root: string, paths: string[], kind: SchemaName, cache: RecordCache | undefined): Promise<RecordFile[]> {
  const out: RecordFile[] = [];
  for (let at = 0; at < paths.length; at += BATCH) {
    const batch = paths.slice(at, at + BATCH);
    const bytes = await Promise.all(batch.map((p) => readFile(join(root, p)).catch((e: NodeJS.ErrnoException) => e)));
    batch.forEach((path, i) => out.push(recordOf(path, kind, bytes[i]!, cache)));
  }
  return out;
}

function recordOf(path: string, kind: SchemaName, read: Buffer | NodeJS.ErrnoException, cache: RecordCache | undefined): RecordFile {
  if (!Buffer.isBuffer(read)) {
    return judgeFile(SourceFile.broken(path, `${path} could not be read (${read.code ?? 'an error'}). Check that the file is readable by the user running cqc.`), kind);
  }
  const decoded = decodeRecord(path, read);
  if ('refused' in decoded) return judgeFile(SourceFile.broken(path, decoded.refused), kind);
  return cache ? cache.judge(path, kind, decoded.text) : judgeFile(new SourceFile(path, decoded.text), kind);
}
