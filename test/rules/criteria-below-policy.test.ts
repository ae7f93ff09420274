import { afterAll, describe, expect, it } from 'vitest';
import type { ClosureCriteria, Policy } from '../../src/model.js';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('criteria-below-policy', () => {
  it.each([
    ['min_sources', 'min_evidence_sources', 'distinct types of supporting evidence'],
    ['sustained_for', 'sustained_for', 'measurements in a row meeting the goal'],
    ['min_categories', 'min_evidence_categories', "of CQC's evidence categories"],
    ['min_independent', 'min_independent_evidence', 'supporting items recorded by someone other than the owner'],
  ] as const)('fires when closure_criteria.%s is below policy.%s', async (key: keyof ClosureCriteria, policyKey: keyof Policy, counts) => {
    const spec = validRepo();
    (spec.config.policy as Record<string, unknown>)[policyKey] = 3;
    (mh001(spec).closure_criteria as Record<string, unknown>)[key] = 2;
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'criteria-below-policy', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), new RegExp(`^ {2}${key}:`)),
      fragments: [`MH-001 asks for 2 ${counts} (closure_criteria.${key}), fewer than the 3 the provider's policy requires (policy.${policyKey} in cqc.yaml).`, 'a waiver for criteria-below-policy'],
    });
    expect(f.column).toBe(`  ${key}: `.length + 1); // at the value
  });

  it('accepts criteria equal to or above policy, and criteria that leave the value to policy', async () => {
    const spec = validRepo();
    Object.assign(mh001(spec).closure_criteria!, { min_sources: 2, sustained_for: 3, min_categories: 2, min_independent: 1 });
    spec.evidence['MH-001-E05'] = { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-10-16', recorded_by: 'priya-patel', summary: 'Third weekly audit.', measurement: { value: 100 }, finding: 'supports' };
    expect((await checkRepo(spec)).report.findings).toEqual([]);
  });

  it('is set aside by a waiver a senior approved, which stays in the report marked waived', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.closure_criteria!.min_sources = 1;
    a.waivers = [{ rule: 'criteria-below-policy', reason: 'Single-person service; only one kind of evidence is possible', approved_by: 'ruth-adeyemi', expires: '2027-03-31' }];
    const repo = await checkRepo(spec);
    expect(repo.report.findings).toHaveLength(1);
    expect(findingsOf(repo.report, 'criteria-below-policy')[0]).toMatchObject({ action: 'MH-001', waived: true });
    expect(repo.report.summary).toMatchObject({ errors: 0, waived: 1 });
    expect(repo.report.actions[0]!.ready).toBe(true);
  });

  it('reports min_independent: 0 under the default policy, and a senior waiver sets it aside (a single-person service)', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.closure_criteria!.min_independent = 0;
    for (const e of Object.values(spec.evidence)) e.recorded_by = 'dan-jones';
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'criteria-below-policy', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}min_independent:/),
      fragments: ['MH-001 asks for 0 supporting items recorded by someone other than the owner (closure_criteria.min_independent), fewer than the 1 the provider\'s policy requires'],
    });
    expect(repo.report.findings.map((f) => f.rule)).toEqual(['criteria-below-policy']);
    a.waivers = [{ rule: 'criteria-below-policy', reason: 'Single-person service; nobody else can record evidence', approved_by: 'grace-okafor', expires: '2027-03-31' }];
    repo = await checkRepo(spec);
    expect(repo.report.findings.map((f) => [f.rule, f.waived])).toEqual([['criteria-below-policy', true]]);
    expect(repo.report.summary).toMatchObject({ errors: 0, waived: 1 });
  });

  it('is not set aside by a waiver from someone without a senior role', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.closure_criteria!.min_sources = 1;
    a.waivers = [{ rule: 'criteria-below-policy', reason: 'Quicker this way', approved_by: 'priya-patel', expires: '2027-03-31' }];
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'criteria-below-policy')[0]!.waived).toBeUndefined();
    expect(repo.report.findings.map((f) => f.rule).sort()).toEqual(['criteria-below-policy', 'waiver-invalid']);
  });
});
