// Contract v2: every measurement rule applies to each target on its own, and its message names it.
import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001 } from './fixture.js';
import { twoTargetRepo } from './targets-fixture.js';

afterAll(cleanupRepos);

/** The line of `key` inside the targets item with `id`. */
const targetLine = (text: string, id: string, key: string) => lineOf(text, new RegExp(`^ {4}${key}:`), new RegExp(`^ {2}- id: ${id}$`));

describe('an action with two targets', () => {
  it('closes cleanly when both are met and sustained, and the JSON lists both', async () => {
    const repo = await checkRepo(twoTargetRepo());
    expect(repo.report.findings).toEqual([]);
    expect(repo.report.actions[0]!.targets).toEqual([
      { id: 'files', latest: 100, met: true, variation: null, assurance: null },
      { id: 'transfers', latest: 0, met: true, variation: null, assurance: null },
    ]);
    expect(repo.report.actions[0]!.ready).toBe(true);
  });

  it('target-not-met names the one target whose latest measurement misses, at its goal', async () => {
    const spec = twoTargetRepo();
    spec.evidence['MH-001-E03']!.measurement = { target: 'transfers', value: 1 };
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-met', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: targetLine(repo.text(ACTION_FILE), 'transfers', 'goal'),
      fragments: ["MH-001's latest measurement of target transfers, MH-001-E03 (2026-10-09), is 1, above the goal of at most 0 (Observed transfers not following the assessment)"],
    });
  });

  it('target-not-met names a target nobody measured', async () => {
    const spec = twoTargetRepo();
    for (const id of ['MH-001-E03', 'MH-001-E05', 'MH-001-E06']) delete spec.evidence[id]!.measurement;
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-met').map((f) => f.message)).toEqual([
      expect.stringContaining("None of MH-001's evidence up to the closure decision on 2026-10-20 records a measurement of target transfers"),
    ]);
  });

  it('target-not-sustained judges each target on its own', async () => {
    const spec = twoTargetRepo();
    spec.evidence['MH-001-E06']!.measurement = { target: 'transfers', value: 1 };
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: lineOf(repo.text(ACTION_FILE), /^ {2}sustained_for:/, /^closure_criteria:/),
      fragments: ["MH-001's target transfers must meet its goal of at most 0 in 2 consecutive measurements", 'MH-001-E06 (2026-10-05) at 1 misses the goal'],
    });
  });

  it('target-not-sustained holds each target to the review period', async () => {
    const spec = twoTargetRepo();
    delete spec.evidence['MH-001-E06'];
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'observation', date: '2026-10-07', recorded_by: 'sam-smith', measurement: { target: 'transfers', value: 0 }, finding: 'supports' });
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: lineOf(repo.text(ACTION_FILE), /^ {2}review_period:/),
      fragments: ["MH-001's target transfers has met its goal of at most 0 only since MH-001-E06 on 2026-10-07", 'held since 2026-10-06 or earlier', 'close on or after 2026-10-21'],
    });
  });

  it('overdue warns once per target past its due date, at that due date', async () => {
    const spec = twoTargetRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    delete a.closure;
    delete a.post_closure;
    delete a.monitoring;
    a.targets![0]!.due = '2026-12-01';
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'overdue', severity: 'warning', file: ACTION_FILE, action: 'MH-001', line: targetLine(repo.text(ACTION_FILE), 'transfers', 'due'),
      fragments: ["MH-001's target transfers (Observed transfers not following the assessment) was due to be met by 2026-10-13 (33 days ago) and MH-001 is still monitoring"],
    });
  });

  it('monitoring-gap warns for the target whose measurements lapsed, naming it', async () => {
    const spec = twoTargetRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    delete a.closure;
    delete a.post_closure;
    addEvidence(spec, { id: 'MH-001-E07', action: 'MH-001', type: 'audit', date: '2026-11-10', measurement: { target: 'files', value: 100 }, finding: 'supports' });
    addEvidence(spec, { id: 'MH-001-E08', action: 'MH-001', type: 'audit', date: '2026-10-20', measurement: { target: 'files', value: 100 }, finding: 'supports' });
    addEvidence(spec, { id: 'MH-001-E09', action: 'MH-001', type: 'audit', date: '2026-10-27', measurement: { target: 'files', value: 100 }, finding: 'supports' });
    addEvidence(spec, { id: 'MH-001-E10', action: 'MH-001', type: 'audit', date: '2026-11-03', measurement: { target: 'files', value: 100 }, finding: 'supports' });
    addEvidence(spec, { id: 'MH-001-E11', action: 'MH-001', type: 'audit', date: '2026-09-10', measurement: { target: 'files', value: 70 }, finding: 'neutral' });
    addEvidence(spec, { id: 'MH-001-E12', action: 'MH-001', type: 'audit', date: '2026-09-17', measurement: { target: 'files', value: 80 }, finding: 'neutral' });
    addEvidence(spec, { id: 'MH-001-E13', action: 'MH-001', type: 'audit', date: '2026-09-24', measurement: { target: 'files', value: 85 }, finding: 'neutral' });
    addEvidence(spec, { id: 'MH-001-E14', action: 'MH-001', type: 'audit', date: '2026-10-01', measurement: { target: 'files', value: 90 }, finding: 'neutral' });
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'monitoring-gap', severity: 'warning', file: ACTION_FILE, action: 'MH-001', line: lineOf(repo.text(ACTION_FILE), /^ {2}frequency:/, /^monitoring:/),
      fragments: ['MH-001 is monitored weekly, but its latest measurement of target transfers, MH-001-E03 on 2026-10-09, is 37 days before 2026-11-15'],
    });
  });

  it('reopen-required names a later measurement of one target that misses its goal', async () => {
    const spec = twoTargetRepo();
    addEvidence(spec, { id: 'MH-001-E07', action: 'MH-001', type: 'observation', date: '2026-11-02', recorded_by: 'sam-smith', measurement: { target: 'transfers', value: 1 }, finding: 'neutral' });
    addEvidence(spec, { id: 'MH-001-E08', action: 'MH-001', type: 'audit', date: '2026-11-03', measurement: { target: 'files', value: 100 }, finding: 'supports' });
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'reopen-required', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: lineOf(repo.text(ACTION_FILE), /^status:/),
      fragments: ["MH-001 is still closed, but MH-001-E07 (2026-11-02) measures 1 for target transfers, above its goal of at most 0, after the closure decision on 2026-10-20"],
    });
  });

  it('criteria-missing is satisfied by targets alone', async () => {
    const spec = twoTargetRepo();
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'criteria-missing')).toEqual([]);
    delete mh001(spec).targets;
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'criteria-missing')[0]?.message).toContain('has no target (the measurable goal');
  });
});
