// `cqc status` output: a table for the meeting room, JSON for scripts. Colour lives here only.
// The table fits the width it is given (the terminal's): titles and readiness wrap within their
// cells, and below that a list of one short block per action reads better than a crushed table.
import { Chalk, type ChalkInstance } from 'chalk';
import type { StatusRow } from '../status/rows.js';
import { drawTable, fitColumns, hanging, type Cell } from './width.js';

export interface StatusView {
  asOf: string;
  rows: StatusRow[];
  gitNote?: string;
  /** Record files cqc could not read: their actions are missing from the rows, and the reader must know. */
  unreadable?: string[];
}

/** Width to fit when output goes to a file or pipe (COLUMNS sets another). */
export const DEFAULT_WIDTH = 120;

export function statusJson(view: StatusView): string {
  return JSON.stringify({ version: 1, asOf: view.asOf, actions: view.rows }, null, 2) + '\n';
}

const RAG_WORDS = { red: 'RED', amber: 'AMBER', green: 'GREEN' } as const;

function ragPaint(paint: ChalkInstance, rag: StatusRow['rag']): (text: string) => string {
  return rag === 'red' ? paint.red.bold : rag === 'amber' ? paint.yellow.bold : paint.green.bold;
}

function asTable(view: StatusView, paint: ChalkInstance, color: boolean, width: number): string | undefined {
  const located = view.rows.some((r) => r.location !== null);
  const head = ['Action', 'Title', 'Owner', ...(located ? ['Location'] : []), 'Status', 'RAG', 'Due', 'Closure readiness'];
  const rows: Cell[][] = view.rows.map((r) => [
    r.id, r.title, r.owner, ...(located ? [r.location ?? ''] : []), r.status.replace('_', ' '),
    [{ text: RAG_WORDS[r.rag], paint: ragPaint(paint, r.rag) }], r.due ?? '', r.readiness,
  ]);
  const widths = fitColumns([head, ...rows], new Set([1, head.length - 1]), width, 14);
  return widths && drawTable(head, rows, widths, color);
}

/** One block per action when the terminal is too narrow for the table. */
function asList(view: StatusView, paint: ChalkInstance, width: number): string {
  return view.rows.map((r) => {
    const facts = [`owner ${r.owner}`, r.location, r.status.replace('_', ' '), r.due ? `due ${r.due}` : undefined].filter(Boolean).join(' · ');
    const [first = '', ...rest] = hanging(`${r.id} · ${RAG_WORDS[r.rag]} · ${r.readiness}`, width, '', '  ');
    return [
      first.replace(r.id, paint.bold(r.id)).replace(` ${RAG_WORDS[r.rag]} `, ` ${ragPaint(paint, r.rag)(RAG_WORDS[r.rag])} `),
      ...rest,
      ...hanging(r.title, width, '  '),
      ...hanging(facts, width, '  ').map((l) => paint.dim(l)),
    ].join('\n');
  }).join('\n\n');
}

export function statusTable(view: StatusView, color: boolean, width = DEFAULT_WIDTH): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  if (view.rows.length === 0 && !view.unreadable?.length) return `No actions match.\n`;
  const ready = view.rows.filter((r) => r.ready && r.status !== 'closed').map((r) => r.id);
  const blocked = view.rows.filter((r) => !r.ready);
  const lines = [view.rows.length ? asTable(view, paint, color, width) ?? asList(view, paint, width) : 'No actions to show.', ''];
  lines.push(...hanging(ready.length ? `Ready to close today: ${ready.join(', ')}.` : 'Nothing is ready to close today.', width, '').map((l) => (ready.length ? paint.green(l) : l)));
  for (const r of blocked) {
    lines.push(`${paint.bold(r.id)} ${r.status === 'closed' ? 'is closed but' : 'is blocked:'}`);
    for (const b of r.blockers) lines.push(...hanging(`${b.message} [${b.rule}]`, width, '  - ', '    '));
  }
  if (view.unreadable?.length) {
    const files = view.unreadable.join(', ');
    lines.push(...hanging(`Not shown: cqc could not read ${files}, so what ${view.unreadable.length > 1 ? 'they hold is' : 'it holds is'} missing above. Run "cqc check" to see why.`, width, '').map((l) => paint.red(l)));
  }
  lines.push(paint.dim(`Dates judged as of ${view.asOf}.`));
  if (view.gitNote) lines.push(...hanging(view.gitNote, width, '').map((l) => paint.yellow(l)));
  return lines.join('\n') + '\n';
}
