import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('criteria-missing', () => {
  it('fires at the status key when an action in progress has no closure criteria', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'in_progress';
    delete a.closure_criteria;
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'criteria-missing', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^status:/),
      fragments: ['MH-001 is in progress', 'closure_criteria', 'agreed before work goes further'],
    });
    expect(f.column).toBe(1);
    expect(f.message).not.toContain('target');
  });

  it('names both the criteria and the target when both are missing, in one finding', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    delete a.closure_criteria;
    delete a.target;
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'criteria-missing', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^status:/),
      fragments: ['closure_criteria', 'no target (the measurable goal'],
    });
  });

  it('fires for a closed action without a target', async () => {
    const spec = validRepo();
    delete mh001(spec).target;
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'criteria-missing', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^status:/), fragments: ['MH-001 is closed', 'no target (the measurable goal'],
    });
  });

  it('does not fire while the action is still open', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'open';
    delete a.closure_criteria;
    delete a.target;
    delete a.closure;
    delete a.post_closure;
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'criteria-missing')).toEqual([]);
  });
});
