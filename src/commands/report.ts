// `cqc report`: the governance-meeting pack, as Markdown or one self-contained HTML file.
import { resolve } from 'node:path';
import { today } from '../dates.js';
import { judge, rootOf } from '../engine/judge.js';
import { withheld } from '../engine/withhold.js';
import { RecordCache } from '../repo/cache.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { decisionCommits } from '../audit/index.js';
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
}

const FORMATS = ['markdown', 'html'];

/** Exit 0 whenever the pack is produced: problems in the records are its content, not a failure. */
export async function reportCommand(opts: ReportCommandOptions, io: Io): Promise<number> {
  const format = opts.format === 'md' ? 'markdown' : opts.format;
  if (!FORMATS.includes(format)) throw new UsageError(`cqc report writes "markdown" or "html"; "${opts.format}" is not one of them.`);
  const root = rootOf(io.cwd, opts.dir);
  const asOf = opts.asOf ?? today();
  if (opts.since !== undefined && opts.since > asOf) {
    throw new UsageError(`--since ${opts.since} is after the meeting date ${asOf}. Give the date of the last meeting.`);
  }
  const outcome = await judge({ cwd: io.cwd, dir: root, git: opts.git, asOf, cache: new RecordCache(root, io.env) });
  if (outcome.leftovers.length) io.stderr(leftoverNote(outcome.leftovers));
  // Who really approved each closure comes from git when the trail was read, not from the record.
  const trail = outcome.ctx.trail;
  const pack = withheld(outcome.ctx, buildMeetingPack(outcome, {
    ...(opts.since !== undefined ? { since: opts.since } : {}),
    ...(trail ? { decisionCommits: decisionCommits(trail) } : {}),
  }));
  const text = format === 'html' ? meetingHtml(pack) : meetingMarkdown(pack);
  if (opts.output === undefined || opts.output === '-') {
    io.stdout(text);
    return 0;
  }
  const path = resolve(io.cwd, opts.output);
  writeAtomically(path, text, `${format} meeting-pack`);
  io.stdout(`Meeting pack written to ${path}.\n`);
  return 0;
}
