// Parsing of option values shared by several commands; bad values are usage errors (exit 2).
// The options themselves are defined in src/cli/options.ts.
import { isCalendarDate } from './dates.js';
import { UsageError } from './errors.js';

export function parseDateOption(flag: string, value: string): string {
  if (!isCalendarDate(value)) throw new UsageError(`${flag} needs a calendar date written YYYY-MM-DD (e.g. 2026-11-26); "${value}" is not one.`);
  return value;
}
