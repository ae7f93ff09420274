import { afterAll, describe, expect, it } from 'vitest';
import { addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

const E05 = 'evidence/MH-001/MH-001-E05.yaml';
const concern = (date: string) => ({ id: 'MH-001-E05', action: 'MH-001', type: 'observation' as const, date, summary: 'Two transfers did not follow the assessment.', finding: 'concern' as const });

describe('evidence-conflict', () => {
  it('fires in the concern file at its finding when no later observation supports, even if a later audit does', async () => {
    const spec = validRepo();
    addEvidence(spec, concern('2026-10-12'));
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'evidence-conflict', severity: 'error', file: E05, action: 'MH-001', line: lineOf(repo.text(E05), /^finding:/),
      fragments: ['MH-001-E05 (observation, 2026-10-12) records a concern about MH-001', 'should stay open or move to monitoring', 'an observation item dated after 2026-10-12'],
    });
    expect(f.column).toBe(1);
  });

  it('asks for an incident\'s follow-up, not another incident, when the concern is an incident', async () => {
    const spec = validRepo();
    addEvidence(spec, { ...concern('2026-10-12'), type: 'incident', summary: 'Fall during a transfer.' });
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-conflict', severity: 'error', file: E05, action: 'MH-001', line: lineOf(repo.text(E05), /^finding:/),
      fragments: ['MH-001-E05 (incident, 2026-10-12) records a concern', "until the incident's follow-up, recorded as an incident item dated after 2026-10-12 with \"finding: supports\""],
    });
  });

  it('does not fire when a later observation up to the decision supports the action', async () => {
    const spec = validRepo();
    addEvidence(spec, concern('2026-10-05'));
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-conflict')).toEqual([]);
    expect(repo.report.findings).toEqual([]);
  });

  it('fires when the only same-type support is on the same day as the concern', async () => {
    const spec = validRepo();
    addEvidence(spec, concern('2026-10-09'));
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-conflict')).toHaveLength(1);
  });

  it('fires when the later same-type support comes only after the decision', async () => {
    const spec = validRepo();
    addEvidence(spec, concern('2026-10-12'));
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'observation', date: '2026-10-25', finding: 'supports' });
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-conflict')).toHaveLength(1);
  });

  it('leaves a concern dated after the decision to reopen-required', async () => {
    const spec = validRepo();
    addEvidence(spec, concern('2026-10-21'));
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-conflict')).toEqual([]);
    expect(findingsOf(repo.report, 'reopen-required')).toHaveLength(1);
  });

  it('does not judge an action that is not closed', async () => {
    const spec = validRepo();
    mh001(spec).status = 'monitoring';
    addEvidence(spec, concern('2026-10-12'));
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-conflict')).toEqual([]);
  });
});
