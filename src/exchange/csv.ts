// CSV for `cqc export` and `cqc import`: RFC 4180 quoting, UTF-8.
//
// A file written with -o is for Excel: a byte-order mark and CRLF. Without the BOM Excel on Windows
// opens a .csv as the local code page, and "Siân Ó'Brien" arrives as "SiÃ¢n Ã“'Brien". Text on
// standard output is for other programs (a pipe, a script, `> file` on a server): plain UTF-8 and
// LF, so its first header is "id" to any reader. Import reads both.
import { EXPORT_COLUMNS, type ExportCell, type ExportRow, isoDate } from './columns.js';
import { neutraliseFormula } from './formula.js';
import { type HeaderMap, readSheetGrid, type SheetRead } from './sheet.js';

/** The export as CSV text; for Excel, with a BOM and CRLF. Write it as UTF-8. */
export async function writeCsv(rows: readonly ExportRow[], forExcel: boolean): Promise<string> {
  // Loaded here, not at the top: only export and import pay for it, never `cqc check`.
  const { stringify } = await import('csv-stringify/sync');
  const header = EXPORT_COLUMNS.map((c) => c.name);
  const records = rows.map((row) => EXPORT_COLUMNS.map((c) => csvText(row[c.name])));
  return stringify([header, ...records], { bom: forExcel, record_delimiter: forExcel ? 'windows' : 'unix' });
}

/** Dates as YYYY-MM-DD text, numbers as written, text neutralised against formulas. */
function csvText(cell: ExportCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDate(cell);
  if (typeof cell === 'number') return String(cell);
  return neutraliseFormula(cell);
}

/** A CSV file's rows as export fields. Bytes must be UTF-8 (a BOM is allowed). */
export async function readCsv(content: Uint8Array | string, map?: HeaderMap): Promise<SheetRead> {
  let text: string;
  try {
    // fatal: a file saved as Excel's plain "CSV" (Windows-1252) must not be imported as mojibake.
    text = typeof content === 'string' ? content : new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { rows: [], problems: [{ reason: 'the file is not UTF-8 text: in Excel, save it as "CSV UTF-8 (Comma delimited)"' }] };
  }
  const { parse, CsvError } = await import('csv-parse/sync');
  let grid: string[][];
  try {
    // Blank lines are kept, so that each record's index is the row number a spreadsheet shows.
    grid = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // `records` counts the rows read before the one that broke, so this is the broken row.
    const records = (error as { records?: number }).records ?? 0;
    return { rows: [], problems: [{ row: records + 1, reason: `the CSV cannot be read from here on: ${error.message}` }] };
  }
  return readSheetGrid(grid, map);
}
