import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

function inProgress() {
  const spec = validRepo();
  const a = mh001(spec);
  a.status = 'in_progress';
  delete a.closure;
  delete a.post_closure;
  delete a.monitoring;
  return spec;
}

describe('overdue', () => {
  it('warns at target.due when the due date has passed and the action is not closed', async () => {
    const repo = await checkRepo(inProgress());
    const f = expectOneFinding(repo, {
      rule: 'overdue', severity: 'warning', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}due:/, /^target:/),
      fragments: ['MH-001 was due to meet its target by 2026-10-13 (33 days ago) and is still in progress', 'next governance meeting'],
    });
    expect(repo.report.findings).toEqual([f]);
  });

  it('follows --as-of either way around the due date', async () => {
    let repo = await checkRepo(inProgress(), '2026-10-13');
    expect(findingsOf(repo.report, 'overdue')).toEqual([]);
    repo = await checkRepo(inProgress(), '2026-10-14');
    expect(findingsOf(repo.report, 'overdue')[0]?.message).toContain('(1 day ago)');
  });

  it('does not fire for a closed action or one with no due date', async () => {
    let repo = await checkRepo(validRepo(), '2027-01-01');
    expect(findingsOf(repo.report, 'overdue')).toEqual([]);
    const spec = inProgress();
    delete mh001(spec).target!.due;
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'overdue')).toEqual([]);
  });
});
