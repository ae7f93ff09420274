// The plain-English messages for the contract v2 fields, as users get them: the product's own
// validator (src/schema) on real YAML text, each problem placed at a line the way the schema rule
// places its findings.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../src/repo/source.js';
import { problemsOf, type SchemaName } from '../../src/schema/validator.js';

interface Placed { line: number; column: number; message: string }

function problemsIn(kind: SchemaName, text: string): Placed[] {
  const file = new SourceFile(`${kind}.yaml`, text);
  expect(file.syntax).toEqual([]);
  return problemsOf(kind, file.data).map((p) => ({ ...file.locate(p.path, p.key), message: p.message }));
}

/** 1-based line of the first line holding `needle` (after the first holding `after`, when given). */
function lineOf(text: string, needle: string, after?: string): number {
  const lines = text.split('\n');
  const start = after === undefined ? 0 : lines.findIndex((l) => l.includes(after));
  const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
  if (start < 0 || i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}

const HELD = `id: SUP-001
title: Supervision records do not show performance discussion
raised: 2026-08-10
owner: dan-jones
status: monitoring
closure:
  recommended_by: priya-patel
  recommended_on: 2026-11-19
  decided_by: ruth-adeyemi
  decided_on: 2026-11-24
  decision: hold
  return_by: 2027-01-26
`;

const TARGETS = `id: NUT-001
title: Nutrition monitoring incomplete
raised: 2026-07-01
owner: dan-jones
status: in_progress
targets:
  - id: screening
    measure: People screened with MUST on admission and monthly
    unit: percent
    goal: 95
    direction: at_least
  - id: weight-loss
    measure: People with unplanned weight loss over 5% in the month
    unit: count
    goal: 0
    direction: at_most
`;

const FEEDBACK = `id: SUP-001-E06
action: SUP-001
type: feedback
from: staff
date: 2026-11-20
recorded_by: ruth-adeyemi
summary: Feedback session with 8 staff
finding: concern
`;

const CONFIG = `provider: Example Care Ltd
layout: by-location
locations:
  - id: rose-house
    name: Rose House
    cqc_id: 1-123456789
    region: North West
policy:
  personal_data:
    patterns:
      - '\\bRoom 1[0-9]{2}\\b'
      - 'R[0-9]{3}'
`;

describe('valid v2 records', () => {
  it.each([['action', HELD], ['action', TARGETS], ['evidence', FEEDBACK], ['cqc', CONFIG]] as const)('%s passes', (kind, text) => {
    expect(problemsIn(kind, text)).toEqual([]);
  });
});

describe('a file that is not a block of fields', () => {
  // The v2 cross-field rules test fields of a mapping; on anything else they must stay silent.
  it.each(['action', 'evidence', 'cqc', 'people'] as const)('gets one plain message for an empty %s file', (kind) => {
    expect(problemsIn(kind, '')).toEqual([{ line: 1, column: 1, message: expect.stringMatching(/^The file is empty\./) }]);
  });

  it.each(['action', 'evidence', 'cqc'] as const)('gets one plain message for a %s file holding a list', (kind) => {
    expect(problemsIn(kind, '- target\n- targets\n')).toEqual([expect.objectContaining({ message: 'The file must hold a block of fields (key: value lines); found a list.' })]);
  });
});

describe('a hold without return_by', () => {
  it('says what return_by is and suggests four weeks after the decision, at the hold decision', () => {
    const text = HELD.replace('  return_by: 2027-01-26\n', '');
    expect(problemsIn('action', text)).toEqual([{
      line: lineOf(text, 'decision: hold'), column: 13,
      message: 'A hold needs "return_by": the date governance will decide again (YYYY-MM-DD), so the held action cannot drift. '
        + 'Add it under closure, e.g. "return_by: 2026-12-22" (four weeks after the decision, as cqc hold records it unless told otherwise).',
    }]);
  });

  it('still gives an example date when the decision date is missing', () => {
    const text = HELD.replace('  return_by: 2027-01-26\n', '').replace('  decided_on: 2026-11-24\n', '');
    const [problem] = problemsIn('action', text);
    expect(problem?.message).toMatch(/^A hold needs "return_by": the date governance will decide again .* e\.g\. "return_by: \d{4}-\d{2}-\d{2}"/);
  });

  it('is not asked for with a close or reject decision', () => {
    for (const decision of ['close', 'reject']) {
      expect(problemsIn('action', HELD.replace('  return_by: 2027-01-26\n', '').replace('decision: hold', `decision: ${decision}`))).toEqual([]);
    }
  });

  it('points at a return_by that is not a date', () => {
    const text = HELD.replace('return_by: 2027-01-26', 'return_by: January');
    expect(problemsIn('action', text)).toEqual([expect.objectContaining({ line: lineOf(text, 'return_by:'), message: expect.stringMatching(/^closure\.return_by is "January", which is not a real calendar date/) })]);
  });
});

describe('evidence who-and-from', () => {
  it('asks for from on feedback, naming the three values, at the type line', () => {
    const text = FEEDBACK.replace('from: staff\n', '');
    expect(problemsIn('evidence', text)).toEqual([{
      line: lineOf(text, 'type: feedback'), column: 7,
      message: 'Feedback needs "from": who gave it, which decides the CQC evidence category it counts towards. Add "from: people" '
        + '(people using the service and their families), "from: staff" (staff and leaders) or "from: partners" (other professionals and organisations).',
    }]);
  });

  it('asks for recorded_by on every item, saying why', () => {
    const text = FEEDBACK.replace('recorded_by: ruth-adeyemi\n', '');
    expect(problemsIn('evidence', text)).toEqual([{
      line: 1, column: 1,
      message: expect.stringMatching(/^This evidence item is missing "recorded_by": the id in people\.yaml of whoever gathered or recorded it, e\.g\. "recorded_by: priya-patel"\. .*someone other than the action's owner\.$/),
    }]);
  });

  it('reports both when a feedback item lacks both', () => {
    const text = FEEDBACK.replace('from: staff\n', '').replace('recorded_by: ruth-adeyemi\n', '');
    expect(problemsIn('evidence', text).map((p) => p.message.slice(0, 40)).sort()).toEqual([
      'Feedback needs "from": who gave it, whic',
      'This evidence item is missing "recorded_',
    ]);
  });

  it('explains a measurement target id that is not a slug', () => {
    const text = FEEDBACK.replace('finding: concern\n', 'measurement: { target: Weight Loss, value: 1 }\n');
    expect(problemsIn('evidence', text)).toEqual([expect.objectContaining({
      line: lineOf(text, 'measurement:'),
      message: 'measurement.target is "Weight Loss", which is not in the right form: use lower-case letters and digits in groups joined by single hyphens, e.g. screening or moving-and-handling.',
    })]);
  });
});

describe('target and targets', () => {
  it('says to keep one of them, at the targets key', () => {
    const text = TARGETS.replace('targets:\n', 'target: { measure: MUST screening, unit: percent, goal: 95, direction: at_least }\ntargets:\n');
    expect(problemsIn('action', text)).toEqual([{
      line: lineOf(text, 'targets:'), column: 1,
      message: 'An action has either one target (target:) or several (targets:), never both. Keep one: move the single target into the targets list and give it an id, or delete targets.',
    }]);
  });

  it('names the target whose id repeats an earlier one, at that id', () => {
    const text = TARGETS.replace('id: weight-loss', 'id: screening');
    expect(problemsIn('action', text)).toEqual([{
      line: lineOf(text, 'id: screening', 'unit: percent'), column: 9,
      message: 'targets item 2 has the id "screening", which targets item 1 already uses. Give each target its own id, so every measurement names one target.',
    }]);
  });

  it('reports every repeat, and nothing for distinct ids', () => {
    const three = `${TARGETS}  - id: screening\n    measure: Again\n    unit: count\n    goal: 1\n    direction: at_most\n`;
    expect(problemsIn('action', three).map((p) => p.message.slice(0, 40))).toEqual(['targets item 3 has the id "screening", w']);
    expect(problemsIn('action', three.replace(/id: screening\n {4}measure: Again/, 'id: refusals\n    measure: Again'))).toEqual([]);
  });

  it('explains a target without an id in a list of targets', () => {
    const text = TARGETS.replace('  - id: weight-loss\n    measure:', '  - measure:');
    expect(problemsIn('action', text)).toEqual([expect.objectContaining({
      line: lineOf(text, 'measure: People with unplanned'),
      message: 'targets item 2 is missing the required field "id". Add it.',
    })]);
  });

  it('explains a theme that is not a slug', () => {
    const text = TARGETS.replace('status: in_progress\n', 'status: in_progress\ntheme: Nutrition & hydration\n');
    expect(problemsIn('action', text)).toEqual([expect.objectContaining({
      line: lineOf(text, 'theme:'),
      message: expect.stringContaining('theme is "Nutrition & hydration", which is not in the right form: use lower-case letters and digits in groups joined by single hyphens'),
    })]);
  });

  it('says to quote a regulation written as a bare number, which YAML reads as a number', () => {
    const text = TARGETS.replace('status: in_progress\n', 'status: in_progress\nregulations: [12, "17"]\n');
    expect(problemsIn('action', text)).toEqual([expect.objectContaining({
      line: lineOf(text, 'regulations:'),
      message: 'regulations item 1 is the number 12, but it must be text: put quotes around it, "12".',
    })]);
  });

  it('suggests the right source for a near miss', () => {
    const text = TARGETS.replace('status: in_progress\n', 'status: in_progress\nsource: pharmacy_audit\n');
    expect(problemsIn('action', text)[0]?.message).toMatch(/^source is "pharmacy_audit", which is not allowed\. Use one of: .*whistleblowing.* \(did you mean "pharmacy-audit"\?\)\.$/);
  });
});

describe('cqc.yaml', () => {
  it('says layout and paths cannot be used together, at paths', () => {
    const text = `${CONFIG}paths:\n  actions: records/*.yaml\n`;
    expect(problemsIn('cqc', text)).toEqual([{
      line: lineOf(text, 'paths:'), column: 1,
      message: 'Use layout: by-location or paths, not both: by-location keeps records in one folder per location, paths sets folders of your own. Remove one of them.',
    }]);
  });

  it('explains a CQC location ID in the wrong form', () => {
    const text = CONFIG.replace('cqc_id: 1-123456789', 'cqc_id: 1-1234');
    expect(problemsIn('cqc', text)).toEqual([{
      line: lineOf(text, 'cqc_id:'), column: 13,
      message: 'locations item 1 → cqc_id is "1-1234", which is not in the right form: use the CQC location ID as CQC writes it, "1-" then 5 to 11 digits, e.g. "1-123456789" (find it on the location\'s page on the CQC website).',
    }]);
  });

  it('reports a personal-data pattern that is not a valid regular expression, at that entry, without losing the others', () => {
    const text = CONFIG.replace("      - 'R[0-9]{3}'\n", "      - 'R[0-9]{3}'\n      - '(Room 1[0-9]{2}'\n      - 'Bed [A-Z'\n");
    const problems = problemsIn('cqc', text);
    expect(problems).toEqual([
      {
        line: lineOf(text, "'(Room"), column: 9,
        message: 'policy.personal_data.patterns item 3 is not a JavaScript regular expression the personal-data check can use (Unterminated group). '
          + 'Correct it (put a backslash before a ( ) [ ] { } . * + ? that should match itself, and close every bracket you open) or remove it; until then it is not checked.',
      },
      expect.objectContaining({ line: lineOf(text, "'Bed"), column: 9, message: expect.stringContaining('item 4 is not a JavaScript regular expression the personal-data check can use (Unterminated character class)') }),
    ]);
  });

  it('names unknown regulation_risk keys with a suggestion', () => {
    const text = `${CONFIG}  regulation_risk: { "12A": [safety] }\n`;
    expect(problemsIn('cqc', text)).toEqual([expect.objectContaining({
      line: lineOf(text, 'regulation_risk'),
      message: expect.stringMatching(/^Unknown field "12A" in policy\.regulation_risk\. Did you mean "12"\?/),
    })]);
  });

  it('keeps the plain message for other values, e.g. a theme threshold of 1', () => {
    const text = `${CONFIG}  theme_threshold: 1\n`;
    expect(problemsIn('cqc', text)).toEqual([{ line: lineOf(text, 'theme_threshold'), column: 20, message: 'policy.theme_threshold must be at least 2; found 1.' }]);
  });
});

describe('people.yaml', () => {
  it('explains a location id in the wrong form in a person\'s locations', () => {
    const text = 'people:\n  - id: tom-walsh\n    roles: [registered-manager]\n    locations: [Maple Lodge]\n';
    expect(problemsIn('people', text)).toEqual([expect.objectContaining({
      line: 4,
      message: expect.stringContaining('people item 1 → locations item 1 is "Maple Lodge", which is not in the right form: use lower-case letters, digits and hyphens'),
    })]);
  });
});
