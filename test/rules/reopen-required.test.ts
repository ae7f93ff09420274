import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('reopen-required', () => {
  it('fires at status when a post-closure review found deterioration', async () => {
    const spec = validRepo();
    mh001(spec).post_closure!.reviews = [{ on: '2027-01-18', by: 'sam-smith', result: 'deteriorated', note: 'Two files out of date again.' }];
    const repo = await checkRepo(spec, '2027-01-25');
    const f = expectOneFinding(repo, {
      rule: 'reopen-required', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^status:/),
      fragments: ['MH-001 is still closed, but the post-closure review on 2027-01-18 by Sam Smith (sam-smith) found the improvement had deteriorated', 'cqc reopen MH-001 --reason "'],
    });
    expect(repo.report.findings).toEqual([f]);
  });

  it('gives one finding per later incident or concern', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'incident', date: '2026-11-02', summary: 'Fall during transfer.' });
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'observation', date: '2026-11-03', finding: 'concern' });
    const repo = await checkRepo(spec);
    const found = findingsOf(repo.report, 'reopen-required');
    expect(found).toHaveLength(2);
    expect(found[0]!.message).toContain('MH-001-E05 records an incident on 2026-11-02, after the closure decision on 2026-10-20');
    expect(found[1]!.message).toContain('MH-001-E06 (observation, 2026-11-03) records a concern after the closure decision');
  });

  it('does not fire for a concern or incident on or before the decision day, or a sustained review', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'incident', date: '2026-10-20', finding: 'neutral' });
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'feedback', from: 'people', date: '2026-10-20', finding: 'concern' });
    mh001(spec).post_closure!.reviews = [{ on: '2027-01-18', by: 'sam-smith', result: 'sustained' }];
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'reopen-required')).toEqual([]);
  });

  it('does not fire once the action has been reopened', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'in_progress';
    a.reopened = [{ on: '2026-11-04', by: 'priya-patel', reason: 'Fall during transfer' }];
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'incident', date: '2026-11-02' });
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'reopen-required')).toEqual([]);
  });

  it('(v2) fires for a measurement after the decision that misses the goal, once per date, the worst of the day', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-11-10', measurement: { numerator: 14, denominator: 19 }, finding: 'neutral' });
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'audit', date: '2026-11-10', measurement: { value: 100 }, finding: 'supports' });
    addEvidence(spec, { id: 'MH-001-E07', action: 'MH-001', type: 'audit', date: '2026-11-03', measurement: { value: 100 }, finding: 'supports' });
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'reopen-required', severity: 'error', file: ACTION_FILE, action: 'MH-001', line: lineOf(repo.text(ACTION_FILE), /^status:/),
      fragments: ['MH-001 is still closed, but MH-001-E05 (2026-11-10) measures 73.7%, short of the goal of at least 100%, after the closure decision on 2026-10-20', 'cqc reopen MH-001'],
    });
    expect(repo.report.findings).toEqual([f]);
  });

  it('(v2) does not name a later concern twice when it also carries a missed measurement, nor a measurement on the decision day', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-11-10', measurement: { value: 80 }, finding: 'concern' });
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'audit', date: '2026-10-20', measurement: { value: 50 }, finding: 'neutral' });
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'reopen-required').map((f) => f.message)).toEqual([expect.stringContaining('MH-001-E05 (audit, 2026-11-10) records a concern')]);
  });

  it('(v2) ignores an invalid or too-small later measurement', async () => {
    const spec = validRepo();
    spec.config.policy!.min_sample = 10;
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-11-10', measurement: { numerator: 3, denominator: 4 }, finding: 'neutral' });
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'audit', date: '2026-11-11', measurement: { numerator: 13, denominator: 12 }, finding: 'neutral' });
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'reopen-required')).toEqual([]);
    expect(findingsOf(repo.report, 'measurement-invalid')).toHaveLength(1);
  });
});
