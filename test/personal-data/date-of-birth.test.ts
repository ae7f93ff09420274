import { describe, expect, it } from 'vitest';
import { hitsOf, placeOf } from './fixture.js';

const CUES = ['DOB', 'dob', 'Dob', 'D.O.B.', 'd.o.b.', 'D.O.B', 'date of birth', 'Date of Birth', 'DATE OF BIRTH',
  'date_of_birth', 'Date-of-birth', 'born', 'Born', 'BORN'];
const DATES = ['12/03/1941', '12.03.1941', '12-03-1941', '12/03/41', '12.03.41', '12-03-41', '2/3/1941', '2.3.41',
  '12 March 1941', '12 Mar 1941', '1 SEPTEMBER 1941', '12 Sept 1941', '3 may 1941', '12th March 1941',
  '12-Mar-1941', '1941-03-12', '1941-3-2'];

describe('date of birth', () => {
  it('fires on every date form after every cue, at the first character of the date', () => {
    for (const cue of CUES) {
      for (const date of DATES) {
        const text = `# ${cue}: ${date}`;
        expect(hitsOf(text, 'date-of-birth'), text).toEqual([{ kind: 'date-of-birth', ...placeOf(text, date) }]);
      }
    }
  });

  it('does not fire on a date with no cue', () => {
    for (const text of ['Reviewed on 12/03/1941', 'due: 2026-09-01', 'Audit 12 March 2026 found gaps', 'decided_on: 12.03.26']) {
      expect(hitsOf(text, 'date-of-birth'), text).toEqual([]);
    }
  });

  it('needs the cue as a whole word', () => {
    for (const text of ['stubborn 12/03/1941', 'newborn 12/03/1941', 'borne 12/03/1941', 'update of birth 1941-03-12', 'adobe 12.03.41']) {
      expect(hitsOf(text, 'date-of-birth'), text).toEqual([]);
    }
    // Control: the same dates after the bare cue do fire.
    expect(hitsOf('born 12/03/1941', 'date-of-birth')).toHaveLength(1);
    // A digit does not extend a word: "DOB12/03/1941" is still a cue and a date.
    expect(hitsOf('DOB12/03/1941', 'date-of-birth')).toHaveLength(1);
  });

  it('counts only dates after the cue', () => {
    expect(hitsOf('12/03/1941 is when she was born', 'date-of-birth')).toEqual([]);
  });

  it('reaches 20 characters from the end of the cue, and no further', () => {
    for (const gap of [0, 1, 19, 20, 21, 30]) {
      const text = `DOB${'.'.repeat(gap)}12/03/1941`;
      expect(hitsOf(text, 'date-of-birth'), `gap ${gap}`).toHaveLength(gap <= 20 ? 1 : 0);
    }
    expect(hitsOf('born in Leeds on 12 March 1941', 'date-of-birth')).toHaveLength(1);
    expect(hitsOf('born at Leeds General Infirmary on 12 March 1941', 'date-of-birth')).toEqual([]);
  });

  it('counts a line break as one character whether it is LF or CRLF', () => {
    for (const eol of ['\n', '\r\n']) {
      expect(hitsOf(`DOB:${eol}${' '.repeat(18)}12/03/1941`, 'date-of-birth'), JSON.stringify(eol)).toHaveLength(1);
      expect(hitsOf(`DOB:${eol}${' '.repeat(19)}12/03/1941`, 'date-of-birth'), JSON.stringify(eol)).toEqual([]);
    }
  });

  it('needs numbers that can be a day and a month, in either order', () => {
    for (const date of ['31/12/1941', '03/31/1941', '1941-12-31']) expect(hitsOf(`DOB ${date}`, 'date-of-birth'), date).toHaveLength(1);
    for (const date of ['32/13/1941', '13/13/1941', '00/03/1941', '1941-13-01', '1941-03-32', '0 March 1941', '32 March 1941']) {
      expect(hitsOf(`DOB ${date}`, 'date-of-birth'), date).toEqual([]);
    }
  });

  it('does not take a date with mixed separators or inside a longer run of digits', () => {
    for (const date of ['12/03-1941', '12.03/41', '112/03/1941', '12/03/19411', '12/03/194']) {
      expect(hitsOf(`DOB ${date}`, 'date-of-birth'), date).toEqual([]);
    }
  });

  it('reports a date once however many cues precede it, and every date a cue reaches', () => {
    expect(hitsOf('Date of birth (DOB): 12/03/1941', 'date-of-birth')).toHaveLength(1);
    const text = 'DOB 2/3/41 or 3/2/41?';
    expect(hitsOf(text, 'date-of-birth').map((h) => h.column)).toEqual([placeOf(text, '2/3/41').column, placeOf(text, '3/2/41').column]);
  });
});
