import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('self-approval', () => {
  it('fires at closure.decided_by when the owner decided the closure', async () => {
    const spec = validRepo();
    mh001(spec).closure!.decided_by = 'dan-jones';
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'self-approval', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}decided_by:/),
      fragments: ['The closure of MH-001 was decided by Dan Jones (dan-jones), who owns the action', 'someone independent with the nominated-individual role, such as Grace Okafor (grace-okafor), to review'],
    });
    expect(f.column).toBe(3);
  });

  it('fires whatever the status, e.g. an owner putting their own action on hold', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    a.closure!.decision = 'hold';
    a.closure!.return_by = '2026-11-17';
    a.closure!.decided_by = 'dan-jones';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'self-approval')).toHaveLength(1);
  });

  it('does not fire when the owner only recommended closure and someone else decided', async () => {
    const spec = validRepo();
    mh001(spec).closure!.recommended_by = 'dan-jones';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'self-approval')).toEqual([]);
  });
});
