// `cqc check`: the command CI runs. Exit 0 clean, 1 on errors (or warnings with --strict).
import { relative, resolve } from 'node:path';
import { today } from '../dates.js';
import { judge, rootOf } from '../engine/judge.js';
import type { Io } from '../io.js';
import { globFiles } from '../repo/glob.js';
import { layoutOf } from '../repo/layout.js';
import { configData, loadConfig } from '../repo/load.js';
import { leftoverNote } from '../repo/leftovers.js';
import { parseFormatSpecs, useColor, writeOutputs } from '../report/check/outputs.js';
import { terminalWidth } from '../report/width.js';

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
  return globFiles(root, layoutOf(configData(loadConfig(root))).actionGlob).length >= CACHE_FROM_ACTIONS;
}

export async function checkCommand(opts: CheckCommandOptions, io: Io): Promise<number> {
  const specs = parseFormatSpecs(opts.format);
  const root = rootOf(io.cwd, opts.dir);
  const asOf = opts.asOf ?? today();
  const useCache = opts.cache !== false && worthCaching(root);
  const run = async () => {
    const judged = await judge({
      cwd: io.cwd, dir: root, git: opts.git, asOf, paths: opts.paths,
      ...(opts.location !== undefined ? { location: opts.location } : {}),
    });
    if (io.env.CQC_TIMING) io.stderr(judged.timings.toString());
    if (judged.leftovers.length) io.stderr(leftoverNote(judged.leftovers));
    return { report: judged.report, asOf, ...(judged.gitNote ? { gitNote: judged.gitNote } : {}) };
  };
  // What decides the answer, in a form that does not depend on the folder the command ran from.
  const decisive = { git: opts.git, asOf, location: opts.location ?? null, paths: opts.paths.map((p) => relative(root, resolve(io.cwd, p))) };
  const result = useCache ? await (await import('../engine/result-cache.js')).remembered(root, decisive, io.env, run) : await run();
  const { report } = result;
  const text = writeOutputs(report, specs, {
    color: useColor({ isTTY: io.stdoutIsTTY }, io.env),
    root,
    asOf,
    ...(result.gitNote ? { gitNote: result.gitNote } : {}),
    ...(terminalWidth(io) !== undefined ? { width: terminalWidth(io)! } : {}),
  }, { cwd: io.cwd, env: io.env });
  if (text) io.stdout(text);
  const failed = report.summary.errors > 0 || (opts.strict === true && report.summary.warnings > 0);
  return failed ? 1 : 0;
}
