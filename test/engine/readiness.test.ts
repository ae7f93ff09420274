// Readiness answers "could this close today?", so it judges an unfinished action as decided today.
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { statusRows } from '../../src/status/rows.js';
import { addEvidence, cleanupRepos, mh001, validRepo, writeRepo, mh001State } from '../rules/fixture.js';

afterAll(cleanupRepos);

describe('closure readiness of an unfinished action', () => {
  it('ignores the date of a decision that a reopen has undone', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'in_progress';
    a.reopened = [{ on: '2026-11-02', by: 'priya-patel', reason: 'Unsafe transfer observed' }];
    addEvidence(spec, { id: 'MH-001-E09', action: 'MH-001', type: 'observation', date: '2026-11-02', recorded_by: 'sam-smith', summary: 'Transfer did not follow the assessment.', finding: 'concern' });
    const { dir } = writeRepo(spec);
    const { readiness, report } = await judge({ cwd: dir, git: false, asOf: '2026-11-15' });
    expect(report.actions).toEqual([mh001State('in_progress', false)]);
    expect(readiness.get('MH-001')!.blockers.map((b) => b.rule)).toContain('evidence-conflict');
  });

  it('is ready when the evidence would support a closure decided today', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    delete a.closure!.decided_by;
    delete a.closure!.decided_on;
    delete a.closure!.decision;
    delete a.post_closure;
    const { dir } = writeRepo(spec);
    const { report } = await judge({ cwd: dir, git: false, asOf: '2026-11-15' });
    expect(report.actions).toEqual([mh001State('monitoring', true)]);
  });

  // Dates from 2026-10-20 on: the fixture's goal has held for its review period (P2W) since 2026-10-06.
  // Agreement with `cqc close`, which refuses without a current recommendation from monitoring.
  it('is not ready without a recommendation: the evidence is ready, so the row says "ready to recommend"', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'in_progress';
    delete a.closure;
    delete a.post_closure;
    const { dir } = writeRepo(spec);
    const outcome = await judge({ cwd: dir, git: false, asOf: '2026-10-21' });
    const r = outcome.readiness.get('MH-001')!;
    expect(r).toMatchObject({ ready: false, awaitingRecommendation: true });
    expect(r.blockers.map((b) => [b.rule, b.message])).toEqual([['status-transition', 'Nobody has recommended MH-001 for closure. When the evidence supports closure, the reviewer (registered-manager) records that with "cqc recommend MH-001"; the approver can then decide.']]);
    expect(statusRows(outcome)[0]!.readiness).toBe('ready to recommend');
  });

  it('is not ready on a recommendation made before the latest reopen', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' };
    a.reopened = [{ on: '2026-10-20', by: 'priya-patel', reason: 'Unsafe transfer observed' }];
    delete a.post_closure;
    const { dir } = writeRepo(spec);
    let outcome = await judge({ cwd: dir, git: false, asOf: '2026-10-21' });
    expect(outcome.readiness.get('MH-001')!.blockers.map((b) => b.message)).toEqual([expect.stringContaining('Nobody has recommended MH-001 for closure since it was reopened on 2026-10-20.')]);
    a.closure.recommended_on = '2026-10-21';
    outcome = await judge({ cwd: writeRepo(spec).dir, git: false, asOf: '2026-10-21' });
    expect(outcome.readiness.get('MH-001')!.ready).toBe(true);
  });

  it('is not ready while the action is back in progress, whatever its recommendation', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'in_progress';
    a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' };
    delete a.post_closure;
    const { dir } = writeRepo(spec);
    const outcome = await judge({ cwd: dir, git: false, asOf: '2026-10-21' });
    expect(outcome.readiness.get('MH-001')!.blockers.map((b) => b.message)).toEqual([expect.stringContaining('MH-001 is in progress; an action closes from monitoring, after its recommendation.')]);
  });
});
