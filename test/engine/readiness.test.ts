// Readiness answers "could this close today?", so it judges an unfinished action as decided today.
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
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
});
