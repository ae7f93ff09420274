// One spreadsheet cell, as a library hands it over, read as the value its column holds.
// The inverse of what the writers put there, and forgiving of what people type in Excel.
import { isCalendarDate } from '../dates.js';
import { type ColumnKind, type EXPORT_COLUMNS, isoDate, LIST_SEPARATOR, NO, YES } from './columns.js';
import { restoreFormula } from './formula.js';

/** A cell as csv-parse (always text) or read-excel-file (typed) gives it. */
export type RawCell = string | number | boolean | Date | null | undefined;

interface KindValue {
  text: string;
  list: string[];
  date: string; // YYYY-MM-DD
  number: number;
  'yes-no': boolean;
}
export type CellValue = KindValue[ColumnKind];

/** What one imported row holds, by export column; a column that was absent or empty is left out. */
export type ImportedCells = {
  -readonly [C in (typeof EXPORT_COLUMNS)[number] as C['name']]?: KindValue[C['kind']];
};

export type CellReading = { value: CellValue } | { empty: true } | { reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function readCell(kind: ColumnKind, raw: RawCell): CellReading {
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { empty: true };
  switch (kind) {
    case 'text':
      return { value: cellText(raw) };
    case 'list': {
      const items = cellText(raw).split(LIST_SEPARATOR.trim()).map((s) => s.trim()).filter((s) => s !== '');
      return items.length > 0 ? { value: items } : { empty: true };
    }
    case 'date':
      return dateCell(raw);
    case 'number':
      return numberCell(raw);
    case 'yes-no':
      return yesNoCell(raw);
  }
}

/** Any cell as text: a number as written, a date cell as YYYY-MM-DD, our apostrophe removed. */
function cellText(raw: string | number | boolean | Date): string {
  if (raw instanceof Date) return isoDate(raw);
  if (typeof raw === 'string') return restoreFormula(raw);
  return String(raw);
}

function dateCell(raw: string | number | boolean | Date): CellReading {
  if (raw instanceof Date) {
    return Number.isNaN(raw.getTime()) ? { reason: 'not a valid date' } : { value: isoDate(raw) };
  }
  const text = typeof raw === 'string' ? restoreFormula(raw).trim() : '';
  if (isCalendarDate(text)) return { value: text };
  // Excel re-saving a CSV writes dates in the machine's own format (13/10/2026); guessing day
  // and month order in governance records is worse than asking.
  return { reason: `"${String(raw)}" is not a date: type it as YYYY-MM-DD or make the cell a date cell` };
}

function numberCell(raw: string | number | boolean | Date): CellReading {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw } : { reason: 'not a number' };
  const text = typeof raw === 'string' ? restoreFormula(raw).trim() : '';
  return NUMBER.test(text) ? { value: Number(text) } : { reason: `"${String(raw)}" is not a number` };
}

function yesNoCell(raw: string | number | boolean | Date): CellReading {
  if (typeof raw === 'boolean') return { value: raw };
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (text === YES || text === 'true') return { value: true };
  if (text === NO || text === 'false') return { value: false };
  return { reason: `"${String(raw)}" is not ${YES} or ${NO}` };
}
