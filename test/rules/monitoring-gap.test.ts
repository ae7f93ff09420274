import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo, type RepoSpec } from './fixture.js';

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

  it('fires when nothing has been measured for longer than allowed since the action was raised (quarterly: 137 days, as SPEC fixes it)', async () => {
    const spec = monitored('quarterly');
    for (const e of Object.values(spec.evidence)) delete e.measurement;
    let repo = await checkRepo(spec, '2027-01-17');
    expect(findingsOf(repo.report, 'monitoring-gap')[0]?.message).toContain('no measurement has been recorded since it was raised on 2026-09-01 (138 days before 2027-01-17), more than the 137 days allowed');
    repo = await checkRepo(spec, '2027-01-16');
    expect(findingsOf(repo.report, 'monitoring-gap')).toEqual([]);
  });

  it.each([['weekly', '2026-10-24', '2026-10-23'], ['fortnightly', '2026-11-04', '2026-11-03']] as const)(
    'allows exactly SPEC\'s figure for %s monitoring (10.5 and 21 days)', async (frequency, lapsed, onTime) => {
      const spec = monitored(frequency);
      let repo = await checkRepo(spec, lapsed);
      expect(findingsOf(repo.report, 'monitoring-gap')[0]?.message).toContain('latest measurement, MH-001-E04 on 2026-10-13');
      // The past 33-day gap between E01 and E02 is itself too long: drop the baseline to judge only the latest.
      delete spec.evidence['MH-001-E01'];
      repo = await checkRepo(spec, onTime);
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

describe('monitoring-gap after closure (v2: post_closure.monitoring)', () => {
  /** MH-001 closed on 2026-10-20 with monthly post-closure monitoring until 2027-04-20. */
  function monitoredAfterClosure(): RepoSpec {
    const spec = validRepo();
    mh001(spec).post_closure = { review_due: '2027-01-20', monitoring: { frequency: 'monthly', until: '2027-04-20' } };
    return spec;
  }
  const afterLine = (text: string) => lineOf(text, /^ {4}frequency:/, /^post_closure:/);

  it('counts from the decision: no measurement 46 days after it warns at post_closure.monitoring.frequency, 45 does not', async () => {
    const spec = monitoredAfterClosure();
    let repo = await checkRepo(spec, '2026-12-05');
    expectOneFinding(repo, {
      rule: 'monitoring-gap', severity: 'warning', file: ACTION_FILE, action: 'MH-001', line: afterLine(repo.text(ACTION_FILE)),
      fragments: ['MH-001 is closed with post-closure monitoring monthly until 2027-04-20, but no measurement has been recorded since the closure decision on 2026-10-20 (46 days before 2026-12-05)', 'more than the 45 days allowed (1.5 × 30)'],
    });
    repo = await checkRepo(spec, '2026-12-04');
    expect(findingsOf(repo.report, 'monitoring-gap')).toEqual([]);
  });

  it('names a lapse between later measurements, and stops after the until date', async () => {
    const spec = monitoredAfterClosure();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-11-18', measurement: { value: 100 }, finding: 'supports' });
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'audit', date: '2027-01-08', measurement: { value: 100 }, finding: 'supports' });
    let repo = await checkRepo(spec, '2027-01-20');
    expect(findingsOf(repo.report, 'monitoring-gap').map((f) => f.message)).toEqual([
      expect.stringContaining('there were 51 days between measurements MH-001-E05 (2026-11-18) and MH-001-E06 (2027-01-08)'),
    ]);
    repo = await checkRepo(spec, '2027-04-20');
    expect(findingsOf(repo.report, 'monitoring-gap')).toHaveLength(1);
    repo = await checkRepo(spec, '2027-04-21');
    expect(findingsOf(repo.report, 'monitoring-gap')).toEqual([]);
  });

  it('names a late first measurement after the decision', async () => {
    const spec = monitoredAfterClosure();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-12-10', measurement: { value: 100 }, finding: 'supports' });
    const repo = await checkRepo(spec, '2026-12-20');
    expect(findingsOf(repo.report, 'monitoring-gap')[0]?.message).toContain('there were 51 days between the closure decision on 2026-10-20 and the first measurement after it, MH-001-E05 (2026-12-10)');
  });
});
