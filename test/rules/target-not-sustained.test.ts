import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

const sustainedLine = (text: string) => lineOf(text, /^ {2}sustained_for:/, /^closure_criteria:/);

describe('target-not-sustained', () => {
  it('fires at closure_criteria.sustained_for when an earlier one of the latest N misses, though the latest meets', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E02']!.measurement = { value: 90 };
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: sustainedLine(repo.text(ACTION_FILE)),
      fragments: ['MH-001 must meet its goal of at least 100% in 2 consecutive measurements', 'MH-001-E02 (2026-10-06) at 90% misses the goal'],
    });
    expect(findingsOf(repo.report, 'target-not-met')).toEqual([]);
  });

  it('fires alongside target-not-met when the latest misses', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E04']!.measurement = { value: 95 };
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')).toHaveLength(1);
    expect(findingsOf(repo.report, 'target-not-met')).toHaveLength(1);
  });

  it('looks back exactly sustained_for measurements: 3 reaches the 61% baseline, 2 does not', async () => {
    const spec = validRepo();
    mh001(spec).closure_criteria!.sustained_for = 3;
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')[0]?.message).toContain('MH-001-E01 (2026-09-03) at 61.1% misses the goal');
    spec.evidence['MH-001-E01']!.measurement = { numerator: 18, denominator: 18 };
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')).toEqual([]);
  });

  it('fires when there are fewer measurements than sustained_for', async () => {
    const spec = validRepo();
    mh001(spec).closure_criteria!.sustained_for = 4;
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: sustainedLine(repo.text(ACTION_FILE)),
      fragments: ['in 4 consecutive measurements', 'it has only 3 measurements up to the closure decision on 2026-10-20'],
    });
  });

  it('uses policy.sustained_for and anchors at target.goal when the action sets none', async () => {
    const spec = validRepo();
    delete mh001(spec).closure_criteria!.sustained_for;
    spec.config.policy!.sustained_for = 3;
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}goal:/, /^target:/), fragments: ['in 3 consecutive measurements'],
    });
  });

  it('does not fire when there are no measurements (target-not-met covers that)', async () => {
    const spec = validRepo();
    for (const e of Object.values(spec.evidence)) delete e.measurement;
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')).toEqual([]);
  });
});
