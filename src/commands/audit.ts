// `cqc audit [id]`: the audit trail as an inspector reads it. With an id, that action's timeline;
// without, every closure decision with who recommended and decided it, their commits and signatures.
import { actionTimeline, closureDecisions, type EvidenceToday } from '../audit/timeline.js';
import { today } from '../dates.js';
import { judge } from '../engine/judge.js';
import { withheld } from '../engine/withhold.js';
import { CqcError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { decisionsJson, timelineJson, type AuditNotes } from '../report/audit-json.js';
import { DEFAULT_WIDTH, decisionsTable, timelineTable } from '../report/audit-table.js';
import { terminalWidth } from '../report/width.js';
import { useColor } from '../report/check/outputs.js';
import { leftoverNote } from '../repo/leftovers.js';

export interface AuditOptions {
  id?: string;
  /** Scan the history for personal data instead of showing the trail. */
  personalData?: boolean;
  dir?: string;
  asOf?: string;
  format: string;
}

export async function auditCommand(opts: AuditOptions, io: Io): Promise<number> {
  if (!['human', 'table', 'json'].includes(opts.format)) throw new UsageError(`cqc audit prints "human" (a table) or "json"; "${opts.format}" is not one of them.`);
  if (opts.personalData) {
    if (opts.id !== undefined) throw new UsageError('cqc audit --personal-data scans the whole history; it takes no action id. Run it without one.');
    const { personalDataAuditCommand } = await import('./audit-personal-data.js');
    return personalDataAuditCommand({ ...(opts.dir !== undefined ? { dir: opts.dir } : {}), format: opts.format === 'json' ? 'json' : 'human' }, io);
  }
  const judged = await judge({
    cwd: io.cwd, ...(opts.dir !== undefined ? { dir: opts.dir } : {}), asOf: opts.asOf ?? today(), git: true,
    verify: opts.id === undefined ? 'decisions' : { action: opts.id },
  });
  const { ctx } = judged;
  if (judged.leftovers.length) io.stderr(leftoverNote(judged.leftovers));
  const trail = ctx.trail;
  if (!trail) {
    throw new CqcError(`${judged.root} is not in a git repository, so there is no audit trail to show. Keep the assurance repo in git ("git init", then commit each change) and run cqc audit again.`);
  }
  const notes: AuditNotes = { ...(trail.start ? { trailStart: trail.start } : {}), ...(judged.gitNote ? { gitNote: judged.gitNote } : {}) };
  const json = opts.format === 'json';
  const color = useColor({ isTTY: io.stdoutIsTTY }, io.env);
  const width = terminalWidth(io) ?? DEFAULT_WIDTH;
  if (opts.id === undefined) {
    const rows = withheld(ctx, closureDecisions(trail, opts.asOf), { nullNumbers: json });
    io.stdout(json ? decisionsJson(rows, notes) : decisionsTable(rows, notes, color, width));
    return 0;
  }
  const evidence = new Map<string, EvidenceToday>(ctx.evidenceFor(opts.id).map((e) => [e.file.path, { type: e.evidence.type, date: e.evidence.date }]));
  const found = actionTimeline(trail, opts.id, evidence, opts.asOf);
  const view = found && withheld(ctx, found, { nullNumbers: json });
  if (!view) throw new UsageError(`No action "${opts.id}" in this repo or its git history. Run "cqc status" to list the action ids.`);
  io.stdout(json ? timelineJson(view, notes) : timelineTable(view, notes, color, width));
  return 0;
}
