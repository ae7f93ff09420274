import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

const goalLine = (text: string) => lineOf(text, /^ {2}goal:/, /^target:/);

describe('target-not-met', () => {
  it('fires at target.goal when the latest measurement up to the decision misses the goal', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E04']!.measurement = { numerator: 11, denominator: 12 };
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'target-not-met', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: goalLine(repo.text(ACTION_FILE)),
      fragments: ['latest measurement MH-001-E04 (2026-10-13) is 91.7%, short of the goal of at least 100%', 'the closure decision on 2026-10-20'],
    });
    expect(f.column).toBe(3);
  });

  it('fires when there is no measurement at all (and target-not-sustained too: no point is fewer than sustained_for)', async () => {
    const spec = validRepo();
    for (const e of Object.values(spec.evidence)) delete e.measurement;
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-met', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: goalLine(repo.text(ACTION_FILE)),
      fragments: ["None of MH-001's evidence up to the closure decision on 2026-10-20 records a measurement", 'at least 100%'],
    });
    expect(findingsOf(repo.report, 'target-not-sustained')).toHaveLength(1);
  });

  it('ignores measurements dated after the decision', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-10-25', measurement: { value: 50 }, finding: 'neutral' });
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-met')).toEqual([]);
  });

  it('counts up to --as-of when no decision date is recorded', async () => {
    const spec = validRepo();
    delete mh001(spec).closure!.decided_on;
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-10-25', measurement: { value: 50 }, finding: 'neutral' });
    let repo = await checkRepo(spec, '2026-10-24');
    expect(findingsOf(repo.report, 'target-not-met')).toEqual([]);
    repo = await checkRepo(spec, '2026-10-25');
    expect(findingsOf(repo.report, 'target-not-met')[0]?.message).toContain('MH-001-E05 (2026-10-25) is 50%');
  });

  it('accepts a measurement exactly at the goal, despite floating point (29/100 = 29%)', async () => {
    const spec = validRepo();
    mh001(spec).target!.goal = 29;
    spec.evidence['MH-001-E02']!.measurement = { numerator: 29, denominator: 100 };
    spec.evidence['MH-001-E04']!.measurement = { numerator: 29, denominator: 100 };
    const repo = await checkRepo(spec);
    expect(repo.report.findings).toEqual([]);
  });

  it('respects direction at_most: at or below the goal passes, above it fails', async () => {
    const spec = validRepo();
    mh001(spec).target = { measure: 'Missed repositioning entries per week', unit: 'count', goal: 2, direction: 'at_most', due: '2026-10-13' };
    spec.evidence['MH-001-E01']!.measurement = { value: 9 };
    spec.evidence['MH-001-E02']!.measurement = { value: 2 };
    spec.evidence['MH-001-E04']!.measurement = { value: 0 };
    let repo = await checkRepo(spec);
    expect(repo.report.findings).toEqual([]);
    spec.evidence['MH-001-E04']!.measurement = { value: 3 };
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-met')[0]?.message).toContain('is 3, above the goal of at most 2');
  });

  it('does not judge an action that is not closed', async () => {
    const spec = validRepo();
    mh001(spec).status = 'monitoring';
    spec.evidence['MH-001-E04']!.measurement = { value: 10 };
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-met')).toEqual([]);
  });
});
