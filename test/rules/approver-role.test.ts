import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('approver-role', () => {
  it('fires at closure.decided_by when the decider lacks the approver role, even if senior', async () => {
    const spec = validRepo();
    mh001(spec).closure!.decided_by = 'ruth-adeyemi';
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'approver-role', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}decided_by:/),
      fragments: ['Closure of MH-001 was decided by Ruth Adeyemi (ruth-adeyemi), who holds provider-quality-lead', 'name nominated-individual as the approver', 'such as Grace Okafor (grace-okafor), decide it'],
    });
    expect(findingsOf(repo.report, 'senior-review')).toEqual([]);
  });

  it('fires at closure.recommended_by when the recommender lacks the reviewer role', async () => {
    const spec = validRepo();
    mh001(spec).closure!.recommended_by = 'sam-smith';
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'approver-role', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}recommended_by:/),
      fragments: ['was recommended by Sam Smith (sam-smith), who holds senior-carer', 'registered-manager as the reviewer', 'registered-manager role, such as Priya Patel (priya-patel), recommend it'],
    });
  });

  it('reports both people in one run, one finding each', async () => {
    const spec = validRepo();
    mh001(spec).closure!.recommended_by = 'sam-smith';
    mh001(spec).closure!.decided_by = 'ruth-adeyemi';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'approver-role')).toHaveLength(2);
  });

  it('skips people who are not in people.yaml (unknown-reference reports them)', async () => {
    const spec = validRepo();
    mh001(spec).closure!.decided_by = 'zoe-unknown';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'approver-role')).toEqual([]);
    expect(findingsOf(repo.report, 'unknown-reference')).toHaveLength(1);
  });

  it('does not fire when the criteria name no approver or reviewer, or the person holds the role among others', async () => {
    const spec = validRepo();
    delete mh001(spec).closure_criteria!.approver;
    delete mh001(spec).closure_criteria!.reviewer;
    mh001(spec).closure!.decided_by = 'ruth-adeyemi';
    mh001(spec).closure!.recommended_by = 'sam-smith';
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'approver-role')).toEqual([]);

    const again = validRepo();
    again.people.find((p) => p.id === 'ruth-adeyemi')!.roles = ['provider-quality-lead', 'nominated-individual'];
    mh001(again).closure!.decided_by = 'ruth-adeyemi';
    repo = await checkRepo(again);
    expect(repo.report.findings).toEqual([]);
  });
});
