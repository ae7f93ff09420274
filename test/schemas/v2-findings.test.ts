// The checks beyond JSON Schema reach users as any schema problem does: a `schema` finding from
// `cqc check`, on the right file and line.
import { describe, expect, it } from 'vitest';
import { CONFIG, EVIDENCE, findingsOf, lineOf, OPEN_ACTION, writeRepo } from '../helpers/repo.js';

describe('schema findings for contract v2', () => {
  it('reports an invalid personal-data pattern on cqc.yaml at that entry', async () => {
    const config = `${CONFIG}policy:\n  personal_data:\n    patterns:\n      - 'R[0-9]{3}'\n      - '(Room 1[0-9]{2}'\n`;
    const findings = await findingsOf(writeRepo({ 'cqc.yaml': config, 'actions/MH-001.yaml': OPEN_ACTION, 'evidence/MH-001/MH-001-E01.yaml': EVIDENCE }));
    expect(findings).toEqual([{
      rule: 'schema', severity: 'error', file: 'cqc.yaml', line: lineOf(config, "'(Room"), column: 9,
      message: expect.stringContaining('policy.personal_data.patterns item 2 is not a JavaScript regular expression'),
    }]);
  });

  it('reports an action with two targets of the same id at the second id', async () => {
    const action = `${OPEN_ACTION}targets:
  - { id: care-files, measure: Mobility files current, unit: percent, goal: 100, direction: at_least }
  - { id: care-files, measure: Transfers observed as assessed, unit: percent, goal: 100, direction: at_least }
`;
    const findings = await findingsOf(writeRepo({ 'actions/MH-001.yaml': action }));
    expect(findings).toEqual([expect.objectContaining({
      rule: 'schema', file: 'actions/MH-001.yaml', action: 'MH-001', line: lineOf(action, 'Transfers observed'),
      message: expect.stringContaining('targets item 2 has the id "care-files", which targets item 1 already uses'),
    })]);
  });

  it('reports evidence without recorded_by, as v2 requires it', async () => {
    const evidence = EVIDENCE.replace('recorded_by: priya-patel\n', '');
    const findings = await findingsOf(writeRepo({ 'actions/MH-001.yaml': OPEN_ACTION, 'evidence/MH-001/MH-001-E01.yaml': evidence }));
    expect(findings).toEqual([expect.objectContaining({
      rule: 'schema', file: 'evidence/MH-001/MH-001-E01.yaml', action: 'MH-001', line: 1,
      message: expect.stringContaining('missing "recorded_by"'),
    })]);
  });
});
