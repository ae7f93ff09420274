// Read and judge every action and evidence file: from the cache when the content is unchanged,
// otherwise parsed and validated, across worker threads when there are enough files to pay for them.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SchemaName } from '../schema/validator.js';
import type { RecordFile } from '../rules/types.js';
import { contentKey, RecordCache } from './cache.js';
import { judgeText, type Judged } from './judge.js';
import type { WorkItem } from './parse-worker.js';
import { decodeRecord, SourceFile } from './source.js';

export interface RecordOptions {
  cache: boolean;
  /** Worker threads to use; 0 or 1 judges everything on the main thread. */
  workers: number;
  env: NodeJS.ProcessEnv;
}

/** Below this many files to judge, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;
const WORKER_FILE = new URL('./parse-worker.js', import.meta.url);
/** How many files to handle between turns of the event loop. */
const YIELD_EVERY = 250;
export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/** Threads for parsing: CQC_WORKERS if set, else one per core (at most 4) less `reserved` cores. */
export function defaultWorkers(env: NodeJS.ProcessEnv, reserved = 0): number {
  const asked = Number(env.CQC_WORKERS);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  return Math.max(1, Math.min(availableParallelism() - reserved, 4));
}

export async function readRecords(root: string, entries: { path: string; kind: SchemaName }[], opts: RecordOptions): Promise<RecordFile[]> {
  const cache = opts.cache ? new RecordCache(root, opts.env) : null;
  const out: (RecordFile | undefined)[] = new Array(entries.length);
  // key: the content hash the cache files the judgement under ('' when there is no cache)
  const todo: { index: number; key: string; item: WorkItem }[] = [];
  for (const [index, { path, kind }] of entries.entries()) {
    if (index % YIELD_EVERY === 0) await yieldToEventLoop();
    let buf: Buffer;
    try {
      buf = readFileSync(join(root, path));
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? 'an error';
      out[index] = unreadable(path, kind, `${path} could not be read (${why}). Check that the file is readable by the user running cqc.`);
      continue;
    }
    const decoded = decodeRecord(path, buf);
    if ('refused' in decoded) {
      out[index] = unreadable(path, kind, decoded.refused);
      continue;
    }
    const { text } = decoded;
    const key = cache ? contentKey(kind, text) : '';
    const hit = cache?.get(key);
    if (hit) out[index] = restore(path, kind, text, hit);
    else todo.push({ index, key, item: { path, kind, text } });
  }

  const judged = await judgeAll(todo.map((t) => t.item), opts.workers);
  todo.forEach((t, i) => {
    const j = judged[i]!;
    cache?.set(t.key, j);
    out[t.index] = restore(t.item.path, t.item.kind, t.item.text, j);
  });
  cache?.save();
  return out as RecordFile[];
}

/** A file that is not a record at all: one syntax problem at its first line. */
function unreadable(path: string, kind: SchemaName, message: string): RecordFile {
  return { file: SourceFile.broken(path, message), kind, problems: [] };
}

function restore(path: string, kind: SchemaName, text: string, j: Judged): RecordFile {
  return { file: SourceFile.restored(path, text, j.data, j.syntax), kind, problems: j.problems };
}

async function judgeAll(items: WorkItem[], workers: number): Promise<Judged[]> {
  const n = Math.min(workers, Math.floor(items.length / (WORKER_THRESHOLD / 2)));
  if (n < 2 || !existsSync(WORKER_FILE)) return judgeHere(items);
  const size = Math.ceil(items.length / n);
  const shares = Array.from({ length: n }, (_, w) => items.slice(w * size, (w + 1) * size));
  // The main thread takes the first share itself while the workers do the rest.
  const running = shares.slice(1).map((share) => inWorker(share));
  const mine = await judgeHere(shares[0]!);
  return [mine, ...(await Promise.all(running))].flat();
}

/** Judge on this thread, pausing now and then so git's output pipes (read meanwhile) never stall. */
async function judgeHere(items: WorkItem[]): Promise<Judged[]> {
  const out: Judged[] = [];
  for (const [n, i] of items.entries()) {
    if (n % YIELD_EVERY === 0 && n > 0) await yieldToEventLoop();
    out.push(judgeText(i.path, i.kind, i.text));
  }
  return out;
}

function inWorker(items: WorkItem[]): Promise<Judged[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE);
    worker.once('message', (r: Judged[]) => {
      resolve(r);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.postMessage(items);
  });
}
