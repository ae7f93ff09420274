import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos } from '../git/helpers.js';
import { ACTION, actionYaml, closedStory, dan, gitFindings, grace, priya, rulesOf, story } from './fixture.js';

afterAll(cleanupRepos);

describe('status-transition', () => {
  it('fires on a skipped step (in progress straight to closed)', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise');
    s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress') }, 'start');
    s.commit(priya, '2026-10-14', { [ACTION]: actionYaml('in_progress', (a) => { a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' }; }) }, 'recommend');
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'close');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['status-transition']);
    expect(findings[0]).toMatchObject({ file: ACTION, line: expect.any(Number) });
    expect(findings[0]!.message).toMatch(/MH-001 moved from in_progress to closed, which skips the lifecycle/);
  });

  it('judges a record deleted and added again from the status it was deleted at', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise');
    s.commit(dan, '2026-09-02', { [ACTION]: null }, 'remove');
    s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('monitoring') }, 'add it back, in monitoring');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['status-transition']);
    expect(findings[0]!.message).toMatch(/MH-001 moved from open to monitoring, which skips the lifecycle/);
    // Deleted and added back at the same status: nothing moved.
    const same = story();
    same.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise');
    same.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress') }, 'start');
    same.commit(dan, '2026-09-04', { [ACTION]: null }, 'remove');
    same.commit(dan, '2026-09-05', { [ACTION]: actionYaml('in_progress') }, 'add it back');
    expect(await gitFindings(same.dir)).toEqual([]);
  });

  it('fires on a closure with no recorded recommendation', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise');
    s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress') }, 'start');
    s.commit(dan, '2026-10-09', { [ACTION]: actionYaml('monitoring') }, 'monitor');
    s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed', (a) => { delete a.closure!.recommended_by; delete a.closure!.recommended_on; }) }, 'close');
    const findings = await gitFindings(s.dir);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/moved from monitoring to closed with no recorded recommendation/)]);
  });

  it('fires on a quiet reopen (closed to in progress without a reopened entry), not on a recorded one', async () => {
    const quiet = closedStory();
    quiet.commit(dan, '2026-10-28', { [ACTION]: actionYaml('closed', (a) => { a.status = 'in_progress'; }) }, 'back to work');
    expect((await gitFindings(quiet.dir)).map((f) => f.message)).toEqual([expect.stringMatching(/moved from closed to in_progress without a new "reopened" entry/)]);

    const recorded = closedStory();
    recorded.commit(priya, '2026-10-28', { [ACTION]: actionYaml('closed', (a) => {
      a.status = 'in_progress';
      a.reopened = [{ on: '2026-10-28', by: 'priya-patel', reason: 'Fall during transfer' }];
    }) }, 'reopen');
    expect(await gitFindings(recorded.dir)).toEqual([]);
  });

  it('accepts a file added part-way through the lifecycle, but not one that arrives closed unrecommended', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('in_progress') }, 'Raise, already started');
    s.commit(dan, '2026-09-02', { 'actions/MH-002.yaml': actionYaml('monitoring', (a) => { a.id = 'MH-002'; }) }, 'Add one already in monitoring');
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(dan, '2026-09-03', { 'actions/MH-003.yaml': actionYaml('closed', (a) => { a.id = 'MH-003'; delete a.closure!.recommended_by; delete a.closure!.recommended_on; }) }, 'Add one already closed');
    const findings = (await gitFindings(s.dir)).filter((f) => f.rule === 'status-transition');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/MH-003 was added already closed, with no recorded recommendation/);
  });
});
