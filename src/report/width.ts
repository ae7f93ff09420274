// Output that fits the terminal it is read on. A quality lead's laptop terminal is often 80
// columns; a table drawn for 147 falls apart there. Tables share out the width they are given,
// wrap within cells at word boundaries, and give way to a list when even that would be cramped.
import Table from 'cli-table3';
import type { Io } from '../io.js';

/**
 * The width to fit: COLUMNS when set (a user or script saying how wide), else the terminal's own,
 * else undefined (output to a file or pipe, where nothing needs wrapping).
 */
export function terminalWidth(io: Pick<Io, 'env' | 'columns'>): number | undefined {
  const fromEnv = Number(io.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return io.columns !== undefined && io.columns > 0 ? io.columns : undefined;
}

/** Lines of at most `width` characters, broken between words (a word longer than a line is split). */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of paragraph.split(/ +/).filter(Boolean)) {
      while (word.length > width) {
        if (line) { out.push(line); line = ''; }
        out.push(word.slice(0, width));
        word = word.slice(width);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else { out.push(line); line = word; }
    }
    out.push(line);
  }
  return out;
}

/** Wrapped, then every line after the first indented by `indent` (a hanging indent). */
export function hanging(text: string, width: number, first: string, indent = ' '.repeat(first.length)): string[] {
  return wrapText(text, Math.max(20, width - indent.length)).map((line, i) => `${i === 0 ? first : indent}${line}`);
}

/** One line of a table cell, painted as a whole (colour is applied after wrapping, line by line). */
export interface Line { text: string; paint?: (text: string) => string }
export type Cell = string | readonly Line[];

const linesOf = (cell: Cell): readonly Line[] => (typeof cell === 'string' ? cell.split('\n').map((text) => ({ text })) : cell);
const cellWidth = (cell: Cell): number => Math.max(0, ...linesOf(cell).map((l) => l.text.length));

/**
 * Column widths for cli-table3 (one space of padding each side included) that fit `width` with the
 * borders: every column at its content's width if that fits; otherwise the `flexible` ones share
 * what the others leave, those needing less than a fair share taking only what they need. A
 * flexible column never gets less than `min` characters, nor less than its longest word (a word
 * split across lines is hard to read); undefined when that cannot fit: a list reads better then.
 */
export function fitColumns(rows: readonly (readonly Cell[])[], flexible: ReadonlySet<number>, width: number, min = 16): number[] | undefined {
  const count = rows[0]?.length ?? 0;
  const natural = Array.from({ length: count }, (_, i) => 2 + Math.max(...rows.map((r) => cellWidth(r[i] ?? ''))));
  const floor = Array.from({ length: count }, (_, i) => 2 + Math.max(min, ...rows.flatMap((r) => linesOf(r[i] ?? '').flatMap((l) => l.text.split(/\s+/).map((w) => w.length)))));
  const widths = [...natural];
  let left = width - (count + 1) - natural.reduce((sum, w, i) => sum + (flexible.has(i) ? 0 : w), 0);
  const open = [...flexible];
  while (open.length) {
    const share = Math.floor(left / open.length);
    const settled = open.find((i) => natural[i]! <= share) ?? open.find((i) => floor[i]! > share);
    if (settled === undefined) {
      for (const j of open) widths[j] = share;
      widths[open[open.length - 1]!] = share + (left - share * open.length);
      break;
    }
    widths[settled] = Math.min(natural[settled]!, Math.max(share, floor[settled]!));
    left -= widths[settled]!;
    open.splice(open.indexOf(settled), 1);
  }
  const fits = widths.reduce((a, b) => a + b, 0) + count + 1 <= width && [...flexible].every((i) => widths[i]! >= Math.min(natural[i]!, floor[i]!));
  return fits ? widths : undefined;
}

/** A cell's lines wrapped to `width`, each piece painted as its line was. */
export function wrapCell(cell: Cell, width: number): string {
  return linesOf(cell).flatMap((line) => wrapText(line.text, width).map((piece) => (line.paint ? line.paint(piece) : piece))).join('\n');
}

/** A bordered table with each cell wrapped to its column. */
export function drawTable(head: readonly string[], rows: readonly (readonly Cell[])[], widths: readonly number[], color: boolean): string {
  const table = new Table({ head: [...head], style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] }, colWidths: [...widths] });
  for (const row of rows) table.push(row.map((cell, i) => wrapCell(cell, widths[i]! - 2)));
  return table.toString();
}
