// `cqc status`: what can we close today, and what is stopping the rest?
import { today } from '../dates.js';
import { judge, rootOf } from '../engine/judge.js';
import { checkLocation } from '../engine/scope.js';
import { withheld } from '../engine/withhold.js';
import { leftoverNote } from '../repo/leftovers.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { useColor } from '../report/check/outputs.js';
import { DEFAULT_WIDTH, statusJson, statusTable } from '../report/status.js';
import { terminalWidth } from '../report/width.js';
import { statusRows } from '../status/rows.js';

export interface StatusOptions {
  dir?: string;
  asOf?: string;
  git: boolean;
  format: string;
  status?: string;
  owner?: string;
  location?: string;
  overdue?: boolean;
}

const STATUSES = ['open', 'in_progress', 'monitoring', 'closed'];

export async function statusCommand(opts: StatusOptions, io: Io): Promise<number> {
  if (!['human', 'table', 'json'].includes(opts.format)) throw new UsageError(`cqc status prints "human" (a table) or "json"; "${opts.format}" is not one of them.`);
  const wanted = opts.status?.split(',').map((s) => s.trim().replace('-', '_'));
  const bad = wanted?.find((s) => !STATUSES.includes(s));
  if (bad !== undefined) throw new UsageError(`--status "${bad}" is not a status. Use one or more of: ${STATUSES.join(', ')} (comma-separated).`);
  const root = rootOf(io.cwd, opts.dir);
  const asOf = opts.asOf ?? today();
  const outcome = await judge({ cwd: io.cwd, dir: root, git: opts.git, asOf });
  // status lists every action and filters the rows, so it checks the location itself.
  checkLocation(outcome.ctx.locations, opts.location);
  if (outcome.leftovers.length) io.stderr(leftoverNote(outcome.leftovers));
  const rows = statusRows(outcome).filter((r) =>
    (!wanted || wanted.includes(r.status))
    && (opts.owner === undefined || r.owner === opts.owner)
    && (opts.location === undefined || r.location === opts.location)
    && (!opts.overdue || (r.status !== 'closed' && r.due !== null && r.due < asOf)));
  const json = opts.format === 'json';
  const unreadable = [...new Set(outcome.report.findings.filter((f) => f.rule === 'yaml-syntax' && outcome.ctx.layout.kindOf(f.file) === 'action').map((f) => f.file))];
  const view = withheld(outcome.ctx, { asOf, rows, spcMinPoints: outcome.ctx.policy.spc_min_points, ...(outcome.gitNote ? { gitNote: outcome.gitNote } : {}), ...(unreadable.length ? { unreadable } : {}) }, { nullNumbers: json });
  io.stdout(json ? statusJson(view) : statusTable(view, useColor({ isTTY: io.stdoutIsTTY }, io.env), terminalWidth(io) ?? DEFAULT_WIDTH));
  return 0;
}
