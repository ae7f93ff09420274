// Issue 11: valid governance stays clean. A false alarm on sound governance is as bad as a missed
// false closure, so each of these real histories must pass every rule of the gate.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos, commitAs, git, makeSshKey } from '../git/helpers.js';
import { cqc } from '../helpers/cli.js';
import { ACTION, actionYaml, closedStory, configYaml, dan, E, evidenceYaml, grace, peopleYaml, priya, recommendedStory, story, tom } from '../audit/fixture.js';
import { asPerson, check, gate } from './gate-fixture.js';

afterAll(cleanupRepos);

const TWO_HOMES = 'provider: Example Care Ltd\nlocations:\n  - { id: rose-house, name: Rose House }\n  - { id: maple-lodge, name: Maple Lodge }\n';

/** A governance step through the built CLI, committed by `who` at `day` 10:00 UTC. */
function step(dir: string, who: { name: string; email: string }, day: string, args: string[]): void {
  const r = cqc([...args, '--on', day, '--commit'], { cwd: dir, env: asPerson(who, `${day}T10:00:00Z`) });
  expect(r.stderr, args.join(' ')).toBe('');
  expect(r.code, args.join(' ')).toBe(0);
}

describe('valid governance stays clean', () => {
  it('a senior who does not own the action re-scoping its criteria', () => {
    const s = story(undefined, { config: TWO_HOMES });
    s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise MH-001');
    s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress') }, 'work started');
    s.commit(tom, '2026-09-20', { [ACTION]: actionYaml('in_progress', (a) => {
      a.target!.goal = 90;
      a.closure_criteria!.approver = 'provider-quality-lead';
      a.closure_criteria!.review_period = 'P4W';
      a.owner = 'priya-patel';
    }) }, 'Agreed at the governance meeting: realistic goal, new owner');
    expect(gate(check(s.dir).report)).toEqual([]);
  });

  it('a senior adding a colleague, with roles limited to one home', () => {
    const s = story(undefined, { config: TWO_HOMES });
    s.commit(grace, '2026-09-05', { 'people.yaml': peopleYaml((p) => { p.push({ id: 'sam-smith', name: 'Sam Smith', roles: ['registered-manager'], emails: ['sam.smith@example.org'], locations: ['maple-lodge'] }); }) }, 'Sam joins Maple Lodge');
    expect(gate(check(s.dir).report)).toEqual([]);
  });

  it('a hold followed, after more evidence, by a new recommendation and a close (cqc commands, each committed by its person)', () => {
    const s = recommendedStory();
    step(s.dir, grace, '2026-10-16', ['hold', 'MH-001', '--return-by', '2026-11-13', '--minutes', 'Governance minutes 2026-10-16, item 2']);
    s.commit(priya, '2026-10-22', { [E.e4]: evidenceYaml('MH-001-E04', 'audit', '2026-10-22') }, 'MH-001: another audit');
    step(s.dir, priya, '2026-10-23', ['recommend', 'MH-001']);
    step(s.dir, grace, '2026-10-27', ['close', 'MH-001']);
    const { code, report } = check(s.dir);
    expect(gate(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it('a recorded reopening, the work done again, and a new decision', () => {
    const s = closedStory();
    step(s.dir, priya, '2026-10-28', ['reopen', 'MH-001', '--reason', 'Fall during transfer linked to an outdated assessment']);
    s.commit(priya, '2026-11-04', { [E.e4]: evidenceYaml('MH-001-E04', 'audit', '2026-11-04') }, 'MH-001: audit after the refresher');
    s.commit(priya, '2026-11-05', { 'evidence/MH-001/MH-001-E05.yaml': evidenceYaml('MH-001-E05', 'observation', '2026-11-05') }, 'MH-001: observed transfers');
    step(s.dir, priya, '2026-11-06', ['recommend', 'MH-001']);
    step(s.dir, grace, '2026-11-10', ['close', 'MH-001']);
    const { code, report } = check(s.dir, '2026-11-20');
    expect(gate(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it('a senior moving the assurance folder: every decision keeps its own commit', () => {
    const s = closedStory(undefined, { prefix: 'cqc' });
    git(s.repo.dir, ['mv', 'cqc', 'governance']);
    commitAs(s.repo, tom, '2026-10-25T09:00:00Z', {}, 'Move the assurance records to governance/');
    expect(gate(check(join(s.repo.dir, 'governance')).report)).toEqual([]);
  });

  it('a nominated individual whose roles are limited to one home deciding there', () => {
    const people = peopleYaml((p) => { p[2]!.locations = ['rose-house']; });
    const s = closedStory(undefined, { config: TWO_HOMES, people });
    expect(gate(check(s.dir).report)).toEqual([]);
  });

  it('in signed mode, a senior listing a colleague\'s key in a commit signed with her own, and the colleague deciding with it', () => {
    const graceKey = makeSshKey('grace');
    const tomKey = makeSshKey('tom');
    const s = recommendedStory(undefined, {
      config: configYaml({ require_signed_closures: true }),
      people: peopleYaml((p) => { p[2]!.signing_keys = [graceKey.publicKey]; }),
    });
    s.commit(grace, '2026-10-18', { 'people.yaml': peopleYaml((p) => { p[2]!.signing_keys = [graceKey.publicKey]; p[3]!.signing_keys = [tomKey.publicKey]; }) }, "List Tom's signing key", { signingKey: graceKey.privateKey });
    s.commit(tom, '2026-10-20', { [ACTION]: actionYaml('closed', (a) => { a.closure!.decided_by = 'tom-reed'; a.closure_criteria!.approver = 'provider-quality-lead'; }) }, 'MH-001: closure approved', { signingKey: tomKey.privateKey });
    // The approver role changed in the decision commit itself, by a senior non-owner: allowed.
    expect(gate(check(s.dir).report)).toEqual([]);
    expect(git(s.dir, ['cat-file', 'commit', 'HEAD'])).toMatch(/^gpgsig -----BEGIN SSH SIGNATURE-----/m);
  });
});
