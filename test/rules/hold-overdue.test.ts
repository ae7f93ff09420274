import { afterAll, describe, expect, it } from 'vitest';
import type { Action } from '../../src/model.js';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

/** MH-001 held by Grace on 2026-10-20, to be decided again by 2026-11-17. */
function held(change: (a: Action) => void = () => {}) {
  const spec = validRepo();
  const a = mh001(spec);
  a.status = 'monitoring';
  a.closure = { ...a.closure!, decision: 'hold', return_by: '2026-11-17' };
  delete a.post_closure;
  change(a);
  return spec;
}

describe('hold-overdue', () => {
  it('warns at return_by once the date has passed with no later decision', async () => {
    const repo = await checkRepo(held(), '2026-11-20');
    const f = expectOneFinding(repo, {
      rule: 'hold-overdue', severity: 'warning', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}return_by:/),
      fragments: [
        'MH-001 was held in monitoring on 2026-10-20 by Grace Okafor (grace-okafor), to be decided again by 2026-11-17; that was 3 days ago and no later decision is recorded.',
        'cqc close MH-001', 'cqc hold MH-001 --return-by <date>',
      ],
    });
    expect(f.column).toBe(3);
    // A hold is a warning to act on, not an error: the action is not closed, so nothing is false.
    expect(repo.report.summary.errors).toBe(0);
  });

  it('follows --as-of: nothing on the return date itself', async () => {
    const repo = await checkRepo(held(), '2026-11-17');
    expect(findingsOf(repo.report, 'hold-overdue')).toEqual([]);
  });

  it('is silent once a later decision replaces the hold, or the action goes back to work', async () => {
    expect(findingsOf((await checkRepo(validRepo(), '2026-11-20')).report, 'hold-overdue')).toEqual([]);
    const backToWork = await checkRepo(held((a) => { a.status = 'in_progress'; }), '2026-11-20');
    expect(findingsOf(backToWork.report, 'hold-overdue')).toEqual([]);
  });
});
