// SPC assurance at closure, on real YAML: 12+ weekly audits, XmR limits worked by hand beside each case.
import { afterAll, describe, expect, it } from 'vitest';
import { weekAfter } from '../spc/series.js';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo, type RepoSpec } from './fixture.js';
import { onlyWeeklyAudits, STEADY, twoTargetRepo, weeklyAudits } from './targets-fixture.js';

afterAll(cleanupRepos);

/**
 * MH-001 (closed 2026-10-20) measured only by weekly audits: the fixture's own measurements are
 * dropped, so SPC sees exactly `values`; the goal is 95% at least.
 */
function measuredWeekly(values: readonly number[], goal = 95): RepoSpec {
  const spec = validRepo();
  onlyWeeklyAudits(spec);
  mh001(spec).target!.goal = goal;
  weeklyAudits(spec, values);
  return spec;
}

const goalLine = (text: string) => lineOf(text, /^ {2}goal:/, /^target:/);

describe('target-not-assured', () => {
  it('is silent when the goal sits exactly on the lower process limit (consistent pass, inclusive)', async () => {
    const repo = await checkRepo(measuredWeekly(STEADY, 95));
    expect(repo.report.findings).toEqual([]);
    expect(repo.report.actions[0]!.targets).toEqual([{ id: 'target', latest: 98.16, met: true, variation: 'common-cause', assurance: 'consistent-pass' }]);
  });

  it('warns at the goal when the goal lies inside the limits (hit and miss), though every closure rule passes', async () => {
    const repo = await checkRepo(measuredWeekly(STEADY, 95.1));
    const f = expectOneFinding(repo, {
      rule: 'target-not-assured', severity: 'warning', file: ACTION_FILE, action: 'MH-001', line: goalLine(repo.text(ACTION_FILE)),
      fragments: [
        'MH-001: SPC over its measurements on 12 dates up to the closure decision on 2026-10-20 gives assurance "hit and miss"',
        'the goal of at least 95.1% lies within the process limits (95% to 100.3%)',
        'does not block closure',
      ],
    });
    expect(repo.report.findings).toEqual([f]);
    // The closure rules decide: the action stays closed cleanly, with no error.
    expect(repo.report.actions[0]).toMatchObject({ ready: true, targets: [{ assurance: 'hit-and-miss' }] });
  });

  it('warns of a consistent fail even when the latest audits meet the goal: SPC and the closure rules disagree, and the closure rules decide', async () => {
    // Nine at 80 then 96, 97, 96: mean 1009/12 = 84.083; moving ranges 16, 1, 1 → 18/11 = 1.636;
    // limits 84.083 ± 4.353 → 79.73 and 88.44. The goal 95 is above the upper limit.
    const repo = await checkRepo(measuredWeekly([80, 80, 80, 80, 80, 80, 80, 80, 80, 96, 97, 96], 95));
    expect(findingsOf(repo.report, 'target-not-met')).toEqual([]);
    expect(findingsOf(repo.report, 'target-not-sustained')).toEqual([]);
    expect(findingsOf(repo.report, 'target-not-assured').map((f) => [f.severity, f.message])).toEqual([
      ['warning', expect.stringContaining('"consistent fail": the goal of at least 95% lies beyond the process limits (79.7% to 88.4%)')],
    ]);
    expect(repo.report.summary.errors).toBe(0);
  });

  it('is an error with require_spc_assurance, and then blocks readiness to close today', async () => {
    const spec = measuredWeekly(STEADY, 95.1);
    spec.config.policy!.require_spc_assurance = true;
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-assured').map((f) => [f.severity, f.message])).toEqual([
      ['error', expect.stringContaining('cqc.yaml sets require_spc_assurance, so it cannot close on this measure yet')],
    ]);
    // The same action not yet decided: ready without the policy, blocked with it.
    const a = mh001(spec);
    a.status = 'monitoring';
    a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' };
    delete a.post_closure;
    repo = await checkRepo(spec, '2026-10-20');
    expect(repo.report.actions[0]!.ready).toBe(false);
    spec.config.policy!.require_spc_assurance = false;
    repo = await checkRepo(spec, '2026-10-20');
    expect(repo.report.actions[0]!.ready).toBe(true);
  });

  it('judges nothing below spc_min_points dates, and counts a date once', async () => {
    const spec = measuredWeekly(STEADY.slice(0, 11), 95.1);
    // A twelfth measurement on the last date already measured adds no point.
    addEvidence(spec, { id: 'MH-001-M99', action: 'MH-001', type: 'audit', date: weekAfter('2026-08-03', 10), measurement: { value: 98.16 }, finding: 'supports' });
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-assured')).toEqual([]);
    expect(repo.report.actions[0]!.targets[0]).toMatchObject({ variation: null, assurance: null });
    spec.config.policy!.spc_min_points = 11;
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-assured')).toHaveLength(1);
  });

  it('starts SPC at target.spc_from: an unstable start before it no longer widens the limits', async () => {
    // Six noisy weeks (60, 100, 70, 100, 80, 100) before twelve steady ones: with them the limits are
    // far apart (hit and miss); from 2026-09-14 only the steady twelve count (consistent pass).
    const spec = validRepo();
    const a = mh001(spec);
    a.raised = '2026-06-20';
    for (const id of ['MH-001-E01', 'MH-001-E02', 'MH-001-E04']) delete spec.evidence[id]!.measurement;
    weeklyAudits(spec, [60, 100, 70, 100, 80, 100, ...STEADY], {}, '2026-06-22');
    a.target!.goal = 95;
    let repo = await checkRepo(spec, '2026-10-20');
    expect(findingsOf(repo.report, 'target-not-assured')[0]?.message).toContain('measurements on 18 dates up to');
    a.target!.spc_from = '2026-08-03';
    repo = await checkRepo(spec, '2026-10-20');
    expect(findingsOf(repo.report, 'target-not-assured')).toEqual([]);
    expect(repo.report.actions[0]!.targets[0]).toMatchObject({ assurance: 'consistent-pass' });
  });

  it('names the target, at its goal, when the action has several', async () => {
    const spec = twoTargetRepo();
    onlyWeeklyAudits(spec);
    mh001(spec).targets![0]!.goal = 95.1;
    weeklyAudits(spec, STEADY, { target: 'files' });
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-assured', severity: 'warning', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {4}goal:/, /^ {2}- id: files$/),
      fragments: ["MH-001's target files: SPC over its measurements on 12 dates"],
    });
  });
});
