// A date of birth, with a name or a room, identifies a resident; SPEC counts a date only after a cue.
import type { Span } from './hit.js';
import { candidates } from './positions.js';

// Whole words: no letter directly before or after, so "stubborn" and "newborn" are not cues but
// "DOB:12/03/1941" is. "D.O.B" may drop its last dot, and "date of birth" may be joined by "_" or
// "-" as in a YAML key (date_of_birth:) or a form label.
const CUE = /(?<!\p{L})(?:dob|d\.o\.b\.?|date[\s_-]+of[\s_-]+birth|born)(?!\p{L})/iu;

const MONTH = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';

// d/m/yyyy, d.m.yyyy, d-m-yyyy (one separator per date; two-digit years too); yyyy-mm-dd;
// d Month yyyy (full or short name, optional ordinal and dot, spaces or hyphens as in 12-Mar-1941).
const DATE = new RegExp(
  '(?<!\\d)(?:' +
    '(?<d1>\\d{1,2})(?<sep>[/.-])(?<m1>\\d{1,2})\\k<sep>(?:\\d{4}|\\d{2})' +
    '|\\d{4}-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})' +
    `|(?<d3>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:${MONTH})\\.?,?(?:\\s+|-)\\d{4}` +
  ')(?!\\d)',
  'iu',
);

/** How far after the end of a cue a date may start, in characters (a CRLF counts as one). */
export const DOB_CUE_REACH = 20;

function inRange(n: number, max: number): boolean {
  return n >= 1 && n <= max;
}

// The numbers must be able to form a day and a month. Numeric dates may be in either order: an
// American-style 03/31/1941 after "DOB" is still someone's birthday.
function looksLikeDate(g: Record<string, string | undefined>): boolean {
  if (g.d3 !== undefined) return inRange(Number(g.d3), 31);
  if (g.m2 !== undefined) return inRange(Number(g.m2), 12) && inRange(Number(g.d2), 31);
  const a = Number(g.d1);
  const b = Number(g.m1);
  return (inRange(a, 31) && inRange(b, 12)) || (inRange(a, 12) && inRange(b, 31));
}

function gapLength(text: string, from: number, to: number): number {
  const gap = text.slice(from, to);
  return gap.length - (gap.match(/\r\n/g)?.length ?? 0);
}

// Dates come in text order; a binary search keeps a long CSV of dates and cues linear-ish.
function firstAtOrAfter(dates: RegExpExecArray[], offset: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.index < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the dates that start within DOB_CUE_REACH characters after a cue lie; each date once. */
export function dateOfBirthSpans(text: string): Span[] {
  // Records are full of dates and rarely hold a cue: look for the cues first.
  const cues = candidates(CUE, text);
  if (cues.length === 0) return [];
  const dates = candidates(DATE, text).filter((m) => looksLikeDate(m.groups ?? {}));
  const found = new Map<number, number>();
  for (const cue of cues) {
    const cueEnd = cue.index + cue[0].length;
    for (let i = firstAtOrAfter(dates, cueEnd); i < dates.length; i++) {
      const date = dates[i]!;
      if (gapLength(text, cueEnd, date.index) > DOB_CUE_REACH) break;
      found.set(date.index, date[0].length);
    }
  }
  return [...found].sort((a, b) => a[0] - b[0]).map(([offset, length]) => ({ offset, length }));
}
