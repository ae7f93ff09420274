// What the writing commands say fits the terminal it is read on, and stays one line per message
// where nobody is reading a terminal (a pipe, a CI log, a script).
import { describe, expect, it } from 'vitest';
import { fitted } from '../../src/workflow/tell.js';

const REFUSAL = 'cqc: The review of MH-001 was not recorded. Nothing was written.\n'
  + '  - post-closure-review: The post-closure review of MH-001 on 2026-10-07 (sustained) does not stand: Priya Patel (priya-patel) holds none of the roles that may confirm it.\n';

describe('fitted', () => {
  it('wraps each long line between words to the terminal, an item hanging under its dash', () => {
    const text = fitted({ env: {}, columns: 60 }, REFUSAL);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.length > 60)).toEqual([]);
    expect(lines.slice(0, 2)).toEqual(['cqc: The review of MH-001 was not recorded. Nothing was', 'written.']);
    expect(lines[2]).toMatch(/^ {2}- post-closure-review: /);
    expect(lines.slice(3, -1).every((line) => line.startsWith('    ') && !line.startsWith('     '))).toBe(true);
    // Nothing is lost or split inside a word.
    expect(text.replace(/\s+/g, ' ')).toBe(REFUSAL.replace(/\s+/g, ' '));
  });

  it('takes the width from COLUMNS, as the tables do, and leaves short lines exactly as they were', () => {
    const short = 'Wrote actions/MH-001.yaml   and committed it as 0e500a2.\n';
    expect(fitted({ env: { COLUMNS: '80' } }, short)).toBe(short);
    expect(fitted({ env: { COLUMNS: '40' } }, short).split('\n').every((line) => line.length <= 40)).toBe(true);
  });

  it('leaves the text alone when no terminal width is known', () => {
    expect(fitted({ env: {} }, REFUSAL)).toBe(REFUSAL);
  });
});
