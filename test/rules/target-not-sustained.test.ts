import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

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

  it('fires when there are no measurements at all: none is fewer than sustained_for (SPEC "Measurements")', async () => {
    const spec = validRepo();
    for (const e of Object.values(spec.evidence)) delete e.measurement;
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: sustainedLine(repo.text(ACTION_FILE)),
      fragments: ['in 2 consecutive measurements', 'it has no measurement up to the closure decision on 2026-10-20.'],
    });
    // Every measurement too small to count is the same as none, and the message says why.
    spec.evidence['MH-001-E02']!.measurement = { numerator: 3, denominator: 3 };
    spec.config.policy!.min_sample = 5;
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')[0]?.message).toContain("it has no measurement up to the closure decision on 2026-10-20 (1 measurement of fewer than the policy's min_sample of 5 does not count).");
  });
});

describe('target-not-sustained over time (v2)', () => {
  const periodLine = (text: string) => lineOf(text, /^ {2}review_period:/);

  it('counts several measurements on one date once, the worst of the day', async () => {
    const spec = validRepo();
    mh001(spec).closure_criteria!.sustained_for = 3;
    delete spec.evidence['MH-001-E01']!.measurement;
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-10-13', measurement: { value: 100 }, finding: 'supports' });
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: sustainedLine(repo.text(ACTION_FILE)),
      fragments: ['it has only 2 measurements up to the closure decision on 2026-10-20', '1 measurement on a date already measured counts once with it, the worst of the day'],
    });
    // Two on the latest date, one missing: the day counts as the miss.
    mh001(spec).closure_criteria!.sustained_for = 2;
    spec.evidence['MH-001-E05']!.measurement = { numerator: 11, denominator: 12 };
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')[0]?.message).toContain('MH-001-E05 (2026-10-13) at 91.7% misses the goal');
    expect(findingsOf(repo.report, 'target-not-met')[0]?.message).toContain('latest measurement MH-001-E05 (2026-10-13) is 91.7%');
  });

  it('leaves out a measurement whose denominator is below policy.min_sample, but always counts a value', async () => {
    const spec = validRepo();
    spec.config.policy!.min_sample = 15;
    const repo = await checkRepo(spec);
    // E02 (12 of 12) is too small a sample; E04 ({ value: 100 }) counts; E01 (11 of 18) is the point before it.
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: sustainedLine(repo.text(ACTION_FILE)),
      fragments: ['of its latest 2 up to the closure decision on 2026-10-20, MH-001-E01 (2026-09-03) at 61.1% misses the goal'],
    });
    spec.config.policy!.min_sample = 12;
    expect(findingsOf((await checkRepo(spec)).report, 'target-not-sustained')).toEqual([]);
  });

  it('says how many measurements min_sample left out when too few remain', async () => {
    const spec = validRepo();
    spec.config.policy!.min_sample = 15;
    delete spec.evidence['MH-001-E01']!.measurement;
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')[0]?.message).toContain(
      "it has only 1 measurement up to the closure decision on 2026-10-20 (MH-001-E04 (2026-10-13) at 100%) (1 measurement of fewer than the policy's min_sample of 15 does not count).");
  });

  it('accepts a goal first met exactly review_period before the decision, and fires a day later, at review_period', async () => {
    const spec = validRepo(); // met since 2026-10-06; decided 2026-10-20; P2W reaches back to 2026-10-06
    expect((await checkRepo(spec)).report.findings).toEqual([]);
    mh001(spec).closure_criteria!.review_period = 'P15D';
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'target-not-sustained', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: periodLine(repo.text(ACTION_FILE)),
      fragments: ['MH-001 has met its goal of at least 100% only since MH-001-E02 on 2026-10-06, but its review period of P15D means the goal must have held since 2026-10-05 or earlier at the closure decision on 2026-10-20', 'it can close on or after 2026-10-21'],
    });
  });

  it('counts the run from the latest miss: an earlier met stretch broken by a miss does not count', async () => {
    const spec = validRepo();
    mh001(spec).closure_criteria!.review_period = 'P6W';
    spec.evidence['MH-001-E01']!.measurement = { value: 100 }; // 09-03 met, before the 10-06 run…
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-09-20', measurement: { value: 90 }, finding: 'neutral' }); // …but broken here
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')[0]?.message).toContain('only since MH-001-E02 on 2026-10-06');
    delete spec.evidence['MH-001-E05'];
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'target-not-sustained')).toEqual([]);
  });

  it('subtracts months on the calendar: 31 March − P1M is 28 February, not 3 March or 1 March', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.closure = { ...a.closure!, recommended_on: '2027-03-24', decided_on: '2027-03-31' };
    a.post_closure = { review_due: '2027-06-30' };
    a.closure_criteria!.review_period = 'P1M';
    spec.evidence['MH-001-E02']!.measurement = { value: 90 };
    spec.evidence['MH-001-E04']!.measurement = { value: 90 };
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2027-02-28', measurement: { value: 100 }, finding: 'supports' });
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'audit', date: '2027-03-21', measurement: { value: 100 }, finding: 'supports' });
    let repo = await checkRepo(spec, '2027-04-01');
    expect(findingsOf(repo.report, 'target-not-sustained')).toEqual([]);
    spec.evidence['MH-001-E05']!.date = '2027-03-01';
    repo = await checkRepo(spec, '2027-04-01');
    expect(findingsOf(repo.report, 'target-not-sustained')[0]?.message).toContain('the goal must have held since 2027-02-28 or earlier');
  });
});
