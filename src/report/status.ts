// `cqc status` output: a table for the meeting room, JSON for scripts. Colour lives here only.
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { StatusRow } from '../status/rows.js';

export interface StatusView { asOf: string; rows: StatusRow[]; gitNote?: string }

export function statusJson(view: StatusView): string {
  return JSON.stringify({ version: 1, asOf: view.asOf, actions: view.rows }, null, 2) + '\n';
}

export function statusTable(view: StatusView, color: boolean, width = 120): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const rag = { red: paint.red.bold('RED'), amber: paint.yellow.bold('AMBER'), green: paint.green.bold('GREEN') };
  if (view.rows.length === 0) return `No actions match.\n`;
  const titleWidth = Math.max(20, Math.min(40, width - 95));
  const table = new Table({
    head: ['Action', 'Title', 'Owner', 'Location', 'Status', 'RAG', 'Due', 'Closure readiness'],
    style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] },
    colWidths: [null, titleWidth, null, null, null, null, null, 32],
    wordWrap: true,
  });
  for (const r of view.rows) {
    table.push([r.id, r.title, r.owner, r.location ?? '', r.status.replace('_', ' '), rag[r.rag], r.due ?? '', r.readiness]);
  }
  const ready = view.rows.filter((r) => r.ready && r.status !== 'closed').map((r) => r.id);
  const blocked = view.rows.filter((r) => !r.ready);
  const lines = [table.toString(), ''];
  lines.push(ready.length ? paint.green(`Ready to close today: ${ready.join(', ')}.`) : 'Nothing is ready to close today.');
  for (const r of blocked) {
    lines.push(`${paint.bold(r.id)} ${r.status === 'closed' ? 'is closed but' : 'is blocked:'}`);
    for (const b of r.blockers) lines.push(`  - ${b.message} ${paint.dim(`[${b.rule}]`)}`);
  }
  lines.push(paint.dim(`Dates judged as of ${view.asOf}.`));
  if (view.gitNote) lines.push(paint.yellow(view.gitNote));
  return lines.join('\n') + '\n';
}
