import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('post-closure-missing', () => {
  it('fires at status when a closed action has no post-closure review date', async () => {
    const spec = validRepo();
    delete mh001(spec).post_closure;
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'post-closure-missing', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^status:/),
      fragments: ['MH-001 is closed without a post-closure review date', 'no later than 2027-01-20 (P3M after the decision on 2026-10-20'],
    });
  });

  it('fires at review_due when it is later than policy allows, not when exactly at the limit', async () => {
    const spec = validRepo();
    mh001(spec).post_closure!.review_due = '2027-01-21';
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'post-closure-missing', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}review_due:/),
      fragments: ["MH-001's post-closure review is due 2027-01-21", 'within P3M of the closure decision on 2026-10-20, so by 2027-01-20'],
    });
    mh001(spec).post_closure!.review_due = '2027-01-20';
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'post-closure-missing')).toEqual([]);
  });

  it('reads post_closure_review_within from cqc.yaml', async () => {
    const spec = validRepo();
    spec.config.policy!.post_closure_review_within = 'P6W';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'post-closure-missing')[0]?.message).toContain('so by 2026-12-01');
  });

  it('does not judge an action that is not closed', async () => {
    const spec = validRepo();
    mh001(spec).status = 'monitoring';
    delete mh001(spec).post_closure;
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'post-closure-missing')).toEqual([]);
  });
});
