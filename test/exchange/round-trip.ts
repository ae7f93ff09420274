// The inverse of a read, for tests: imported cells back into an export row, so
// "export, import, export again" can be compared with the first export.
import { EXPORT_COLUMNS, type ExportCell, type ExportRow, LIST_SEPARATOR, NO, utcDate, YES } from '../../src/exchange/columns.js';
import type { CellValue, ImportedCells } from '../../src/exchange/cells.js';

export function exportRowAgain(cells: ImportedCells): ExportRow {
  const row: Record<string, ExportCell> = {};
  for (const { name, kind } of EXPORT_COLUMNS) {
    const value = (cells as Record<string, CellValue | undefined>)[name];
    if (value === undefined) row[name] = null;
    else if (kind === 'list') row[name] = (value as string[]).join(LIST_SEPARATOR);
    else if (kind === 'date') row[name] = utcDate(value as string);
    else if (kind === 'yes-no') row[name] = value ? YES : NO;
    else row[name] = value as string | number;
  }
  return row as ExportRow;
}
