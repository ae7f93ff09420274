import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../../src/exchange/formula.js';

describe('formula injection', () => {
  it('puts an apostrophe before text a spreadsheet would run as a formula (OWASP: = + - @ tab CR)', () => {
    for (const text of ['=1+1', '+44 20', '-2', '@SUM(A1)', '\t=1', '\r=1', "'=1"]) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    }
  });

  it('leaves other text alone, apostrophes and inner signs included', () => {
    for (const text of ['Falls review', 'a=b', '12', "O'Brien", "'quoted'", '', ' =1', '\n=1']) {
      expect(neutraliseFormula(text)).toBe(text);
    }
  });

  it('on import removes only its own apostrophe', () => {
    expect(restoreFormula("'=1+1")).toBe('=1+1');
    expect(restoreFormula("''=1")).toBe("'=1");
    expect(restoreFormula("'quoted'")).toBe("'quoted'");
    expect(restoreFormula('=1+1')).toBe('=1+1');
  });

  it('round-trips every string over the awkward characters exactly', () => {
    const alphabet = ["'", '=', '-', '\t', 'a', ' '];
    let strings = [''];
    for (let length = 1; length <= 4; length++) {
      strings = [...strings, ...strings.filter((s) => s.length === length - 1).flatMap((s) => alphabet.map((c) => s + c))];
    }
    expect(strings.length).toBe(1 + 6 + 36 + 216 + 1296);
    const broken = strings.filter((s) => restoreFormula(neutraliseFormula(s)) !== s);
    expect(broken).toEqual([]);
    // and nothing exported starts with a trigger character any more
    expect(strings.map(neutraliseFormula).filter((s) => /^[=+\-@\t\r]/.test(s))).toEqual([]);
  });
});
