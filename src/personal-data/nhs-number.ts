// An NHS number identifies one patient for life; SPEC "Personal data" defines exactly what counts.
import type { Span } from './hit.js';
import { candidates } from './positions.js';

// Ten digits plain, or 3-3-4 with one space or hyphen between groups. Each gap may be either
// (SPEC constrains each separator, not the pair), so "450 557-7104" counts: a missed number costs
// more than flagging one that happens to pass the check digit. Standing alone means no digit
// directly before or after; letters and other characters do not shield a number.
const NHS_SHAPE = /(?<!\d)(?:\d{10}|\d{3}[ -]\d{3}[ -]\d{4})(?!\d)/;

/** Weights 10 down to 2 on the first nine digits; 11 − (sum mod 11), 11 → 0, 10 → no valid number. */
export function hasValidNhsCheckDigit(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Where the NHS numbers in `text` lie. NHS test numbers (starting 999) are not a person's. */
export function nhsNumberSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of candidates(NHS_SHAPE, text)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.startsWith('999')) continue;
    if (hasValidNhsCheckDigit(digits)) out.push({ offset: m.index, length: m[0].length });
  }
  return out;
}
