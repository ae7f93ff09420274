// Stage 1 of every command: read cqc.yaml, people.yaml and every record the layout places, parse
// each, and check it against its schema. Files are read asynchronously in batches, so a git
// process started before (the history stage) keeps streaming its output meanwhile.
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CqcError } from '../errors.js';
import type { RecordFile } from '../engine/types.js';
import type { Config } from '../model.js';
import { problemsOf, type SchemaName } from '../schema/validator.js';
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
  /** Record folders and files, cqc.yaml and people.yaml that are symbolic links in the work tree. */
  links: string[];
}

/** The record files the layout places, by kind, and which of them a run reads. */
export interface RecordList {
  actions: string[];
  evidence: string[];
  /** Temporary files of an interrupted cqc write, seen while listing. */
  leftovers?: string[];
  /** Symbolic links seen while listing. */
  links?: string[];
}

export interface LoadOptions {
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

/** The location ids cqc.yaml lists, or null when it lists none (then any location is accepted). */
export function listedLocations(config: { locations?: unknown }): Set<string> | null {
  if (!Array.isArray(config.locations)) return null;
  return new Set(config.locations.map((l: { id?: unknown } | null) => l?.id).filter((x): x is string => typeof x === 'string'));
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
  const seen = { leftovers: topLevelTemps(root), leftoverSuffix: TEMP_SUFFIX, links: new Set<string>() };
  return { actions: globFiles(root, layout.actionGlob, seen), evidence: globFiles(root, layout.evidenceGlob, seen), leftovers: seen.leftovers, links: [...seen.links] };
}

/**
 * The records a run reads: all of them, or with the group layout and a location, only that
 * location's folder (nothing else of other locations needs reading).
 */
export function recordsToRead(listed: RecordList, layout: Layout, location: string | undefined, known: Set<string> | null = null): RecordList {
  if (location === undefined || layout.name !== 'by-location') return listed;
  // A folder cqc.yaml does not list belongs to no job of the matrix: every job reads it, so what it
  // holds (a mistyped location, say) is reported, never lost between the jobs.
  const here = (p: string) => {
    const at = layout.locationOf(p);
    return at === location || (known !== null && at !== undefined && !known.has(at));
  };
  return { actions: listed.actions.filter(here), evidence: listed.evidence.filter(here) };
}

export async function loadRepo(root: string, config: SourceFile, opts: LoadOptions = {}, listed?: RecordList): Promise<LoadedRepo> {
  const layout = layoutOf(configData(config));
  const all = listed ?? listRecords(root, layout);
  const wanted = recordsToRead(all, layout, opts.location, listedLocations(configData(config)));
  const actions = await readRecords(root, wanted.actions, 'action');
  const evidence = await readRecords(root, wanted.evidence, 'evidence');
  return {
    root, config, layout, people: loadPeople(root), actions, evidence, listed: all,
    removedLeftovers: removeLeftovers(root, [...new Set(all.leftovers ?? [])]), links: linksOf(root, layout, all.links ?? []),
  };
}

/** The symbolic links the layout cares about: record folders and files, and the two registry files. */
function linksOf(root: string, layout: Layout, found: readonly string[]): string[] {
  const kinds = new Set(['action', 'evidence']);
  const links = [...new Set(found)].filter((p) => layout.isRecordFolder(p) || kinds.has(layout.kindOf(p)));
  for (const file of [CONFIG_FILE, PEOPLE_FILE]) {
    try {
      if (lstatSync(join(root, file)).isSymbolicLink()) links.push(file);
    } catch { /* absent: nothing to say here */ }
  }
  return links.sort();
}

const BATCH = 256;

async function readRecords(root: string, paths: string[], kind: SchemaName): Promise<RecordFile[]> {
  const out: RecordFile[] = [];
  for (let at = 0; at < paths.length; at += BATCH) {
    const batch = paths.slice(at, at + BATCH);
    for (const path of batch) out.push(recordOf(path, kind, readOrError(join(root, path))));
    // Between batches, let git's output (read meanwhile by the history stage) drain from its pipe.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

function readOrError(path: string): Buffer | NodeJS.ErrnoException {
  try {
    return readFileSync(path);
  } catch (e) {
    return e as NodeJS.ErrnoException;
  }
}

function recordOf(path: string, kind: SchemaName, read: Buffer | NodeJS.ErrnoException): RecordFile {
  if (!Buffer.isBuffer(read)) {
    return judgeFile(SourceFile.broken(path, `${path} could not be read (${read.code ?? 'an error'}). Check that the file is readable by the user running cqc.`), kind);
  }
  const decoded = decodeRecord(path, read);
  if ('refused' in decoded) return judgeFile(SourceFile.broken(path, decoded.refused), kind);
  return judgeFile(new SourceFile(path, decoded.text), kind);
}
