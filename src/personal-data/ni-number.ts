// A National Insurance number identifies one person to HMRC and DWP for life; SPEC defines the format.
import type { Span } from './hit.js';
import { candidates } from './positions.js';

// Two letters, three pairs of digits, a suffix A–D. One optional space at each pair boundary, each
// chosen independently ("AB 123456 C" counts). Standing alone: no letter or digit touching either
// end, so the letters of a longer code never combine into a number.
// Case-insensitive by listing both cases: the i flag with u would also let the Kelvin sign pass as K.
const NI_SHAPE = /(?<![\p{L}\p{N}])([A-Za-z])([A-Za-z]) ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d](?![\p{L}\p{N}])/u;

// HMRC never issues these, so text using them is a look-alike (QQ 12 34 56 C is HMRC's own example).
const EXCLUDED_FIRST = new Set('DFIQUV');
const EXCLUDED_SECOND = new Set('DFIOQUV');
const EXCLUDED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

function isIssuablePrefix(first: string, second: string): boolean {
  return !EXCLUDED_FIRST.has(first) && !EXCLUDED_SECOND.has(second) && !EXCLUDED_PREFIXES.has(first + second);
}

/** Where the National Insurance numbers in `text` lie; letters are matched case-insensitively. */
export function niNumberSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of candidates(NI_SHAPE, text)) {
    if (isIssuablePrefix((m[1] ?? '').toUpperCase(), (m[2] ?? '').toUpperCase())) out.push({ offset: m.index, length: m[0].length });
  }
  return out;
}
