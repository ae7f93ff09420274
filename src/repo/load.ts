// Stage 1 of every command: read cqc.yaml, people.yaml and every record the layout places, parse
// each, and check it against its schema. Files are read asynchronously in batches, so a git
// process started before (the history stage) keeps streaming its output meanwhile.
import { lstatSync, readFileSync } from 'node:fs';
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

export interface LoadedRepo {
  root: string;
  config: SourceFile;
  layout: Layout;
  people: SourceFile | null;
  /** Every action and evidence file, parsed and checked against its schema. */
  actions: RecordFile[];
  evidence: RecordFile[];
  /** Record folders and files, cqc.yaml and people.yaml that are symbolic links in the work tree. */
  links: string[];
}

export interface LoadOptions {
  /** Judged records kept by content (the record cache seam); none: parse everything. */
  cache?: RecordCache;
  /** Read only these record paths (a scoped run); default every file the layout places. */
  only?: (path: string, kind: 'action' | 'evidence') => boolean;
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

function loadPeople(root: string): SourceFile | null {
  try {
    return readSource(root, PEOPLE_FILE);
  } catch {
    return null;
  }
}

/** A parsed file checked against its schema (no schema check when it did not parse). */
export function judgeFile(file: SourceFile, kind: SchemaName): RecordFile {
  return { file, kind, problems: file.syntax.length ? [] : problemsOf(kind, file.data) };
}

export async function loadRepo(root: string, config: SourceFile, opts: LoadOptions = {}): Promise<LoadedRepo> {
  const layout = layoutOf(configData(config));
  const found = new Set<string>();
  const pick = (glob: string, kind: 'action' | 'evidence') => globFiles(root, glob, found).filter((p) => opts.only?.(p, kind) ?? true);
  const actions = await readRecords(root, pick(layout.actionGlob, 'action'), 'action', opts.cache);
  const evidence = await readRecords(root, pick(layout.evidenceGlob, 'evidence'), 'evidence', opts.cache);
  opts.cache?.save();
  return { root, config, layout, people: loadPeople(root), actions, evidence, links: linksOf(root, layout, found) };
}

/** The symbolic links the layout cares about: record folders and files, and the two registry files. */
function linksOf(root: string, layout: Layout, found: ReadonlySet<string>): string[] {
  const kinds = new Set(['action', 'evidence']);
  const links = [...found].filter((p) => layout.isRecordFolder(p) || kinds.has(layout.kindOf(p)));
  for (const file of [CONFIG_FILE, PEOPLE_FILE]) {
    try {
      if (lstatSync(join(root, file)).isSymbolicLink()) links.push(file);
    } catch { /* absent: nothing to say here */ }
  }
  return links.sort();
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
