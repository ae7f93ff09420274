import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('evidence-independence (records; git rules off)', () => {
  it('fires when every supporting item was recorded by the owner', async () => {
    const spec = validRepo();
    for (const e of Object.values(spec.evidence)) e.recorded_by = 'dan-jones';
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'evidence-independence', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: [
        'MH-001 needs 1 supporting evidence item recorded and committed by someone other than its owner, Dan Jones (dan-jones)',
        'it has 0 (MH-001-E02 was recorded by the owner, MH-001-E03 was recorded by the owner and MH-001-E04 was recorded by the owner)',
        'Ask someone else, such as Grace Okafor (grace-okafor), Ruth Adeyemi (ruth-adeyemi) or Priya Patel (priya-patel),',
        'cqc evidence add MH-001',
      ],
    });
    expect(f.column).toBe(3);
    expect(repo.report.summary).toMatchObject({ errors: 1 });
  });

  it("uses the action's min_independent, and policy.min_independent_evidence when it sets none", async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E02']!.recorded_by = 'dan-jones';
    spec.evidence['MH-001-E04']!.recorded_by = 'dan-jones';
    mh001(spec).closure_criteria!.min_independent = 2;
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-independence', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: ['needs 2 supporting evidence items', 'it has 1 (MH-001-E02 was recorded by the owner and MH-001-E04 was recorded by the owner)'],
    });
    delete mh001(spec).closure_criteria!.min_independent;
    spec.config.policy!.min_independent_evidence = 2;
    repo = await checkRepo(spec);
    expect(repo.report.findings.map((f) => f.rule)).toEqual(['evidence-independence']);
  });

  it('counts only supporting items dated on or before the decision', async () => {
    const spec = validRepo();
    for (const e of Object.values(spec.evidence)) e.recorded_by = 'dan-jones';
    spec.evidence['MH-001-E05'] = { id: 'MH-001-E05', action: 'MH-001', type: 'observation', date: '2026-10-22', recorded_by: 'sam-smith', summary: 'Observed transfers after closure.', finding: 'supports' };
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-independence')).toHaveLength(1);
  });

  it('blocks "ready to close" for an action in monitoring whose evidence the owner recorded', async () => {
    const recommended = (recordedBy?: string) => {
      const spec = validRepo();
      if (recordedBy !== undefined) for (const e of Object.values(spec.evidence)) e.recorded_by = recordedBy;
      const a = mh001(spec);
      a.status = 'monitoring';
      a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' };
      delete a.post_closure;
      return spec;
    };
    // 2026-10-21: the fixture's goal has held for its review period (P2W) since 2026-10-06.
    const owned = await checkRepo(recommended('dan-jones'), '2026-10-21');
    expect(owned.report.summary.errors).toBe(0);
    expect(owned.report.actions[0]!.ready).toBe(false);
    const independent = await checkRepo(recommended(), '2026-10-21');
    expect(independent.report.actions[0]!.ready).toBe(true);
  });

  it('stays clean when an audit and an observation were recorded by others', async () => {
    const repo = await checkRepo(validRepo());
    expect(repo.report.findings).toEqual([]);
  });
});
