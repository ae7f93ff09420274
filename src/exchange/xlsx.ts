// XLSX for `cqc export` and `cqc import`: one sheet, a bold frozen header row, dates as real date
// cells shown as YYYY-MM-DD, text cells in Excel's text format so editing "12" or "1-123" keeps it text.
import type { Cell, SheetData } from 'write-excel-file/node';
import type { RawCell } from './cells.js';
import { type ColumnKind, EXPORT_COLUMNS, type ExportCell, type ExportRow } from './columns.js';
import { neutraliseFormula } from './formula.js';
import { type HeaderMap, readSheetGrid, type SheetRead } from './sheet.js';

export const SHEET_NAME = 'Actions';
const DATE_FORMAT = 'yyyy-mm-dd';
const TEXT_FORMAT = '@';
const WIDTH: Record<ColumnKind, number> = { text: 18, list: 28, date: 12, number: 10, 'yes-no': 7 };

/** The export as an .xlsx workbook. */
export async function writeXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
  // Loaded here, not at the top: only export pays for it, never `cqc check`.
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const header: Cell[] = EXPORT_COLUMNS.map((c) => ({ value: c.name, fontWeight: 'bold' }));
  const data: SheetData = [header, ...rows.map((row) => EXPORT_COLUMNS.map((c) => xlsxCell(row[c.name])))];
  return writeExcelFile(data, {
    sheet: SHEET_NAME,
    stickyRowsCount: 1,
    columns: EXPORT_COLUMNS.map((c) => ({ width: c.name === 'title' ? 48 : WIDTH[c.kind] })),
  }).toBuffer();
}

function xlsxCell(cell: ExportCell): Cell {
  if (cell === null) return null;
  // Dates arrive at UTC midnight, which is what write-excel-file turns into the Excel serial day.
  if (cell instanceof Date) return { value: cell, type: Date, format: DATE_FORMAT };
  if (typeof cell === 'number') return { value: cell, type: Number };
  // A string cell is never evaluated by Excel, but neutralising it anyway keeps both formats showing
  // the same text, and keeps a later "Save as CSV" from Excel safe.
  return { value: neutraliseFormula(cell), type: String, format: TEXT_FORMAT };
}

/** The first sheet of an .xlsx workbook as export fields; dates may be date cells or YYYY-MM-DD text. */
export async function readXlsx(content: Uint8Array, map?: HeaderMap): Promise<SheetRead> {
  const { readSheet } = await import('read-excel-file/node');
  let grid: RawCell[][];
  try {
    // trim: false, so text comes back exactly as exported.
    const sheet = await readSheet(Buffer.from(content.buffer, content.byteOffset, content.byteLength), { trim: false });
    // Its typings say `typeof Date` where a Date instance is what arrives.
    grid = sheet as unknown as RawCell[][];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { rows: [], problems: [{ reason: `not an .xlsx workbook that can be read (an older .xls must be saved as .xlsx first): ${why}` }] };
  }
  return readSheetGrid(grid, map);
}
