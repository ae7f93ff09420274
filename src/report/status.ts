// `cqc status` output: a table for the meeting room, JSON for scripts. Colour lives here only.
// The table fits the width it is given (the terminal's): titles and readiness wrap within their
// cells, and below that a list of one short block per action reads better than a crushed table.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Assurance } from '../model.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { StatusRow } from '../status/rows.js';
import { drawTable, fitColumns, hanging, type Cell } from './width.js';

export interface StatusView {
  asOf: string;
  rows: StatusRow[];
  gitNote?: string;
  /** policy.spc_min_points, for the legend. */
  spcMinPoints?: number;
  /** Record files cqc could not read: their actions are missing from the rows, and the reader must know. */
  unreadable?: string[];
}

/** Width to fit when output goes to a file or pipe (COLUMNS sets another). */
export const DEFAULT_WIDTH = 120;

export function statusJson(view: StatusView): string {
  return JSON.stringify({ version: 1, asOf: view.asOf, actions: view.rows }, null, 2) + '\n';
}

const RAG_WORDS = { red: 'RED', amber: 'AMBER', green: 'GREEN' } as const;

/** The SPC column: short enough for an 80-column terminal, explained by the legend under the table. */
const ASSURANCE_CELL: Record<Assurance, string> = { 'consistent-pass': 'pass', 'consistent-fail': 'fail', 'hit-and-miss': '?' };
const NO_VERDICT = '–';

/** The legend under the table, wrapped to the width. */
export function assuranceLegend(spcMinPoints: number, width: number): string[] {
  return hanging(`SPC assurance (NHS Making Data Count): pass = consistently meets its goal; fail = consistently misses it; ? = hit and miss; ${NO_VERDICT} = fewer than ${spcMinPoints} dates measured, no verdict yet. With several targets, the worst of them.`, width, '');
}

function ragPaint(paint: ChalkInstance, rag: StatusRow['rag']): (text: string) => string {
  return rag === 'red' ? paint.red.bold : rag === 'amber' ? paint.yellow.bold : paint.green.bold;
}

function spcCell(paint: ChalkInstance, r: StatusRow): Cell {
  if (r.assurance === null) return [{ text: NO_VERDICT, paint: paint.dim }];
  const text = ASSURANCE_CELL[r.assurance];
  return [{ text, paint: r.assurance === 'consistent-pass' ? paint.green : r.assurance === 'consistent-fail' ? paint.red : paint.yellow }];
}

function asTable(view: StatusView, paint: ChalkInstance, color: boolean, width: number): string | undefined {
  const located = view.rows.some((r) => r.location !== null);
  // Owner and location in columns of their own, or stacked in one where that is what makes it fit.
  const layouts: { head: string[]; cells: (r: StatusRow) => Cell[] }[] = located
    ? [
      { head: ['Owner', 'Location'], cells: (r) => [r.owner, r.location ?? ''] },
      { head: ['Owner / location'], cells: (r) => [r.location ? [{ text: r.owner }, { text: r.location, paint: paint.dim }] : r.owner] },
    ]
    : [{ head: ['Owner'], cells: (r) => [r.owner] }];
  for (const layout of layouts) {
    const head = ['Action', 'Title', ...layout.head, 'Status', 'RAG', 'Due', 'SPC', 'Closure readiness'];
    const rows: Cell[][] = view.rows.map((r) => [
      r.id, r.title, ...layout.cells(r), r.status.replace('_', ' '),
      [{ text: RAG_WORDS[r.rag], paint: ragPaint(paint, r.rag) }], r.due ?? '', spcCell(paint, r), r.readiness,
    ]);
    const widths = fitColumns([head, ...rows], new Set([1, head.length - 1]), width, 14);
    if (widths) return drawTable(head, rows, widths, color);
  }
  return undefined;
}

/** One block per action when the terminal is too narrow for the table. */
function asList(view: StatusView, paint: ChalkInstance, width: number): string {
  return view.rows.map((r) => {
    const spc = r.assurance === null ? NO_VERDICT : ASSURANCE_CELL[r.assurance];
    const facts = [`owner ${r.owner}`, r.location, r.status.replace('_', ' '), r.due ? `due ${r.due}` : undefined, `SPC ${spc}`].filter(Boolean).join(' · ');
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
  const lines = view.rows.length
    ? [asTable(view, paint, color, width) ?? asList(view, paint, width), ...assuranceLegend(view.spcMinPoints ?? DEFAULT_POLICY.spc_min_points, width).map((l) => paint.dim(l)), '']
    : ['No actions to show.', ''];
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
