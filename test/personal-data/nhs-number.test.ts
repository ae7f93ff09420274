import { describe, expect, it } from 'vitest';
import { hasValidNhsCheckDigit } from '../../src/personal-data/index.js';
import { hitsOf, nhsCheckDigit, placeOf, spaced, withCheckDigit } from './fixture.js';

// Worked by hand, weights 10..2:
// 450557710: 4×10 + 5×9 + 0×8 + 5×7 + 5×6 + 7×5 + 7×4 + 1×3 + 0×2 = 216; 216 mod 11 = 7; 11 − 7 = 4.
const VALID = '4505577104';
// 200000001: 2×10 + 1×2 = 22; 22 mod 11 = 0; 11 − 0 = 11, which means 0.
const CHECK_ELEVEN = '2000000010';
// 100000001: 1×10 + 1×2 = 12; 12 mod 11 = 1; 11 − 1 = 10: no valid number starts this way.
const NO_VALID_CHECK = '100000001';

describe('NHS number check digit', () => {
  it('agrees with the hand-worked numbers and the independent helper', () => {
    expect(nhsCheckDigit(VALID.slice(0, 9))).toBe(4);
    expect(nhsCheckDigit(CHECK_ELEVEN.slice(0, 9))).toBe(0);
    expect(nhsCheckDigit(NO_VALID_CHECK)).toBeUndefined();
    for (const nine of ['943476591', '401023213', '612345678', '738291046']) {
      const check = nhsCheckDigit(nine);
      for (let d = 0; d <= 9; d++) expect(hasValidNhsCheckDigit(`${nine}${d}`)).toBe(d === check);
    }
  });

  it('fires on a valid number written plain, spaced or hyphenated, at its first digit', () => {
    for (const written of [VALID, spaced(VALID), spaced(VALID, '-'), CHECK_ELEVEN, spaced(CHECK_ELEVEN)]) {
      const text = `summary: Resident ${written} was reviewed`;
      expect(hitsOf(text, 'nhs-number'), written).toEqual([{ kind: 'nhs-number', ...placeOf(text, written) }]);
    }
  });

  it('lets each gap be a space or a hyphen (SPEC constrains each separator, not the pair)', () => {
    expect(hitsOf(`${VALID.slice(0, 3)} ${VALID.slice(3, 6)}-${VALID.slice(6)}`, 'nhs-number')).toHaveLength(1);
  });

  it('does not fire on any wrong check digit', () => {
    for (let d = 0; d <= 9; d++) {
      const ten = `${VALID.slice(0, 9)}${d}`;
      expect(hitsOf(`NHS no ${ten}`, 'nhs-number'), ten).toHaveLength(ten === VALID ? 1 : 0);
      expect(hitsOf(`NHS no ${spaced(ten)}`, 'nhs-number'), ten).toHaveLength(ten === VALID ? 1 : 0);
    }
  });

  it('does not fire when the check would be 10, whatever the last digit', () => {
    for (let d = 0; d <= 9; d++) expect(hitsOf(`${NO_VALID_CHECK}${d}`, 'nhs-number')).toEqual([]);
  });

  it('ignores NHS test numbers starting 999 even with a valid check digit', () => {
    const test = withCheckDigit('999123457');
    expect(hasValidNhsCheckDigit(test)).toBe(true);
    for (const written of [test, spaced(test), spaced(test, '-')]) expect(hitsOf(written, 'nhs-number')).toEqual([]);
    // The same digits after a different start would count: it is the 999 that excuses it.
    expect(hitsOf(withCheckDigit('998123457'), 'nhs-number')).toHaveLength(1);
  });

  it('does not fire inside a longer run of digits, plain or grouped', () => {
    for (const text of [`1${VALID}`, `${VALID}7`, `01${VALID}23`, `1${spaced(VALID)}`, `${spaced(VALID)}5`]) {
      expect(hitsOf(text, 'nhs-number'), text).toEqual([]);
    }
  });

  it('needs single spaces or hyphens in 3-3-4 groups', () => {
    const bad = [
      `${VALID.slice(0, 3)}  ${VALID.slice(3, 6)} ${VALID.slice(6)}`,
      `${VALID.slice(0, 4)} ${VALID.slice(4, 7)} ${VALID.slice(7)}`,
      spaced(VALID, '.'),
      spaced(VALID, '/'),
    ];
    for (const text of bad) expect(hitsOf(text, 'nhs-number'), text).toEqual([]);
  });

  it('does not fire on UK phone numbers, even one whose last ten digits pass the check', () => {
    const tail = withCheckDigit('770090012'); // an Ofcom drama mobile, 07700 900124, minus its 0
    expect(hasValidNhsCheckDigit(tail)).toBe(true);
    const phones = ['01632 960 123', '07700 900123', '+44 20 7946 0018', '020 7946 0018', '(0113) 496 0000',
      `0${tail}`, `+44${tail}`, `07700 ${tail.slice(4)}`, '+44 7700 900124'];
    for (const phone of phones) expect(hitsOf(`Call the home on ${phone}`, 'nhs-number'), phone).toEqual([]);
  });

  it('is not shielded by letters: SPEC asks only for no digit next to it', () => {
    expect(hitsOf(`NHS${VALID}`, 'nhs-number')).toHaveLength(1);
    expect(hitsOf(`ref-${VALID}a`, 'nhs-number')).toHaveLength(1);
  });

  it('finds every number on a line', () => {
    const other = withCheckDigit('612345678');
    const text = `${VALID}, ${spaced(other, '-')} and ${VALID}`;
    expect(hitsOf(text, 'nhs-number').map((h) => h.column)).toEqual([
      placeOf(text, VALID).column, placeOf(text, spaced(other, '-')).column, placeOf(text, VALID, 5).column,
    ]);
  });
});
