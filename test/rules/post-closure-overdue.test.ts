import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('post-closure-overdue', () => {
  it('warns at review_due once the date has passed with no review, and is the only finding', async () => {
    const repo = await checkRepo(validRepo(), '2027-01-21');
    expectOneFinding(repo, {
      rule: 'post-closure-overdue', severity: 'warning', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}review_due:/),
      fragments: ["MH-001's post-closure review was due on 2027-01-20 (1 day ago)", 'no review since the closure on 2026-10-20', 'cqc review MH-001'],
    });
    expect(repo.report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('follows --as-of: nothing on the due date itself', async () => {
    const repo = await checkRepo(validRepo(), '2027-01-20');
    expect(findingsOf(repo.report, 'post-closure-overdue')).toEqual([]);
  });

  it('is satisfied by a review on or after the decision', async () => {
    const spec = validRepo();
    mh001(spec).post_closure!.reviews = [{ on: '2027-01-18', by: 'sam-smith', result: 'sustained' }];
    const repo = await checkRepo(spec, '2027-02-01');
    expect(repo.report.findings).toEqual([]);
  });

  it('does not count a review from before the decision', async () => {
    const spec = validRepo();
    mh001(spec).post_closure!.reviews = [{ on: '2026-10-01', by: 'sam-smith', result: 'sustained' }];
    const repo = await checkRepo(spec, '2027-02-01');
    expect(findingsOf(repo.report, 'post-closure-overdue')).toHaveLength(1);
  });
});
