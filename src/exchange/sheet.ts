// A sheet read as rows of export fields: the header row names the columns (directly or through a
// `--map header=field` mapping), every later non-blank row becomes one record. Shared by CSV and XLSX.
import { type ColumnKind, EXPORT_COLUMNS, type ExportColumn } from './columns.js';
import { type ImportedCells, type RawCell, readCell } from './cells.js';

/** `--map` as given: header in the file → export column; an empty field leaves the column out. */
export type HeaderMap = ReadonlyMap<string, string>;

export interface SheetProblem {
  /** The row as a spreadsheet shows it: the header is row 1. Absent for problems with the file or the map. */
  row?: number;
  /** The header of the column, as written in the file. */
  column?: string;
  /** The cell reference a spreadsheet shows, e.g. "D7". */
  cell?: string;
  reason: string;
}

/** One data row; a cell that could not be read is left out and reported among the problems. */
export interface SheetRow {
  row: number;
  cells: ImportedCells;
}

/** A column the sheet holds: the export field it gives, its header as written and its letter (e.g. "K"). */
export interface SheetColumn {
  column: ExportColumn;
  header: string;
  letter: string;
}

/** Results, not exceptions: the importer rejects every row named in `problems` and reports them all. */
export interface SheetRead {
  rows: SheetRow[];
  problems: SheetProblem[];
  /** The columns read, so a problem found later (by the rules) can name its column and cell. */
  columns?: SheetColumn[];
}

const KIND = new Map<string, ColumnKind>(EXPORT_COLUMNS.map((c) => [c.name, c.kind]));
const key = (header: string): string => header.trim().toLowerCase();

interface Field { index: number; header: string; column: ExportColumn; kind: ColumnKind }

export function readSheetGrid(grid: readonly (readonly RawCell[])[], map: HeaderMap = new Map()): SheetRead {
  const problems: SheetProblem[] = [];
  const mapped = new Map<string, { header: string; column: string }>();
  for (const [header, field] of map) {
    if (field.trim() !== '' && !KIND.has(key(field))) {
      problems.push({ reason: `--map "${header}=${field}": ${field} is not an export column` });
    }
    mapped.set(key(header), { header, column: key(field) });
  }
  const headerRow = grid[0];
  if (!headerRow || headerRow.every(isBlank)) {
    return { rows: [], problems: [...problems, { row: 1, reason: 'row 1 must hold the column headers' }] };
  }
  const fields = headerFields(headerRow, grid, mapped, problems);
  const rows: SheetRow[] = [];
  grid.forEach((cells, i) => {
    if (i === 0 || cells.every(isBlank)) return;
    const row = i + 1;
    const read: Record<string, unknown> = {};
    for (const f of fields) {
      const reading = readCell(f.kind, cells[f.index]);
      if ('value' in reading) read[f.column] = reading.value;
      else if ('reason' in reading) problems.push({ row, column: f.header, cell: cellRef(f.index, row), reason: reading.reason });
    }
    rows.push({ row, cells: read as ImportedCells });
  });
  return { rows, problems, columns: fields.map((f) => ({ column: f.column, header: f.header, letter: columnLetter(f.index) })) };
}

function headerFields(headerRow: readonly RawCell[], grid: readonly (readonly RawCell[])[], mapped: ReadonlyMap<string, { header: string; column: string }>, problems: SheetProblem[]): Field[] {
  const fields: Field[] = [];
  const seen = new Map<string, string>();
  const width = grid.reduce((most, r) => Math.max(most, r.length), 0);
  for (let index = 0; index < width; index++) {
    const header = isBlank(headerRow[index]) ? '' : String(headerRow[index]).trim();
    const cell = cellRef(index, 1);
    if (header === '') {
      if (grid.some((r) => !isBlank(r[index]))) problems.push({ row: 1, cell, reason: `column ${columnLetter(index)} has values but no header` });
      continue;
    }
    const mapping = mapped.get(key(header));
    const column = mapping?.column ?? key(header);
    if (column === '') continue; // mapped to nothing: left out on purpose
    const kind = KIND.get(column);
    if (!kind && mapping) continue; // the map itself was reported above
    if (!kind) {
      problems.push({ row: 1, column: header, cell, reason: `unknown column "${header}": rename it to an export header or map it with --map "${header}=<column>" (or "${header}=" to leave it out)` });
      continue;
    }
    const earlier = seen.get(column);
    if (earlier !== undefined) {
      problems.push({ row: 1, column: header, cell, reason: `"${earlier}" and "${header}" both give ${column}` });
      continue;
    }
    seen.set(column, header);
    fields.push({ index, header, column: column as ExportColumn, kind });
  }
  for (const [mapKey, { header }] of mapped) {
    if (!headerRow.some((h) => !isBlank(h) && key(String(h)) === mapKey)) {
      problems.push({ row: 1, reason: `--map names "${header}", but no column in row 1 has that header` });
    }
  }
  return fields;
}

function isBlank(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A, B, … Z, AA, AB, … as spreadsheets letter their columns. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function cellRef(index: number, row: number): string {
  return `${columnLetter(index)}${row}`;
}
