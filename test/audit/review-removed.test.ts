// A deteriorated post-closure review is a reason to reopen (reopen-required). Taking it out of the
// file again must not make that reason disappear, unless a senior other than the owner corrects it.
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { cleanupRepos } from '../git/helpers.js';
import { ACTION, actionYaml, closedStory, dan, E, evidenceYaml, grace, nadia } from './fixture.js';

afterAll(cleanupRepos);

const deteriorated = { on: '2026-11-10', by: 'nadia-hussain', result: 'deteriorated' as const, evidence: ['MH-001-E04'] };

/** Closed by Grace; Nadia's review finds it deteriorated; then `who` takes the review out. */
async function reopenFindings(who: typeof dan, withGit = true) {
  const s = closedStory();
  s.commit(nadia, '2026-11-10', {
    [E.e4]: evidenceYaml('MH-001-E04', 'observation', '2026-11-10', (e) => { e.recorded_by = 'nadia-hussain'; e.finding = 'concern'; delete e.measurement; }),
    [ACTION]: actionYaml('closed', (a) => { a.post_closure!.reviews = [deteriorated]; }),
  }, 'MH-001: review found it slipping');
  // The concern goes too, so only the review is left to tell.
  s.commit(who, '2026-11-12', { [E.e4]: null, [ACTION]: actionYaml('closed') }, 'tidy');
  const { report } = await judge({ cwd: s.dir, git: withGit, asOf: '2026-11-20' });
  return report.findings.filter((f) => f.rule === 'reopen-required');
}

describe('a deteriorated review taken out of the file', () => {
  it('by the owner is still a reason to reopen, naming the commit and who took it out', async () => {
    const findings = await reopenFindings(dan);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ action: 'MH-001', file: ACTION, severity: 'error' });
    expect(findings[0]!.message).toMatch(/the post-closure review on 2026-11-10 by .* found the improvement had deteriorated, and commit [0-9a-f]{7} .*took it out of the file, though dan-jones owns the action \(only a senior other than the owner may correct a review\)/);
  });

  it('by a senior who does not own the action is a correction, and stands', async () => {
    expect(await reopenFindings(grace)).toEqual([]);
  });

  it('is judged from the trail: without git there is nothing to compare', async () => {
    expect(await reopenFindings(dan, false)).toEqual([]);
  });
});
