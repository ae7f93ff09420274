// Schema messages quote what the user wrote ("theme is …", "did you mean"), except a person's
// identifier: that value is withheld and the message says why.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/repo/source.js';
import { problemsOf } from '../../src/schema/validator.js';
import { spaced, withCheckDigit } from '../personal-data/fixture.js';

const NHS = withCheckDigit('401023213');

function messagesOf(text: string): string[] {
  const file = new SourceFile('evidence.yaml', text);
  return problemsOf('evidence', file.data).map((p) => p.message);
}

const EVIDENCE = `id: MH-001-E02
action: MH-001
type: audit
date: 2026-09-29
recorded_by: priya-patel
summary: Sampled 12 mobility care files.
finding: supports
`;

describe('schema messages about a value that looks like personal data', () => {
  it('say the value was withheld, for an enum (where a "did you mean" would follow), a pattern, a format and a type', () => {
    const cases: [string, string, string][] = [
      ['finding: supports', `finding: supports ${NHS}`, 'finding is a value withheld from this message because it looks like personal data, which is not allowed. Use one of:'],
      ['recorded_by: priya-patel', 'recorded_by: Priya AB123456C', 'recorded_by is a value withheld from this message because it looks like personal data, which is not in the right form'],
      ['date: 2026-09-29', 'date: born 12/03/1941', 'date is a value withheld from this message because it looks like personal data, which is not a real calendar date'],
      ['id: MH-001-E02', `id: ${NHS}`, 'id must be text; found a value withheld from this message because it looks like personal data.'],
    ];
    for (const [from, to, expected] of cases) {
      const messages = messagesOf(EVIDENCE.replace(from, to));
      expect(messages.join('\n'), to).toContain(expected);
      for (const m of messages) expect(m, to).not.toMatch(/4010232|123456|12\/03/);
    }
  });

  it('withhold the name of an unknown field that looks like personal data, and still name other unknown fields', () => {
    const [personal] = messagesOf(`${EVIDENCE}${spaced(NHS)}: resident\n`);
    expect(personal).toMatch(/^Unknown field, its name withheld from this message because it looks like personal data: remove it from the record\. Allowed here: id, action/);
    expect(personal).not.toContain('401');
    expect(messagesOf(`${EVIDENCE}findng: supports\n`)).toEqual([expect.stringContaining('Unknown field "findng". Did you mean "finding"?')]);
  });

  it('still quote an ordinary wrong value', () => {
    expect(messagesOf(EVIDENCE.replace('finding: supports', 'finding: suports')).join('\n')).toContain('finding is "suports", which is not allowed. Use one of: supports, concern, neutral (did you mean "supports"?).');
  });
});
