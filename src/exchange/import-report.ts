// What `cqc import` tells the person importing: each rejected row with the column and cell to
// correct, in their spreadsheet's own headers, or what was (or would be) written.
import type { ExportColumn } from './columns.js';
import type { PlannedAction } from './import-plan.js';
import type { SheetColumn, SheetProblem } from './sheet.js';

/** One reason a row cannot come in; `column` is the export field, `header` the sheet's own words. */
export interface RowProblem { row: number; column?: ExportColumn; header?: string; cell?: string; reason: string }

/** "row 4, Lead (owner, H4)": where to look in the sheet. */
export function placeOf(p: RowProblem, columns: readonly SheetColumn[]): string {
  const col = p.column !== undefined ? columns.find((c) => c.column === p.column) : undefined;
  const header = p.header ?? col?.header;
  const cell = p.cell ?? (col ? `${col.letter}${p.row}` : undefined);
  if (header === undefined && p.column === undefined) return `row ${p.row}`;
  if (header === undefined) return `row ${p.row}, ${p.column} (no such column in the sheet; cqc used its default)`;
  const named = p.column !== undefined && header.trim().toLowerCase() !== p.column ? `${header} (${p.column}, ${cell})` : `${header} (${cell})`;
  return `row ${p.row}, ${named}`;
}

/** Each row problem once, by row and then the sheet's column order. */
export function orderedProblems(problems: readonly RowProblem[], columns: readonly SheetColumn[]): RowProblem[] {
  const seen = new Set<string>();
  const order = (p: RowProblem) => columns.findIndex((c) => c.column === p.column || c.header === p.header);
  return problems
    .filter((p) => {
      const key = `${p.row}\0${p.column ?? p.header ?? ''}\0${p.reason}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.row - b.row || order(a) - order(b));
}

export function rejectedText(file: string, problems: readonly RowProblem[], columns: readonly SheetColumn[], rows: number): string {
  const rejected = new Set(problems.map((p) => p.row)).size;
  const lines = orderedProblems(problems, columns).map((p) => `  ${placeOf(p, columns)}: ${sentence(p.reason)}`);
  return `cqc: ${rejected} of ${rows} row${rows === 1 ? '' : 's'} in ${file} cannot be imported, so nothing was written:\n${lines.join('\n')}\n`
    + 'Correct (or delete) these rows in the spreadsheet and run cqc import again; add --dry-run to check without writing.\n';
}

/** Problems with the file or its header row: the rows cannot be read at all. */
export function unreadableText(file: string, problems: readonly SheetProblem[]): string {
  const lines = problems.map((p) => `  ${p.row !== undefined ? `row ${p.row}${p.cell ? ` (${p.cell})` : ''}: ` : ''}${sentence(p.reason)}`);
  return `cqc: ${file} cannot be imported; nothing was written:\n${lines.join('\n')}\n`;
}

export function plannedText(file: string, planned: readonly PlannedAction[], dryRun: boolean): string {
  const n = planned.length;
  const head = dryRun
    ? `Dry run: nothing was written. ${n} action${n === 1 ? '' : 's'} from ${file} would be raised:`
    : `Raised ${n} action${n === 1 ? '' : 's'} from ${file}:`;
  const lines = planned.map((p) => `  row ${p.row}: ${p.id} (${p.action.status}) → ${p.path}: ${p.action.title}`);
  return `${[head, ...lines].join('\n')}\n`;
}

function sentence(reason: string): string {
  const text = reason.trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
