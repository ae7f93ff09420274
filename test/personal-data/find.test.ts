import { describe, expect, it } from 'vitest';
import { findPersonalData, isTextAttachment, personalDataPhrase, type PersonalDataHit } from '../../src/personal-data/index.js';
import { placeOf, spaced, withCheckDigit } from './fixture.js';

const NHS = withCheckDigit('401023213');

// An evidence file as care staff might write it, identifiers in a value, a block scalar and comments.
const LINES = [
  'id: MH-001-E3',
  `summary: Care plan for resident ${spaced(NHS)} checked`,
  'notes: |',
  '  Spoke with family. NI AB 12 34 56 C noted on the form.',
  '# DOB 12/03/1941 (remove before committing)',
  'recorded_by: sam-smith   # born 1 March 1990',
];

describe('findPersonalData over a whole file', () => {
  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    it(`gives each hit's line and column in text order (${name})`, () => {
      const text = LINES.join(eol);
      const lf = LINES.join('\n'); // positions are counted on the LF text, so CRLF must not shift them
      expect(findPersonalData(text, [])).toEqual([
        { kind: 'nhs-number', ...placeOf(lf, spaced(NHS)) },
        { kind: 'ni-number', ...placeOf(lf, 'AB 12 34 56 C') },
        { kind: 'date-of-birth', ...placeOf(lf, '12/03/1941') },
        { kind: 'date-of-birth', ...placeOf(lf, '1 March 1990') },
      ]);
    });
  }

  it('lists hits in text order whatever their kind', () => {
    const text = `Room 5, born 1/2/41\nAB123456C then ${NHS}`;
    expect(findPersonalData(text, [/Room \d/]).map((h) => h.kind)).toEqual(['provider-pattern', 'date-of-birth', 'ni-number', 'nhs-number']);
  });

  it('puts a match at the very start of the text at 1:1 and after a final newline on the last line', () => {
    expect(findPersonalData(`${NHS}\n`, [])).toEqual([{ kind: 'nhs-number', line: 1, column: 1 }]);
    expect(findPersonalData(`a\r\n\r\n${NHS}`, [])).toEqual([{ kind: 'nhs-number', line: 3, column: 1 }]);
  });

  it('finds nothing in a record with no identifiers', () => {
    expect(findPersonalData('id: MH-001\nstatus: open\ndue: 2026-09-01\n# reviewed weekly by the manager\n', [])).toEqual([]);
  });
});

describe('hits carry no value', () => {
  it('have only kind, line, column (and patternIndex) and cannot be given more', () => {
    const [hit] = findPersonalData(`NHS ${NHS}`, [/NHS/]);
    expect(hit).toBeDefined();
    for (const h of findPersonalData(`NHS ${NHS}`, [/NHS/])) {
      expect(Object.keys(h).every((k) => ['kind', 'line', 'column', 'patternIndex'].includes(k))).toBe(true);
      expect(Object.isFrozen(h)).toBe(true);
      expect(() => { (h as unknown as Record<string, unknown>).value = NHS; }).toThrow(TypeError);
    }
    // @ts-expect-error the type has no field that could hold the matched text
    expect(hit!.value).toBeUndefined();
  });
});

describe('personalDataPhrase', () => {
  it('names each kind in plain English, counting provider patterns from 1 and giving the YAML path', () => {
    const phrases = (hits: PersonalDataHit[]) => hits.map(personalDataPhrase);
    expect(phrases(findPersonalData(`${NHS} AB123456C DOB 1/2/41 Room 7`, [/Zed/, /Room \d/]))).toEqual([
      'an NHS number',
      'a National Insurance number',
      'a date of birth',
      "text matching the provider's personal-data pattern 2 (policy.personal_data.patterns[1] in cqc.yaml)",
    ]);
  });
});

describe('isTextAttachment', () => {
  it('accepts .txt, .csv and .md in any case, and nothing else', () => {
    for (const path of ['evidence/MH-001/notes.txt', 'audit.CSV', 'minutes.Md', 'a/b/c.d.txt', 'C:\\evidence\\x.md']) {
      expect(isTextAttachment(path), path).toBe(true);
    }
    for (const path of ['scan.pdf', 'notes.txt.pdf', 'photo.jpg', 'data.xlsx', 'txt', 'notes.text', 'evidence/x.md/scan.png', 'notes.mdx']) {
      expect(isTextAttachment(path), path).toBe(false);
    }
  });
});
