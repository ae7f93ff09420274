import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo, type RepoSpec } from './fixture.js';

afterAll(cleanupRepos);

/** MH-001 back in monitoring, measured on 2026-09-03, 2026-10-06 and 2026-10-13. */
function monitored(frequency: 'weekly' | 'fortnightly' | 'monthly' | 'quarterly'): RepoSpec {
  const spec = validRepo();
  const a = mh001(spec);
  a.status = 'monitoring';
  delete a.closure;
  delete a.post_closure;
  a.monitoring = { frequency };
  return spec;
}

const frequencyLine = (text: string) => lineOf(text, /^ {2}frequency:/, /^monitoring:/);

describe('monitoring-gap', () => {
  it('warns once at monitoring.frequency when the latest measurement is too old, naming it', async () => {
    const repo = await checkRepo(monitored('monthly'), '2026-11-28');
    const f = expectOneFinding(repo, {
      rule: 'monitoring-gap', severity: 'warning', file: ACTION_FILE, action: 'MH-001', line: frequencyLine(repo.text(ACTION_FILE)),
      fragments: ['MH-001 is monitored monthly, but its latest measurement, MH-001-E04 on 2026-10-13, is 46 days before 2026-11-28', 'more than the 45 days allowed (1.5 × 30)'],
    });
    expect(f.column).toBe(3);
  });

  it('allows exactly 1.5 × the frequency', async () => {
    const repo = await checkRepo(monitored('monthly'), '2026-11-27');
    expect(findingsOf(repo.report, 'monitoring-gap')).toEqual([]);
  });

  it('names a past gap between measurements when the latest is recent', async () => {
    const repo = await checkRepo(monitored('weekly'), '2026-10-20');
    expectOneFinding(repo, {
      rule: 'monitoring-gap', severity: 'warning', file: ACTION_FILE, action: 'MH-001', line: frequencyLine(repo.text(ACTION_FILE)),
      fragments: ['there were 33 days between measurements MH-001-E01 (2026-09-03) and MH-001-E02 (2026-10-06)', '10.5 days allowed (1.5 × 7)'],
    });
  });

  it('fires once per action even with several gaps, putting the current lapse first', async () => {
    const repo = await checkRepo(monitored('weekly'));
    const found = findingsOf(repo.report, 'monitoring-gap');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('latest measurement, MH-001-E04 on 2026-10-13, is 33 days before 2026-11-15');
  });

  it('fires when nothing has been measured for longer than allowed since the action was raised', async () => {
    const spec = monitored('quarterly');
    for (const e of Object.values(spec.evidence)) delete e.measurement;
    let repo = await checkRepo(spec, '2027-01-16');
    expect(findingsOf(repo.report, 'monitoring-gap')[0]?.message).toContain('no measurement has been recorded since it was raised on 2026-09-01 (137 days before 2027-01-16)');
    repo = await checkRepo(spec, '2027-01-15');
    expect(findingsOf(repo.report, 'monitoring-gap')).toEqual([]);
  });

  it('does not judge closed actions or actions without a monitoring frequency', async () => {
    let repo = await checkRepo(validRepo(), '2027-01-10');
    expect(findingsOf(repo.report, 'monitoring-gap')).toEqual([]);
    const spec = monitored('weekly');
    delete mh001(spec).monitoring;
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'monitoring-gap')).toEqual([]);
  });
});
