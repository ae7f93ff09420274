// `cqc check`: the command CI runs. Exit 0 clean, 1 on errors (or warnings with --strict).
import { runCheck } from '../engine/check.js';
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

export async function checkCommand(opts: CheckCommandOptions, io: Io): Promise<number> {
  const specs = parseFormatSpecs(opts.format);
  const outcome = await runCheck({
    cwd: io.cwd,
    git: opts.git,
    paths: opts.paths,
    cache: opts.cache !== false,
    env: io.env,
    ...(opts.dir !== undefined ? { dir: opts.dir } : {}),
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    ...(opts.location !== undefined ? { location: opts.location } : {}),
  });
  const { report } = outcome;
  const text = writeOutputs(report, specs, {
    color: useColor({ isTTY: io.stdoutIsTTY }, io.env),
    root: outcome.root,
    asOf: outcome.ctx.asOf,
    ...(outcome.gitNote ? { gitNote: outcome.gitNote } : {}),
  }, { cwd: io.cwd, env: io.env });
  if (text) io.stdout(text);
  if (io.env.CQC_TIMING) {
    outcome.timings.mark('report');
    io.stderr(outcome.timings.toString());
  }
  const failed = report.summary.errors > 0 || (opts.strict === true && report.summary.warnings > 0);
  return failed ? 1 : 0;
}
