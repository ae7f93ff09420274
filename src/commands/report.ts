// `cqc report`: the governance-meeting pack (optionally grouped with --by), or with --action-plan
// the action plan CQC asks for after a requirement notice; Markdown or one self-contained HTML file.
import { resolve } from 'node:path';
import { today } from '../dates.js';
import { judge, rootOf } from '../engine/judge.js';
import { withheld } from '../engine/withhold.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { buildActionPlan } from '../report/meeting/action-plan.js';
import { actionPlanHtml } from '../report/meeting/action-plan-html.js';
import { actionPlanMarkdown } from '../report/meeting/action-plan-markdown.js';
import { GROUP_BY, type GroupBy } from '../report/meeting/groups.js';
import { buildMeetingPack } from '../report/meeting/pack.js';
import { meetingHtml } from '../report/meeting/html.js';
import { meetingMarkdown } from '../report/meeting/markdown.js';
import { writeAtomically } from '../report/check/outputs.js';
import { leftoverNote } from '../repo/leftovers.js';

export interface ReportCommandOptions {
  dir?: string;
  asOf?: string;
  git: boolean;
  since?: string;
  format: string;
  output?: string;
  /** Group the pack's actions: location, statement, regulation or theme. */
  by?: string;
  /** The CQC action plan instead of the meeting pack. */
  actionPlan?: boolean;
}

const FORMATS = ['markdown', 'html'];

function checkOptions(opts: ReportCommandOptions, format: string, asOf: string): GroupBy | undefined {
  if (!FORMATS.includes(format)) throw new UsageError(`cqc report writes "markdown" or "html"; "${opts.format}" is not one of them.`);
  if (opts.by !== undefined && !(GROUP_BY as readonly string[]).includes(opts.by)) {
    throw new UsageError(`--by groups the pack by ${GROUP_BY.join(', ')}; "${opts.by}" is not one of them.`);
  }
  if (opts.by !== undefined && opts.actionPlan) {
    throw new UsageError('--by groups the meeting pack; the action plan is always one section per regulation. Give one of --by and --action-plan.');
  }
  if (opts.since !== undefined && opts.since > asOf) {
    throw new UsageError(`--since ${opts.since} is after the meeting date ${asOf}. Give the date of the last meeting.`);
  }
  return opts.by as GroupBy | undefined;
}

/** Exit 0 whenever the pack is produced: problems in the records are its content, not a failure. */
export async function reportCommand(opts: ReportCommandOptions, io: Io): Promise<number> {
  const format = opts.format === 'md' ? 'markdown' : opts.format;
  const asOf = opts.asOf ?? today();
  const by = checkOptions(opts, format, asOf);
  const root = rootOf(io.cwd, opts.dir);
  const outcome = await judge({ cwd: io.cwd, dir: root, git: opts.git, asOf });
  if (outcome.leftovers.length) io.stderr(leftoverNote(outcome.leftovers));
  let text: string;
  if (opts.actionPlan) {
    const plan = withheld(outcome.ctx, buildActionPlan(outcome));
    text = format === 'html' ? actionPlanHtml(plan) : actionPlanMarkdown(plan);
  } else {
    // Decisions, reviews and reopenings come from the git trail when it was read, not from the files.
    const pack = withheld(outcome.ctx, buildMeetingPack(outcome, { ...(opts.since !== undefined ? { since: opts.since } : {}), ...(by ? { by } : {}) }));
    text = format === 'html' ? meetingHtml(pack) : meetingMarkdown(pack);
  }
  if (opts.output === undefined || opts.output === '-') {
    io.stdout(text);
    return 0;
  }
  const path = resolve(io.cwd, opts.output);
  const what = opts.actionPlan ? 'action plan' : 'meeting pack';
  writeAtomically(path, text, `${format} ${what}`);
  io.stdout(`${what === 'action plan' ? 'Action plan' : 'Meeting pack'} written to ${path}.\n`);
  return 0;
}
