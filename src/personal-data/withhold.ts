// The last line of defence: whatever a rule, a table or a meeting pack quotes from a record, the
// identifiers in it are replaced before anything is printed or written, in every format.
import { personalDataMatches } from './matches.js';

/** What stands where an identifier was: says why, and is valid inside any text format. */
export const WITHHELD = '[withheld: looks like personal data]';

/** `text` with every match of the detectors (and the provider's patterns) replaced by WITHHELD. */
export function withholdPersonalData(text: string, extraPatterns: readonly RegExp[] = []): string {
  // Every built-in kind holds a digit: most text (ids, statuses, names) needs no scan at all.
  if (extraPatterns.length === 0 && !/\d/.test(text)) return text;
  const matches = personalDataMatches(text, extraPatterns);
  if (matches.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of matches) {
    // A pattern that matches only a position (a lookahead) withholds the rest of its line.
    const end = m.length > 0 ? m.offset + m.length : lineEnd(text, m.offset);
    if (end <= at) continue; // inside a match already withheld
    if (m.offset >= at) out += text.slice(at, m.offset) + WITHHELD;
    at = end;
  }
  return out + text.slice(at);
}

function lineEnd(text: string, from: number): number {
  const eol = text.indexOf('\n', from);
  return eol === -1 ? text.length : eol;
}

export interface DataOptions {
  /**
   * For JSON: a number that reads as an identifier (an NHS number typed as a measurement) becomes
   * null, so JSON stays JSON. Renderers that draw numbers (charts, tables) keep them: a number that
   * large is no measurement, and the personal-data rule reports it in the record.
   */
  nullNumbers?: boolean;
}

/**
 * A copy of plain data (report rows, a meeting pack, a check report) with every string withheld as
 * above. Keys are the program's own field names and are kept; anything that is not plain data
 * (a Date, a Map) is returned as it is.
 */
export function withholdInData<T>(value: T, extraPatterns: readonly RegExp[] = [], options: DataOptions = {}): T {
  return walk(value, extraPatterns, options.nullNumbers === true) as T;
}

function walk(value: unknown, patterns: readonly RegExp[], nullNumbers: boolean): unknown {
  if (typeof value === 'string') return withholdPersonalData(value, patterns);
  if (typeof value === 'number' && nullNumbers) return withholdPersonalData(String(value), patterns) === String(value) ? value : null;
  if (Array.isArray(value)) return value.map((v) => walk(v, patterns, nullNumbers));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, patterns, nullNumbers)]));
  }
  return value;
}
