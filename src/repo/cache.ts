// A cache of judged records keyed by their content (git's blob id of the text), so an unchanged
// file is never parsed or validated twice. It lives in the user's cache folder, is safe to delete,
// and a changed file simply misses it: the key is a hash of the text itself, never a timestamp.
// The seam: delete this file and the one call that makes a RecordCache, and every record is parsed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { SCHEMA_NAMES, schemaText } from '../schema/validator.js';
import { VERSION } from '../version.js';
import { blobId } from '../git/blobs.js';
import type { RecordFile } from '../engine/types.js';
import type { SchemaProblem } from '../schema/messages.js';
import type { SchemaName } from '../schema/validator.js';
import { judgeFile } from './load.js';
import { SourceFile, type SyntaxProblem } from './source.js';

interface Judged { data: unknown; syntax: SyntaxProblem[]; problems: SchemaProblem[] }


/** The code that judges a record; a rebuilt copy of any of it must not reuse old answers. */
const JUDGING_CODE = ['./load.js', './source.js', '../schema/messages.js', '../schema/validator.js', '../schema/validators.cjs'];

/** Anything that changes how a record is judged invalidates the whole cache. */
function stamp(): string {
  const h = createHash('sha1').update(VERSION);
  for (const n of SCHEMA_NAMES) h.update(schemaText(n));
  for (const rel of JUDGING_CODE) {
    try {
      const st = statSync(new URL(rel, import.meta.url));
      h.update(`${rel}:${st.size}:${st.mtimeMs}`);
    } catch {
      h.update(`${rel}:absent`);
    }
  }
  return h.digest('hex');
}

export function cacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cqc');
}

export class RecordCache {
  private readonly before = new Map<string, Judged>();
  private readonly now = new Map<string, Judged>();
  private readonly file: string;
  private readonly stamp = stamp();
  private changed = false;

  constructor(root: string, env: NodeJS.ProcessEnv) {
    this.file = join(cacheDir(env), `records-${createHash('sha1').update(root).digest('hex').slice(0, 16)}.bin`);
    try {
      const saved = deserialize(readFileSync(this.file)) as { stamp: string; entries: [string, Judged][] };
      if (saved.stamp === this.stamp) for (const [k, v] of saved.entries) this.before.set(k, v);
    } catch {
      // no cache yet, or an unreadable one: start afresh
    }
  }

  /** The file parsed and checked against its schema: remembered when this exact text was judged before. */
  judge(path: string, kind: SchemaName, text: string): RecordFile {
    const key = `${kind}:${blobId(text, 40)}`;
    const hit = this.before.get(key);
    if (hit) {
      this.now.set(key, hit);
      return { file: SourceFile.restored(path, text, hit.data, hit.syntax), kind, problems: hit.problems };
    }
    const judged = judgeFile(new SourceFile(path, text), kind);
    this.now.set(key, { data: judged.file.data, syntax: judged.file.syntax, problems: judged.problems });
    this.changed = true;
    return judged;
  }

  /** Keep only what this run used, written atomically; a cache that cannot be written is skipped. */
  save(): void {
    if (!this.changed && this.now.size === this.before.size) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.file, '..'), { recursive: true });
      writeFileSync(tmp, serialize({ stamp: this.stamp, entries: [...this.now] }));
      renameSync(tmp, this.file);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}
