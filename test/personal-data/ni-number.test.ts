import { describe, expect, it } from 'vitest';
import { hitsOf, placeOf } from './fixture.js';

const DIGITS = '12 34 56';
const ni = (prefix: string, suffix = 'C'): string => `${prefix} ${DIGITS} ${suffix}`;

describe('National Insurance number', () => {
  it('fires on a valid number with and without spaces, in any case, at its first letter', () => {
    for (const written of ['AB 12 34 56 C', 'AB123456C', 'ab123456c', 'Ab 12 34 56 d', 'AB 123456 C', 'JT12 34 56A']) {
      const text = `summary: "NINO ${written} on file"`;
      expect(hitsOf(text, 'ni-number'), written).toEqual([{ kind: 'ni-number', ...placeOf(text, written) }]);
    }
  });

  it('fires between punctuation, which does not make a longer run', () => {
    for (const text of ['(AB123456C)', 'NI:AB123456C.', '"AB 12 34 56 B",']) expect(hitsOf(text, 'ni-number'), text).toHaveLength(1);
  });

  it('needs a suffix A to D', () => {
    for (const suffix of ['E', 'Z', '']) expect(hitsOf(ni('AB', suffix).trim(), 'ni-number'), suffix).toEqual([]);
  });

  it('skips first letters HMRC never issues', () => {
    for (const first of 'DFIQUV') expect(hitsOf(ni(`${first}A`), 'ni-number'), first).toEqual([]);
    expect(hitsOf(ni('AA'), 'ni-number')).toHaveLength(1); // control: the same shape with a permitted first letter
    expect(hitsOf('QQ 12 34 56 C', 'ni-number')).toEqual([]); // HMRC's own example number
  });

  it('skips second letters HMRC never issues', () => {
    for (const second of 'DFIOQUV') expect(hitsOf(ni(`A${second}`), 'ni-number'), second).toEqual([]);
    expect(hitsOf(ni('OA'), 'ni-number')).toHaveLength(1); // O is excluded only as a second letter
  });

  it('skips the excluded prefixes, though each letter alone is permitted in its place', () => {
    for (const prefix of ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']) {
      expect(hitsOf(ni(prefix), 'ni-number'), prefix).toEqual([]);
      expect(hitsOf(ni(prefix.toLowerCase()), 'ni-number'), prefix).toEqual([]);
      expect(hitsOf(ni(`${prefix[0]}A`), 'ni-number'), `${prefix[0]}A`).toHaveLength(1);
      expect(hitsOf(ni(`A${prefix[1]}`), 'ni-number'), `A${prefix[1]}`).toHaveLength(1);
    }
  });

  it('does not fire inside a longer run of letters or digits', () => {
    for (const text of ['XAB123456C', 'AB123456CD', '1AB123456C', 'AB123456C1', 'ÉAB123456C', 'REF-XAB 12 34 56 C']) {
      expect(hitsOf(text, 'ni-number'), text).toEqual([]);
    }
  });

  it('allows one space at a pair boundary, not two or other separators', () => {
    for (const text of ['AB  12 34 56 C', 'AB 12  34 56 C', 'AB-12-34-56-C', 'AB 1 234 56 C']) {
      expect(hitsOf(text, 'ni-number'), text).toEqual([]);
    }
  });
});
