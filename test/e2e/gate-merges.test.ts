// Issue 11: merges judged as SPEC says (a change a merge brings in unchanged is the branch commit's;
// only what the merge itself introduces is the merger's), symbolic links the trail cannot follow,
// and --location / [paths] runs that keep every finding on shared files and unlocated actions.
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, git, tempDir, writeFiles } from '../git/helpers.js';
import { ACTION, actionYaml, dan, E, evidenceYaml, grace, peopleYaml, priya, recommendedStory, story, type Story } from '../audit/fixture.js';
import { check, cleanEnv, gate, rulesOf } from './gate-fixture.js';
import { cqc } from '../helpers/cli.js';

afterAll(cleanupRepos);

/** Merge `branch` into main as `who` on `day`, with --no-ff (and without committing when `edit` is given). */
function merge(s: Story, branch: string, who: { name: string; email: string }, day: string, edit?: Record<string, string>): void {
  const env = { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: `${day}T17:00:00Z`,
    GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: `${day}T17:00:00Z` };
  git(s.repo.dir, ['checkout', '-q', 'main']);
  git(s.repo.dir, ['merge', '-q', '--no-ff', ...(edit ? ['--no-commit'] : []), '-m', `Merge ${branch}`, branch], env);
  if (!edit) return;
  writeFiles(s.repo, edit);
  git(s.repo.dir, ['add', '-A']);
  git(s.repo.dir, ['commit', '-q', '--no-edit'], env);
}

/** The decision made on a branch by `decider`, while Priya adds an audit on main. */
function decisionOnBranch(decider: { name: string; email: string }): Story {
  const s = recommendedStory();
  git(s.repo.dir, ['checkout', '-q', '-b', 'decision']);
  s.commit(decider, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure decision');
  git(s.repo.dir, ['checkout', '-q', 'main']);
  s.commit(priya, '2026-10-21', { [E.e4]: evidenceYaml('MH-001-E04', 'audit', '2026-10-21') }, 'MH-001: weekly audit');
  return s;
}

describe('merges: a change a merge brings in is judged as the branch commit that made it', () => {
  it('keeps a colleague\'s forged decision forged when a senior merges it', () => {
    const s = decisionOnBranch(dan);
    merge(s, 'decision', grace, '2026-10-22');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-attribution']);
    expect(found[0]!.message).toMatch(/^The closure decision on MH-001 names Grace Okafor \(grace-okafor\), but it was recorded by commit [0-9a-f]{7} \(2026-10-20, by dan-jones\)/);
  });

  it('does the same when the branch was up to date, so the merge matches it (and git shows it one block)', () => {
    const s = recommendedStory();
    git(s.repo.dir, ['checkout', '-q', '-b', 'decision']);
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure decision');
    merge(s, 'decision', grace, '2026-10-22');
    expect(rulesOf(gate(check(s.dir).report))).toEqual(['closure-attribution']);
  });

  it('keeps a senior\'s decision hers when a colleague merges it', () => {
    const s = decisionOnBranch(grace);
    merge(s, 'decision', dan, '2026-10-22');
    expect(gate(check(s.dir).report)).toEqual([]);
  });

  it('gives the merger what the merge itself introduces (a conflict resolution)', () => {
    const s = decisionOnBranch(grace);
    merge(s, 'decision', dan, '2026-10-22', { [ACTION]: actionYaml('closed', (a) => { a.closure!.decided_on = '2026-10-21'; }) });
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['closure-attribution']);
    expect(found[0]!.message).toMatch(/recorded by commit [0-9a-f]{7} \(2026-10-22, by dan-jones\)/);
  });
});

describe('layout-link: records the trail cannot follow', () => {
  it('catches a committed symbolic link standing in for the actions folder, where a forged closure hid', () => {
    const s = recommendedStory();
    git(s.repo.dir, ['mv', 'actions', 'drafts']);
    s.commit(dan, '2026-10-19', {}, 'move drafts');
    s.commit(dan, '2026-10-20', { 'drafts/MH-001.yaml': actionYaml('closed') }, 'MH-001: closed for Grace');
    symlinkSync('drafts', join(s.dir, 'actions'));
    git(s.repo.dir, ['add', 'actions']);
    s.commit(dan, '2026-10-21', {}, 'keep the old folder name working');
    const found = gate(check(s.dir).report);
    expect(rulesOf(found)).toEqual(['layout-link']);
    expect(found[0]).toMatchObject({ file: 'actions', severity: 'error' });
    expect(found[0]!.message).toMatch(/^The records folder actions is a symbolic link \(committed to git, and is one in the work tree\)\. git keeps only the link/);
  });

  it('catches an action\'s evidence folder linked in the work tree', () => {
    const s = recommendedStory();
    symlinkSync(tempDir('cqc-elsewhere-'), join(s.dir, 'evidence', 'MH-002'));
    const found = gate(check(s.dir).report).filter((f) => f.rule === 'layout-link');
    expect(found).toEqual([expect.objectContaining({ file: 'evidence/MH-002', action: 'MH-002', message: expect.stringMatching(/^The evidence folder of MH-002 \(evidence\/MH-002\) is a symbolic link \(in the work tree\)/) })]);
  });
});

describe('--location and [paths] keep findings on shared files and unlocated actions', () => {
  const config = 'provider: Example Care Ltd\nlocations:\n  - { id: rose-house, name: Rose House }\n  - { id: maple-lodge, name: Maple Lodge }\n';
  const s = story(undefined, { config });
  const group = 'actions/GRP-001.yaml';
  s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('in_progress') }, 'Raise MH-001 at Rose House');
  s.commit(dan, '2026-09-20', { [ACTION]: actionYaml('in_progress', (a) => { a.target!.goal = 80; }) }, 'MH-001: a realistic goal');
  s.commit(priya, '2026-09-02', { [group]: actionYaml('recommended', (a) => { a.id = 'GRP-001'; delete a.location; }) }, 'Raise a group-wide action, recommended');
  s.commit(dan, '2026-10-20', { [group]: actionYaml('recommended', (a) => { a.id = 'GRP-001'; delete a.location; a.status = 'closed'; a.post_closure = { review_due: '2027-01-20' }; }) }, 'GRP-001 done');
  s.commit(priya, '2026-10-21', { 'people.yaml': peopleYaml((p) => { p.push({ id: 'sam-smith', roles: ['senior-carer'], emails: ['sam.smith@example.org'] }); }) }, 'add Sam');
  const run = (args: string[]) => {
    const r = cqc(['check', ...args, '--format', 'json', '--as-of', '2026-11-01'], { cwd: s.dir, env: cleanEnv() });
    expect(r.code).toBe(1);
    return gate(JSON.parse(r.stdout) as Parameters<typeof gate>[0]).map((f) => [f.rule, f.file]);
  };

  it('reports them in a run for another location, and leaves out the other location\'s actions', () => {
    expect(run([])).toEqual([['closure-decision', group], ['criteria-weakened', ACTION], ['registry-change', 'people.yaml']]);
    expect(run(['--location', 'maple-lodge'])).toEqual([['closure-decision', group], ['registry-change', 'people.yaml']]);
  });

  it('reports them in a run for one action\'s file', () => {
    expect(run([ACTION])).toEqual([['closure-decision', group], ['criteria-weakened', ACTION], ['registry-change', 'people.yaml']]);
  });
});
