import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos } from '../git/helpers.js';
import { lineOf } from '../helpers/repo.js';
import { ACTION, actionYaml, dan, gitFindings, grace, priya, rulesOf, story, type Story } from './fixture.js';

afterAll(cleanupRepos);

function started(): Story {
  const s = story();
  s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise MH-001');
  s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress') }, 'work started');
  return s;
}

describe('criteria-weakened', () => {
  it('fires when the owner lowers the goal after work started, at the goal line', async () => {
    const s = started();
    s.commit(dan, '2026-09-20', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 80; }) }, 'realistic goal');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['criteria-weakened']);
    expect(findings[0]).toMatchObject({ file: ACTION, line: lineOf(readFileSync(join(s.dir, ACTION), 'utf8'), 'goal:') });
    expect(findings[0]!.message).toMatch(/the goal was lowered from 95 to 80 in commit [0-9a-f]{7} \(2026-09-20, by dan-jones\): by dan-jones, who owns the action/);
  });

  it('weighs an action deleted and added again against what it said before the deletion', async () => {
    const s = started();
    s.commit(dan, '2026-09-18', { [ACTION]: null }, 'remove MH-001');
    s.commit(dan, '2026-09-20', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 80; a.owner = 'priya-patel'; }) }, 'raise it again');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['criteria-weakened']);
    // The owner before the deletion is the owner that counts: Dan, handing it on while lowering it.
    expect(findings[0]!.message).toMatch(/the owner changed from dan-jones to priya-patel; the goal was lowered from 95 to 80 in commit [0-9a-f]{7} \(2026-09-20, by dan-jones\): by dan-jones, who owns the action/);
    const same = started();
    same.commit(dan, '2026-09-18', { [ACTION]: null }, 'remove MH-001');
    same.commit(dan, '2026-09-20', { [ACTION]: actionYaml('in_progress') }, 'put it back');
    expect(await gitFindings(same.dir)).toEqual([]);
  });

  it('knows a single target by "target" and by an id of its own: naming it is not removing it', async () => {
    const s = started();
    s.commit(priya, '2026-09-10', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.id = 'files'; }) }, 'name the target');
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(priya, '2026-09-11', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.id = 'files'; a.target!.goal = 90; }) }, 'lower it');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['criteria-weakened']);
    expect(findings[0]!.message).toMatch(/the goal of target files was lowered from 95 to 90/);
  });

  it('accepts the same change by a senior person who does not own the action', async () => {
    const s = started();
    s.commit(grace, '2026-09-20', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 80; }) }, 'agreed at governance');
    expect(await gitFindings(s.dir)).toEqual([]);
  });

  it('fires for a non-owner with no senior role, for each kind of weakening', async () => {
    const s = started();
    s.commit(priya, '2026-09-20', { [ACTION]: actionYaml('in_progress', (a) => {
      a.target!.due = '2027-01-31';
      a.closure_criteria!.sustained_for = 1;
      a.closure_criteria!.min_sources = 1;
      a.closure_criteria!.required_evidence = ['audit'];
    }) }, 'relax');
    const findings = await gitFindings(s.dir);
    expect(rulesOf(findings)).toEqual(['criteria-weakened']);
    expect(findings[0]!.message).toMatch(/due date moved from 2026-11-30 to 2027-01-31; the evidence sources needed were reduced from 2 to 1; the measurements that must be sustained were reduced from 2 to 1; the required evidence type observation was removed/);
    expect(findings[0]!.message).toMatch(/priya-patel, who holds no senior role/);
  });

  it('treats a higher limit as weaker for an at_most target, and a stricter change as fine', async () => {
    const s = started();
    s.commit(dan, '2026-09-10', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 99; a.target!.due = '2026-11-15'; }) }, 'stricter');
    expect(await gitFindings(s.dir)).toEqual([]);
    s.commit(grace, '2026-09-11', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 5; a.target!.direction = 'at_most'; a.target!.unit = 'count'; }) }, 'count falls instead');
    s.commit(dan, '2026-09-12', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 8; a.target!.direction = 'at_most'; a.target!.unit = 'count'; }) }, 'allow more');
    const findings = await gitFindings(s.dir);
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/the goal was raised from 5 to 8/)]);
  });

  it('lets criteria change freely while the action is still open', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise MH-001');
    s.commit(dan, '2026-09-02', { [ACTION]: actionYaml('open', (a) => { a.target!.goal = 80; }) }, 'draft goal');
    s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 70; }) }, 'start with the goal agreed');
    expect(await gitFindings(s.dir)).toEqual([]);
  });
});
