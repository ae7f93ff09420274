// `cqc audit` for people: the timeline of one action, or the inspector's page of closure decisions,
// as terminal tables that fit the width given (a list when too narrow). Colour lives here only.
import { Chalk, type ChalkInstance } from 'chalk';
import type { ActionTimeline, CommitCell, DecisionRow, PersonCell } from '../audit/timeline.js';
import type { AuditNotes } from './audit-json.js';
import { drawTable, fitColumns, hanging, type Cell, type Line } from './width.js';

export const BEFORE_TRAIL = 'recorded before the audit trail began';

/** Width to fit when output goes to a file or pipe. */
export const DEFAULT_WIDTH = 120;

const short = (hash: string) => hash.slice(0, 7);
/** "2026-10-20 14:30", in the author's own clock as git recorded it. */
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function personWords(p: PersonCell): string {
  if (p.id === undefined) return `unknown: ${p.email ?? '?'}`;
  return p.roles.length ? `${p.id} (${p.roles.join(', ')})` : p.id;
}

function footer(paint: ChalkInstance, notes: AuditNotes, width: number): string[] {
  const lines: string[] = [];
  if (notes.trailStart) lines.push(...hanging(`The audit trail begins at policy.audit_trail_from (${notes.trailStart}); earlier steps are shown but not judged.`, width, '').map((l) => paint.dim(l)));
  if (notes.gitNote) lines.push(...hanging(notes.gitNote, width, '').map((l) => paint.yellow(l)));
  return lines;
}

/**
 * A table if it fits, else one block per row: the `top` cells on its first line, then each other
 * cell indented, its first line led by its label (when the column has one) so it reads alone.
 */
function tableOrList(head: string[], rows: Cell[][], flexible: number[], color: boolean, width: number, top: number[], labels: (string | undefined)[] = []): string {
  const widths = fitColumns([head, ...rows], new Set(flexible), width);
  if (widths) return drawTable(head, rows, widths, color);
  const linesOf = (cell: Cell): Line[] => (typeof cell === 'string' ? cell.split('\n').filter(Boolean).map((t) => ({ text: t })) : [...cell]);
  return rows.map((row) => {
    const first = top.flatMap((i) => linesOf(row[i] ?? '')).map((l) => l.text).join('  ');
    const rest = row.flatMap((cell, i) => (top.includes(i) ? [] : linesOf(cell).map((l, n) => (n === 0 && labels[i] ? { ...l, text: `${labels[i]} ${l.text}` } : l))));
    return [...hanging(first, width, ''), ...rest.flatMap((l) => hanging(l.text, width, '  ').map((p) => (l.paint ? l.paint(p) : p)))].join('\n');
  }).join('\n\n');
}

export function timelineTable(view: ActionTimeline, notes: AuditNotes, color: boolean, width = DEFAULT_WIDTH): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const rows: Cell[][] = view.rows.map((r) => [
    when(r.date),
    [
      { text: r.detail },
      ...(r.mismatch ? [{ text: `record names ${r.named ?? '?'}, committed by someone else`, paint: paint.red }] : []),
      ...(r.judged ? [] : [{ text: BEFORE_TRAIL, paint: paint.dim }]),
    ],
    personWords(r.author), short(r.commit), r.signature ?? '',
  ]);
  const head = paint.bold(`Audit trail of ${view.id} (${view.path}), oldest first`);
  const body = view.rows.length
    ? tableOrList(['Date', 'Event', 'Person', 'Commit', 'Signature'], rows, [1, 2, 4], color, width, [0, 3, 4], [undefined, undefined, 'by'])
    : 'No commits recorded for this action yet.';
  return `${[head, body, ...footer(paint, notes, width)].join('\n')}\n`;
}

function step(who: string | undefined, roles: string[], on: string | undefined, cell: CommitCell | undefined, paint: ChalkInstance): Line[] {
  if (who === undefined) return [{ text: 'none recorded', paint: paint.dim }];
  const lines: Line[] = [{ text: roles.length ? `${who} (${roles.join(', ')})` : who }];
  if (on !== undefined) lines.push({ text: `on ${on}` });
  if (cell) {
    lines.push({ text: `commit ${short(cell.commit)}` });
    if (cell.author.id !== who) lines.push({ text: `committed by ${personWords(cell.author)}`, paint: paint.red });
  }
  return lines;
}

export function decisionsTable(rows: DecisionRow[], notes: AuditNotes, color: boolean, width = DEFAULT_WIDTH): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const cells: Cell[][] = rows.map((r) => [
    r.action,
    [{ text: r.decision }, ...(r.current ? [] : [{ text: '(replaced later)', paint: paint.dim }])],
    step(r.recommendedBy, r.recommenderRoles, r.recommendedOn, r.recommended, paint),
    [
      ...step(r.decidedBy, r.deciderRoles, r.decidedOn, r.decided, paint),
      ...(r.decided.judged ? [] : [{ text: BEFORE_TRAIL, paint: paint.dim }]),
    ],
    r.decided.signature ?? 'not checked',
  ]);
  const head = paint.bold(`Closure decisions recorded in git (${rows.length}), oldest first`);
  const body = rows.length
    ? tableOrList(['Action', 'Decision', 'Recommended by', 'Decided by', 'Signature'], cells, [2, 3, 4], color, width, [0, 1], [undefined, undefined, 'recommended by', 'decided by', 'signature:'])
    : 'No closure decisions have been committed yet.';
  return `${[head, body, ...footer(paint, notes, width)].join('\n')}\n`;
}
