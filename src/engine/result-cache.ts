// The result of a whole check, remembered against everything that decides it: the commit checked
// out, the content of every file git reports as changed or new, the options, the date and the code
// itself. A run with nothing changed prints the remembered report without reading a record; any
// changed file (git's own change detection, then a hash of its content) makes a new key.
// The seam: delete this file and the one call to remembered(), and every check runs in full.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitInfo, uncommittedPaths } from '../git/index.js';
import type { CheckReport } from '../model.js';
import { VERSION } from '../version.js';

export interface CachedResult { report: CheckReport; asOf: string; gitNote?: string }

const CODE_DIR = fileURLToPath(new URL('..', import.meta.url));
let codeStampMemo: string | undefined;

/** Size and mtime of every file of the running cqc, so a rebuilt or upgraded tool never reuses a result. */
function codeStamp(): string {
  if (codeStampMemo) return codeStampMemo;
  const h = createHash('sha1').update(VERSION);
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else { const st = statSync(full); h.update(`${full}:${st.size}:${st.mtimeMs}\n`); }
    }
  };
  walk(CODE_DIR);
  for (const f of readdirSync(join(CODE_DIR, '..', 'schemas'))) h.update(readFileSync(join(CODE_DIR, '..', 'schemas', f)));
  return (codeStampMemo = h.digest('hex'));
}

/** The key for a run, or null when the folder is not in git (then only the record cache helps). */
async function resultKey(root: string, options: unknown): Promise<string | null> {
  let info;
  try {
    info = await gitInfo(root);
  } catch {
    return null;
  }
  if (!info?.head) return null;
  const h = createHash('sha1').update(codeStamp()).update(root).update(JSON.stringify(options)).update(info.head);
  for (const path of (await uncommittedPaths(info, [])).sort()) {
    h.update(`\0${path}\0`);
    try {
      h.update(readFileSync(join(root, path)));
    } catch {
      h.update('(deleted)');
    }
  }
  return h.digest('hex');
}

/** The user's cache folder for cqc: safe to delete at any time. */
export function cacheDir(env: NodeJS.ProcessEnv): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'cqc');
}

function fileFor(root: string, env: NodeJS.ProcessEnv): string {
  return join(cacheDir(env), `result-${createHash('sha1').update(root).digest('hex').slice(0, 16)}.json`);
}

function loadResult(root: string, key: string, env: NodeJS.ProcessEnv): CachedResult | undefined {
  try {
    const saved = JSON.parse(readFileSync(fileFor(root, env), 'utf8')) as { key: string; result: CachedResult };
    return saved.key === key ? saved.result : undefined;
  } catch {
    return undefined;
  }
}

/** Remember one result per repo (the latest), written atomically; failure to write is not an error. */
function saveResult(root: string, key: string, result: CachedResult, env: NodeJS.ProcessEnv): void {
  const file = fileFor(root, env);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(cacheDir(env), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ key, result }));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** The remembered result for these inputs, or `run()`'s, remembered for next time. */
export async function remembered(root: string, inputs: unknown, env: NodeJS.ProcessEnv, run: () => Promise<CachedResult>): Promise<CachedResult> {
  const key = await resultKey(root, inputs);
  const hit = key ? loadResult(root, key, env) : undefined;
  if (hit) return hit;
  const result = await run();
  if (key) saveResult(root, key, result, env);
  return result;
}
