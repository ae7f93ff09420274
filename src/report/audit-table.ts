// `cqc audit` for people: the timeline of one action, or the inspector's page of closure decisions,
// as terminal tables. Colour lives here only.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ActionTimeline, CommitCell, DecisionRow, PersonCell } from '../audit/timeline.js';
import type { AuditNotes } from './audit-json.js';

export const BEFORE_TRAIL = 'recorded before the audit trail began';

const short = (hash: string) => hash.slice(0, 7);
/** "2026-10-20 14:30", in the author's own clock as git recorded it. */
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function personWords(p: PersonCell): string {
  if (p.id === undefined) return `unknown: ${p.email ?? '?'}`;
  return p.roles.length ? `${p.id} (${p.roles.join(', ')})` : p.id;
}

function table(head: string[], color: boolean, widths: (number | null)[]): Table.Table {
  return new Table({ head, style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] }, colWidths: widths, wordWrap: true });
}

function footer(paint: ChalkInstance, notes: AuditNotes): string[] {
  const lines: string[] = [];
  if (notes.trailStart) lines.push(paint.dim(`The audit trail begins at policy.audit_trail_from (${notes.trailStart}); earlier steps are shown but not judged.`));
  if (notes.gitNote) lines.push(paint.yellow(notes.gitNote));
  return lines;
}

export function timelineTable(view: ActionTimeline, notes: AuditNotes, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const t = table(['Date', 'Event', 'Person', 'Commit', 'Signature'], color, [18, 46, 30, 9, 24]);
  for (const r of view.rows) {
    const flags = [
      r.mismatch ? paint.red(`record names ${r.named ?? '?'}, committed by someone else`) : '',
      r.judged ? '' : paint.dim(BEFORE_TRAIL),
    ].filter(Boolean);
    t.push([when(r.date), [r.detail, ...flags].join('\n'), personWords(r.author), short(r.commit), r.signature ?? '']);
  }
  const head = paint.bold(`Audit trail of ${view.id} (${view.path}), oldest first`);
  const body = view.rows.length ? t.toString() : 'No commits recorded for this action yet.';
  return `${[head, body, ...footer(paint, notes)].join('\n')}\n`;
}

function step(who: string | undefined, roles: string[], on: string | undefined, cell: CommitCell | undefined, paint: ChalkInstance): string {
  if (who === undefined) return paint.dim('none recorded');
  const lines = [roles.length ? `${who} (${roles.join(', ')})` : who];
  if (on !== undefined) lines.push(`on ${on}`);
  if (cell) {
    lines.push(`commit ${short(cell.commit)}`);
    if (cell.author.id !== who) lines.push(paint.red(`committed by ${personWords(cell.author)}`));
  }
  return lines.join('\n');
}

const STEP_WORDS: Record<DecisionRow['kind'], (r: DecisionRow) => string> = {
  decision: (r) => r.decision,
  review: (r) => `post-closure review: ${r.decision}`,
  reopen: () => 'reopened',
};

export function decisionsTable(rows: DecisionRow[], notes: AuditNotes, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const t = table(['Action', 'Step', 'Recommended by', 'Decided or recorded by', 'Signature'], color, [12, 14, 30, 40, 26]);
  for (const r of rows) {
    const decision = [STEP_WORDS[r.kind](r), r.current ? '' : paint.dim(r.kind === 'decision' ? '(replaced later)' : '(no longer in the record)')].filter(Boolean).join('\n');
    const decided = [step(r.decidedBy, r.deciderRoles, r.decidedOn, r.decided, paint), r.decided.judged ? '' : paint.dim(BEFORE_TRAIL)].filter(Boolean).join('\n');
    const recommended = r.kind === 'decision' ? step(r.recommendedBy, r.recommenderRoles, r.recommendedOn, r.recommended, paint) : '';
    t.push([r.action, decision, recommended, decided, r.decided.signature ?? 'not checked']);
  }
  const head = paint.bold(`Closure decisions, holds, post-closure reviews and reopenings recorded in git (${rows.length}), oldest first`);
  const body = rows.length ? t.toString() : 'No closure decisions, post-closure reviews or reopenings have been committed yet.';
  return `${[head, body, ...footer(paint, notes)].join('\n')}\n`;
}
