// The first line a person got wrong, in their words: a tab, a line indented more than the one above,
// a line that lines up with nothing. Valid YAML of every shape the records use is left alone.
import { describe, expect, it } from 'vitest';
import { rootCause } from '../../src/repo/yaml-root-cause.js';
import { SourceFile } from '../../src/repo/source.js';

const RECORD = `# yaml-language-server: $schema=../schemas/action.schema.json
id: MH-001
title: Moving and handling risk assessments missing
baseline: |
  Audit found 7 of 18 files out of date.
  	A tab after the indentation of a block is text, not indentation.
summary: A plain value that runs
  over two lines
quality_statements: [safe.involving-people-to-manage-risks,
  effective.assessing-needs]
target:
  measure: Mobility files with a current assessment   # what is counted
  unit: percent
  goal: 100
closure_criteria:
  required_evidence:
  - audit
  - observation
  reviewer: registered-manager
steps:
  - role: deputy-manager
    does: Review every file
  - role: senior-carer
    does: >-
      Observe one transfer
      for each person
monitoring:
  reopen_triggers:
    - Any incident
status: open
`;

describe('rootCause', () => {
  it('finds nothing in valid records of every shape', () => {
    expect(rootCause(RECORD)).toBeUndefined();
    expect(new SourceFile('actions/MH-001.yaml', RECORD).syntax).toEqual([]);
  });

  it('names a tab at the start of a line', () => {
    const text = RECORD.replace('  unit: percent', '\tunit: percent');
    expect(rootCause(text)).toEqual({ line: 13, column: 1, message: expect.stringMatching(/^Line 13 starts with a tab; YAML needs spaces/) });
  });

  it('names a line indented more than the line above', () => {
    const text = RECORD.replace('  unit: percent', '    unit: percent');
    expect(rootCause(text)).toEqual({ line: 13, column: 5, message: expect.stringMatching(/^Line 13 is indented more than the line above/) });
  });

  it('names a line indented more than its list item allows', () => {
    const text = RECORD.replace('    does: Review every file', '      does: Review every file');
    expect(rootCause(text)?.line).toBe(22);
  });

  it('names a line that lines up with nothing above it', () => {
    const text = RECORD.replace('status: open', ' status: open');
    expect(rootCause(text)).toEqual({ line: 30, column: 2, message: expect.stringMatching(/^Line 30 is indented less than the line above but does not line up/) });
  });
});

describe('a file that cannot be read says its root cause first', () => {
  it('at the line the person got wrong, not where the parser gave up', () => {
    const file = new SourceFile('actions/MH-001.yaml', RECORD.replace('  unit: percent', '    unit: percent'));
    expect(file.syntax[0]).toMatchObject({ line: 13, message: expect.stringMatching(/^Line 13 is indented more/) });
    expect(file.syntax.length).toBeGreaterThan(1); // the parser's own follow: the engine holds them back
  });

  it('leaves the parser\'s message first when indentation is not the cause', () => {
    const file = new SourceFile('actions/MH-001.yaml', `${RECORD}title: Again\n`);
    expect(file.syntax).toEqual([{ line: 31, column: 1, message: expect.stringMatching(/appears twice/) }]);
  });
});
