import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('post-closure-overdue', () => {
  it('warns at review_due once the date has passed with no review, and is the only finding', async () => {
    const repo = await checkRepo(validRepo(), '2027-01-21');
    expectOneFinding(repo, {
      rule: 'post-closure-overdue', severity: 'warning', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}review_due:/),
      fragments: ["MH-001's post-closure review was due on 2027-01-20 (1 day ago)", 'no valid review since the closure on 2026-10-20', 'cqc review MH-001 --result sustained|deteriorated --evidence <id>'],
    });
    expect(repo.report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('follows --as-of: nothing on the due date itself', async () => {
    const repo = await checkRepo(validRepo(), '2027-01-20');
    expect(findingsOf(repo.report, 'post-closure-overdue')).toEqual([]);
  });

  it('is satisfied by a valid review on or after the decision', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2027-01-12', summary: 'Post-closure audit: all files current.', measurement: { value: 100 }, finding: 'supports' });
    mh001(spec).post_closure!.reviews = [{ on: '2027-01-18', by: 'ruth-adeyemi', result: 'sustained', evidence: ['MH-001-E05'] }];
    const repo = await checkRepo(spec, '2027-02-01');
    expect(repo.report.findings).toEqual([]);
  });

  it('is satisfied by a deteriorated review from anyone in people.yaml (reopen-required then takes over)', async () => {
    const spec = validRepo();
    mh001(spec).post_closure!.reviews = [{ on: '2027-01-18', by: 'sam-smith', result: 'deteriorated' }];
    const repo = await checkRepo(spec, '2027-02-01');
    expect(findingsOf(repo.report, 'post-closure-overdue')).toEqual([]);
    expect(findingsOf(repo.report, 'reopen-required')).toHaveLength(1);
  });

  it('is not satisfied by a review that does not stand, and says so', async () => {
    const spec = validRepo();
    mh001(spec).post_closure!.reviews = [{ on: '2027-01-18', by: 'dan-jones', result: 'sustained' }];
    const repo = await checkRepo(spec, '2027-02-01');
    const found = findingsOf(repo.report, 'post-closure-overdue');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('The review recorded on 2027-01-18 does not count (see post-closure-review).');
    expect(findingsOf(repo.report, 'post-closure-review')).toHaveLength(2);
  });

  it('does not count a review from before the decision', async () => {
    const spec = validRepo();
    mh001(spec).post_closure!.reviews = [{ on: '2026-10-01', by: 'sam-smith', result: 'sustained' }];
    const repo = await checkRepo(spec, '2027-02-01');
    expect(findingsOf(repo.report, 'post-closure-overdue')).toHaveLength(1);
  });
});
