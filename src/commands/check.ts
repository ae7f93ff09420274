// `cqc check`: the command CI runs. Exit 0 clean, 1 on errors (or warnings with --strict).
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { today } from '../dates.js';
import { runCheck } from '../engine/check.js';
import { findRoot } from '../repo/root.js';
import type { Io } from '../io.js';
import { parseFormatSpecs, useColor, writeOutputs } from '../report/outputs.js';

export interface CheckCommandOptions {
  paths: string[];
  dir?: string;
  asOf?: string;
  git: boolean;
  strict?: boolean;
  format: string[];
  location?: string;
  cache?: boolean;
}

/**
 * Below about a hundred actions a check takes less time than reading and writing its caches (and
 * asking git for the cache key); pre-commit hooks on small repos are faster without them.
 */
export const CACHE_FROM_ACTIONS = 100;

function worthCaching(root: string): boolean {
  try {
    return readdirSync(join(root, 'actions')).length >= CACHE_FROM_ACTIONS;
  } catch {
    return true; // records kept elsewhere (paths: in cqc.yaml): assume a large repo
  }
}

export async function checkCommand(opts: CheckCommandOptions, io: Io): Promise<number> {
  const specs = parseFormatSpecs(opts.format);
  const root = opts.dir !== undefined ? findRoot(resolve(io.cwd, opts.dir), true) : findRoot(io.cwd);
  const asOf = opts.asOf ?? today();
  const check = {
    cwd: io.cwd, dir: root, git: opts.git, asOf, paths: opts.paths,
    ...(opts.location !== undefined ? { location: opts.location } : {}),
  };
  const useCache = opts.cache !== false && worthCaching(root);
  // What decides the answer, in a form that does not depend on the folder the command ran from.
  const decisive = { git: opts.git, asOf, location: opts.location ?? null, paths: opts.paths.map((p) => relative(root, resolve(io.cwd, p))) };
  const remembered = useCache ? await import('../engine/result-cache.js') : undefined;
  const key = remembered ? await remembered.resultKey(root, decisive) : null;
  let result = key ? remembered?.loadResult(root, key, io.env) : undefined;
  if (!result) {
    const outcome = await runCheck({ ...check, cache: useCache, env: io.env });
    result = { report: outcome.report, asOf: outcome.ctx.asOf, ...(outcome.gitNote ? { gitNote: outcome.gitNote } : {}) };
    if (key) remembered?.saveResult(root, key, result, io.env);
    if (io.env.CQC_TIMING) io.stderr(outcome.timings.toString());
  }
  const { report } = result;
  const text = writeOutputs(report, specs, {
    color: useColor({ isTTY: io.stdoutIsTTY }, io.env),
    root,
    asOf: result.asOf,
    ...(result.gitNote ? { gitNote: result.gitNote } : {}),
  }, { cwd: io.cwd, env: io.env });
  if (text) io.stdout(text);
  const failed = report.summary.errors > 0 || (opts.strict === true && report.summary.warnings > 0);
  return failed ? 1 : 0;
}
