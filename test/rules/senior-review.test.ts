import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo, type RepoSpec } from './fixture.js';

afterAll(cleanupRepos);

/** Closure approved by a registered manager, as a low-risk action's criteria might allow. */
function decidedByManager(): RepoSpec {
  const spec = validRepo();
  spec.people.push({ id: 'tom-walsh', name: 'Tom Walsh', roles: ['registered-manager'], emails: ['tom.walsh@example.org'] });
  mh001(spec).closure_criteria!.approver = 'registered-manager';
  mh001(spec).closure!.decided_by = 'tom-walsh';
  return spec;
}

describe('senior-review', () => {
  it('fires at closure.decided_by when a high-risk action is decided by someone with no senior role', async () => {
    const repo = await checkRepo(decidedByManager());
    const f = expectOneFinding(repo, {
      rule: 'senior-review', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}decided_by:/),
      fragments: ['MH-001 is high-risk (safety, from its risk_areas)', 'decided by Tom Walsh (tom-walsh), who holds none of the senior roles (nominated-individual or provider-quality-lead)', 'Grace Okafor (grace-okafor) or Ruth Adeyemi (ruth-adeyemi)'],
    });
    expect(repo.report.findings).toEqual([f]);
  });

  it('fires when the same senior person recommended and decided', async () => {
    const spec = validRepo();
    spec.people.find((p) => p.id === 'grace-okafor')!.roles = ['nominated-individual', 'registered-manager'];
    mh001(spec).closure!.recommended_by = 'grace-okafor';
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'senior-review', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}decided_by:/),
      fragments: ['Grace Okafor (grace-okafor) both recommended and decided it', 'Ask Ruth Adeyemi (ruth-adeyemi)'],
    });
    expect(repo.report.findings).toEqual([f]);
  });

  it('does not fire for an action outside the high-risk areas', async () => {
    const spec = decidedByManager();
    mh001(spec).risk_areas = ['dignity'];
    mh001(spec).quality_statements = ['caring.kindness-compassion-and-dignity'];
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'senior-review')).toEqual([]);
  });

  it('fires when only a quality statement makes the action high-risk, and says so (v2 effective risk areas)', async () => {
    const spec = decidedByManager();
    mh001(spec).risk_areas = ['dignity'];
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'senior-review', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}decided_by:/),
      fragments: ['MH-001 is high-risk (safety, from quality statement safe.involving-people-to-manage-risks)'],
    });
  });

  it('takes the high-risk areas and senior roles from cqc.yaml', async () => {
    const spec = decidedByManager();
    spec.config.policy!.high_risk_areas = ['medicines'];
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'senior-review')).toEqual([]);
    const again = decidedByManager();
    again.config.policy!.senior_roles = ['registered-manager', 'nominated-individual'];
    repo = await checkRepo(again);
    expect(findingsOf(repo.report, 'senior-review')).toEqual([]);
  });

  it('says nothing until a decider is recorded', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    delete a.closure!.decided_by;
    a.closure!.recommended_by = 'priya-patel';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'senior-review')).toEqual([]);
  });
});
