// Formula injection (OWASP "CSV Injection"): a title such as `=HYPERLINK(...)` or `@SUM(...)` in an
// exported file must not run when a manager opens it in Excel, LibreOffice or Google Sheets.
//
// A text cell that a spreadsheet could read as a formula, or as a formula after it strips a leading
// tab or carriage return, is written with one extra leading apostrophe, so it is shown as text.
// Import removes exactly that apostrophe again, and nothing else, so export → import is exact for
// every string: the cells that get an apostrophe are those matching `'*` then a trigger character,
// and import removes one only where at least one apostrophe precedes a trigger character. A title
// that really begins "'=" therefore exports as "''=" and comes back as "'=".

const TRIGGERS = '=+\\-@\\t\\r';
const NEEDS_APOSTROPHE = new RegExp(`^'*[${TRIGGERS}]`);
const HAS_OUR_APOSTROPHE = new RegExp(`^'+[${TRIGGERS}]`);

/** The text to write in a cell so that no spreadsheet evaluates it. */
export function neutraliseFormula(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** The text a cell held before neutraliseFormula, for cells read back on import. */
export function restoreFormula(cell: string): string {
  return HAS_OUR_APOSTROPHE.test(cell) ? cell.slice(1) : cell;
}
