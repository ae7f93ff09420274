// evidence-independence with git rules on: an item counts as independent of the owner only when
// its adding commit (the first commit that added a file with its id, following renames) was not
// authored by the owner, whatever its recorded_by says.
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import type { Finding } from '../../src/model.js';
import { cleanupRepos, git } from '../git/helpers.js';
import { ACTION, actionYaml, configYaml, dan, E, evidenceYaml, grace, nadia, priya, story, type Story } from './fixture.js';

afterAll(cleanupRepos);

async function independenceFindings(dir: string, asOf = '2026-11-01'): Promise<Finding[]> {
  const { report } = await judge({ cwd: dir, git: true, asOf });
  expect(report.summary.git).toBe(true);
  return report.findings.filter((f) => f.rule === 'evidence-independence');
}

/** MH-001 raised and worked by Dan, its evidence committed by `committers` (audit, observation, audit). */
function closedWith(committers: [typeof dan, typeof dan, typeof dan], s: Story = story()): Story {
  s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise MH-001');
  s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress') }, 'MH-001: work started');
  s.commit(committers[0], '2026-09-10', { [E.e1]: evidenceYaml('MH-001-E01', 'audit', '2026-09-10') }, 'MH-001: audit');
  s.commit(committers[1], '2026-09-24', { [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24', (e) => { e.recorded_by = 'nadia-hussain'; }) }, 'MH-001: observation');
  s.commit(committers[2], '2026-10-08', { [E.e3]: evidenceYaml('MH-001-E03', 'audit', '2026-10-08') }, 'MH-001: second audit');
  s.commit(dan, '2026-10-09', { [ACTION]: actionYaml('monitoring') }, 'MH-001: monitoring');
  s.commit(priya, '2026-10-14', { [ACTION]: actionYaml('recommended') }, 'MH-001: recommend closure');
  s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure approved');
  return s;
}

describe('evidence-independence (git rules on)', () => {
  it('fires when the owner committed every supporting item, though each names someone else as recorder', async () => {
    const s = closedWith([dan, dan, dan]);
    const found = await independenceFindings(s.dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: ACTION, action: 'MH-001', severity: 'error' });
    expect(found[0]!.message).toMatch(/it has 0 \(MH-001-E01 names priya-patel but was added by the owner in commit [0-9a-f]{7} \(2026-09-10, by dan-jones\), MH-001-E02 names nadia-hussain but was added by the owner in commit [0-9a-f]{7} \(2026-09-24, by dan-jones\) and MH-001-E03/);
    // The same records without git are independent: only the trail shows who added them.
    const { report } = await judge({ cwd: s.dir, git: false, asOf: '2026-11-01' });
    expect(report.findings.filter((f) => f.rule === 'evidence-independence')).toEqual([]);
  });

  it('is satisfied by one item added by someone else', async () => {
    expect(await independenceFindings(closedWith([dan, nadia, dan]).dir)).toEqual([]);
  });

  it('judges the commit that first added the item, not a later move by the owner', async () => {
    const s = closedWith([priya, dan, dan]);
    git(s.dir, ['mv', E.e1, 'evidence/MH-001/MH-001-E01.yml']);
    s.commit(dan, '2026-10-10', {}, 'use .yml', { allowEmpty: true });
    expect(await independenceFindings(s.dir)).toEqual([]);
  });

  it('judges the commit that first added the id, even when the owner deleted it and added it again', async () => {
    const s = story();
    s.commit(priya, '2026-09-05', { [E.e1]: evidenceYaml('MH-001-E01', 'audit', '2026-09-05') }, 'Priya: early audit');
    s.commit(dan, '2026-09-06', { [E.e1]: null }, 'tidy');
    closedWith([dan, dan, dan], s);
    expect(await independenceFindings(s.dir)).toEqual([]);
  });

  it('does not judge commits from before audit_trail_from: recorded_by alone decides there', async () => {
    const s = story(undefined, { config: configYaml({ audit_trail_from: '2026-10-01' }) });
    closedWith([dan, dan, dan], s);
    expect(await independenceFindings(s.dir)).toEqual([]);
  });
});
