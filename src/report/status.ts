// `cqc status` output: a table for the meeting room, JSON for scripts. Colour lives here only.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Assurance } from '../model.js';
import { DEFAULT_POLICY } from '../policy.js';
import type { StatusRow } from '../status/rows.js';

const DEFAULT_SPC_MIN_POINTS = DEFAULT_POLICY.spc_min_points;

/** `spcMinPoints` is policy.spc_min_points, for the legend. */
export interface StatusView { asOf: string; rows: StatusRow[]; gitNote?: string; spcMinPoints?: number }

export function statusJson(view: StatusView): string {
  return JSON.stringify({ version: 1, asOf: view.asOf, actions: view.rows }, null, 2) + '\n';
}

/** The SPC column: short enough for an 80-column terminal, explained by the legend under the table. */
const ASSURANCE_CELL: Record<Assurance, string> = { 'consistent-pass': 'pass', 'consistent-fail': 'fail', 'hit-and-miss': '?' };
const NO_VERDICT = '–';

/** The legend under the table, in lines of at most 80 characters. */
export function assuranceLegend(spcMinPoints: number): string[] {
  return [
    'SPC assurance (NHS Making Data Count): pass = consistently meets its goal;',
    `fail = consistently misses it; ? = hit and miss; ${NO_VERDICT} = fewer than ${spcMinPoints} dates`,
    'measured, no verdict yet. With several targets, the worst of them.',
  ];
}

export function statusTable(view: StatusView, color: boolean, width = 120): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const rag = { red: paint.red.bold('RED'), amber: paint.yellow.bold('AMBER'), green: paint.green.bold('GREEN') };
  const spc = (r: StatusRow) => {
    if (r.assurance === null) return paint.dim(NO_VERDICT);
    const cell = ASSURANCE_CELL[r.assurance];
    return r.assurance === 'consistent-pass' ? paint.green(cell) : r.assurance === 'consistent-fail' ? paint.red(cell) : paint.yellow(cell);
  };
  if (view.rows.length === 0) return `No actions match.\n`;
  const style = { head: color ? ['bold'] : [], border: color ? ['grey'] : [] };
  // Widths of the short columns, from their content (cli-table3 widths include one space each side).
  const fit = (head: string, cells: string[]) => Math.max(head.length, ...cells.map((c) => c.length)) + 2;
  const short = {
    id: fit('Action', view.rows.map((r) => r.id)),
    owner: fit('Owner', view.rows.map((r) => r.owner)),
    location: fit('Location', view.rows.map((r) => r.location ?? '')),
    status: fit('Status', view.rows.map((r) => r.status.replace('_', ' '))),
    rag: fit('RAG', ['AMBER']),
    due: fit('Due', view.rows.map((r) => r.due ?? '')),
    spc: fit('SPC', ['pass']),
  };
  const borders = (columns: number) => columns + 1;
  const place = (r: StatusRow) => r.location ?? '';
  // Wide: one row per action, owner and location in columns of their own (or stacked in one where
  // that is what makes the table fit); the title and readiness share what is left, up to 40 each.
  const stacked = Math.max(short.owner, short.location);
  const layouts = [
    { head: ['Owner', 'Location'], widths: [short.owner, short.location], cells: (r: StatusRow) => [r.owner, place(r)] },
    { head: ['Owner\nLocation'], widths: [stacked], cells: (r: StatusRow) => [r.location ? `${r.owner}\n${paint.dim(r.location)}` : r.owner] },
  ];
  let table: InstanceType<typeof Table> | undefined;
  for (const layout of layouts) {
    const room = width - (short.id + short.status + short.rag + short.due + short.spc + layout.widths.reduce((a, b) => a + b, 0) + borders(7 + layout.widths.length));
    if (room < 20 + 26) continue;
    const titleWidth = Math.min(40, room - 26);
    table = new Table({
      head: ['Action', 'Title', ...layout.head, 'Status', 'RAG', 'Due', 'SPC', 'Closure readiness'], style, wordWrap: true,
      colWidths: [short.id, titleWidth, ...layout.widths, short.status, short.rag, short.due, short.spc, Math.min(40, room - titleWidth)],
    });
    for (const r of view.rows) {
      table.push([r.id, r.title, ...layout.cells(r), r.status.replace('_', ' '), rag[r.rag], r.due ?? '', spc(r), r.readiness]);
    }
    break;
  }
  if (!table) {
    // Narrow (80 columns): the title, owner and location go on a line of their own under each action.
    const fixed = short.id + short.status + short.rag + short.due + short.spc + borders(6);
    table = new Table({
      head: ['Action', 'Status', 'RAG', 'Due', 'SPC', 'Closure readiness'], style, wordWrap: true,
      colWidths: [short.id, short.status, short.rag, short.due, short.spc, Math.max(16, width - fixed)],
    });
    for (const r of view.rows) {
      table.push([r.id, r.status.replace('_', ' '), rag[r.rag], r.due ?? '', spc(r), r.readiness]);
      table.push([{ colSpan: 6, content: paint.dim(`${r.title} (${[r.owner, r.location].filter(Boolean).join(', ')})`) }]);
    }
  }
  const ready = view.rows.filter((r) => r.ready && r.status !== 'closed').map((r) => r.id);
  const blocked = view.rows.filter((r) => !r.ready);
  const lines = [table.toString(), ...assuranceLegend(view.spcMinPoints ?? DEFAULT_SPC_MIN_POINTS).map((l) => paint.dim(l)), ''];
  lines.push(ready.length ? paint.green(`Ready to close today: ${ready.join(', ')}.`) : 'Nothing is ready to close today.');
  for (const r of blocked) {
    lines.push(`${paint.bold(r.id)} ${r.status === 'closed' ? 'is closed but' : 'is blocked:'}`);
    for (const b of r.blockers) lines.push(`  - ${b.message} ${paint.dim(`[${b.rule}]`)}`);
  }
  lines.push(paint.dim(`Dates judged as of ${view.asOf}.`));
  if (view.gitNote) lines.push(paint.yellow(view.gitNote));
  return lines.join('\n') + '\n';
}
