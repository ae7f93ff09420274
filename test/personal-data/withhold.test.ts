import { describe, expect, it } from 'vitest';
import { compileProviderPatterns, findPersonalData, findPersonalDataKeyed, withholdInData, withholdPersonalData, WITHHELD } from '../../src/personal-data/index.js';
import { spaced, withCheckDigit } from './fixture.js';

const NHS = withCheckDigit('401023213');

describe('withholdPersonalData', () => {
  it('replaces each identifier, whole, and keeps the words around it', () => {
    const text = `Resident ${spaced(NHS)} (NI ab 12 34 56 c), DOB 12 March 1941, seen in Room 104.`;
    const out = withholdPersonalData(text, compileProviderPatterns(['Room 1\\d\\d']).patterns);
    expect(out).toBe(`Resident ${WITHHELD} (NI ${WITHHELD}), DOB ${WITHHELD}, seen in ${WITHHELD}.`);
  });

  it('leaves text without identifiers as it was, including numbers that fail the definitions', () => {
    const bad = `${NHS.slice(0, 9)}${(Number(NHS[9]) + 1) % 10}`; // wrong check digit
    for (const text of ['MH-001 closed on 2026-10-20', `ref ${bad}`, `call 01632 960123`, 'QQ 12 34 56 C', 'due 12/03/1941']) {
      expect(withholdPersonalData(text), text).toBe(text);
    }
  });

  it('withholds overlapping matches once, and the rest of the line for a pattern that matches a position', () => {
    const overlap = compileProviderPatterns([`${NHS.slice(0, 5)}`]).patterns; // a pattern inside the NHS number
    expect(withholdPersonalData(`x ${NHS} y`, overlap)).toBe(`x ${WITHHELD} y`);
    const lookahead = compileProviderPatterns(['(?=Bed \\d)']).patterns;
    expect(withholdPersonalData('see Bed 4 now\nnext', lookahead)).toBe(`see ${WITHHELD}\nnext`);
  });
});

describe('withholdInData', () => {
  it('withholds strings at any depth, turns an identifying number into null for JSON, and keeps keys and other values', () => {
    const data = { id: 'MH-001', rows: [{ title: `NHS ${NHS}`, latest: Number(NHS), goal: 95, ok: true, none: null }] };
    expect(withholdInData(data, [], { nullNumbers: true })).toEqual({ id: 'MH-001', rows: [{ title: `NHS ${WITHHELD}`, latest: null, goal: 95, ok: true, none: null }] });
    // For renderers that draw numbers, numbers stay numbers.
    expect(withholdInData(data).rows[0]!.latest).toBe(Number(NHS));
    expect(data.rows[0]!.title).toBe(`NHS ${NHS}`); // a copy: the caller's data is unchanged
  });
});

describe('git object ids', () => {
  it('are not identifiers, even where ten digits sit between two letters', () => {
    const hash = `ab${NHS}${'cdef'.repeat(7)}`; // 40 hex digits
    expect(hash).toHaveLength(40);
    expect(findPersonalData(`audit_trail_from: ${hash}\n`, [])).toEqual([]);
    expect(withholdPersonalData(`commit ${hash}`)).toBe(`commit ${hash}`);
    // One hex digit fewer is no object id: the number stands alone again.
    expect(findPersonalData(`x ${hash.slice(1)}`, []).map((h) => h.kind)).toEqual(['nhs-number']);
  });
});

describe('findPersonalDataKeyed', () => {
  it('gives one key to the same identifier however it is spaced or cased, and another to a different one', () => {
    const other = withCheckDigit('401023214');
    const keys = (text: string) => findPersonalDataKeyed(text, []).map((k) => k.key);
    const [plain] = keys(NHS);
    expect(keys(spaced(NHS))).toEqual([plain]);
    expect(keys(spaced(NHS, '-'))).toEqual([plain]);
    expect(keys(other)).not.toEqual([plain]);
    expect(keys('AB123456C')).toEqual(keys('ab 12 34 56 c'));
    // The key is no copy of the value.
    expect(plain).not.toContain(NHS);
  });
});
