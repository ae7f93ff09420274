import { afterAll, describe, expect, it } from 'vitest';
import type { PostClosureReview } from '../../src/model.js';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, findingsOf, lineOf, mh001, validRepo, type RepoSpec } from './fixture.js';

afterAll(cleanupRepos);

/** MH-001 (closed 2026-10-20) with a later supporting audit and one review; judged on 2026-12-01. */
function reviewed(review: Partial<PostClosureReview> = {}, change: (spec: RepoSpec) => void = () => {}) {
  const spec = validRepo();
  addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-11-24', recorded_by: 'priya-patel', summary: 'Monthly audit after closure: all files current.', measurement: { value: 100 }, finding: 'supports' });
  mh001(spec).post_closure!.reviews = [{ on: '2026-11-28', by: 'grace-okafor', result: 'sustained', evidence: ['MH-001-E05'], note: 'Audit and spot checks show it held.', ...review }];
  change(spec);
  return checkRepo(spec, '2026-12-01');
}

describe('post-closure-review', () => {
  it('stays clean for a senior review citing evidence dated after the decision', async () => {
    expect((await reviewed()).report.findings).toEqual([]);
  });

  it('fires when the owner records the sustained review', async () => {
    const repo = await reviewed({ by: 'dan-jones' });
    const found = findingsOf(repo.report, 'post-closure-review');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', file: ACTION_FILE, action: 'MH-001', line: lineOf(repo.text(ACTION_FILE), /by: dan-jones/, /^ {2}reviews:/) });
    expect(found[0]!.message).toContain('The post-closure review of MH-001 on 2026-11-28 (sustained) does not stand: it was made by Dan Jones (dan-jones), the owner of MH-001');
    expect(found[0]!.message).toContain('Ask Grace Okafor (grace-okafor) or Ruth Adeyemi (ruth-adeyemi) to carry out the review');
    expect(repo.report.findings.map((f) => f.rule)).toEqual(['post-closure-review']);
  });

  it('needs a senior role for a high-risk action: the reviewer role alone is not enough', async () => {
    const repo = await reviewed({ by: 'priya-patel' });
    const found = findingsOf(repo.report, 'post-closure-review');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Priya Patel (priya-patel) holds none of the roles that may confirm it: MH-001 is high-risk, so the review needs a senior role (nominated-individual or provider-quality-lead)');
  });

  it("accepts the reviewer or approver role for an action that is not high-risk, but not someone with neither", async () => {
    const lowRisk = (spec: RepoSpec) => {
      const a = mh001(spec);
      a.risk_areas = [];
      a.quality_statements = ['effective.assessing-needs'];
    };
    expect((await reviewed({ by: 'priya-patel' }, lowRisk)).report.findings).toEqual([]);
    const repo = await reviewed({ by: 'sam-smith' }, lowRisk);
    expect(findingsOf(repo.report, 'post-closure-review').map((f) => f.message)).toEqual([
      expect.stringContaining('Sam Smith (sam-smith) holds none of the roles that may confirm it: the review needs the approver or reviewer role of MH-001 or a senior role, that is nominated-individual, registered-manager or provider-quality-lead'),
    ]);
  });

  it('fires when the review cites no evidence, or only evidence from before the decision', async () => {
    let repo = await reviewed({ evidence: undefined });
    let found = findingsOf(repo.report, 'post-closure-review');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(repo.text(ACTION_FILE), /- on: 2026-11-28/));
    expect(found[0]!.message).toContain('it cites no evidence dated after the closure decision on 2026-10-20');
    expect(found[0]!.message).toContain('cqc review MH-001 --evidence <id>');
    repo = await reviewed({ evidence: ['MH-001-E04'] });
    found = findingsOf(repo.report, 'post-closure-review');
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(lineOf(repo.text(ACTION_FILE), /^ {6}evidence:/));
    expect(found[0]!.message).toContain("none of the evidence it cites (MH-001-E04) is MH-001's own, dated after the closure decision on 2026-10-20 and on or before the review on 2026-11-28");
  });

  it('fires when the cited evidence is dated after the review itself', async () => {
    const repo = await reviewed({ on: '2026-11-20' });
    expect(findingsOf(repo.report, 'post-closure-review')).toHaveLength(1);
  });

  it('does not stand while a measurement after the decision misses the goal', async () => {
    const repo = await reviewed({}, (spec) => addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'audit', date: '2026-11-10', summary: 'Monthly audit: 17 of 23 files current.', measurement: { numerator: 17, denominator: 23 }, finding: 'neutral' }));
    const found = findingsOf(repo.report, 'post-closure-review');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("MH-001-E06 (2026-11-10) at 73.9% misses the target's goal of at least 100%, after the closure decision on 2026-10-20");
    expect(found[0]!.message).toContain('cqc review MH-001 --result deteriorated');
    expect(found[0]!.line).toBe(lineOf(repo.text(ACTION_FILE), /result: sustained/));
  });

  it('accepts a deteriorated review from anyone in people.yaml', async () => {
    const repo = await reviewed({ by: 'sam-smith', result: 'deteriorated', evidence: undefined });
    expect(findingsOf(repo.report, 'post-closure-review')).toEqual([]);
  });

  it('leaves reviews from before the current decision to the closure they followed', async () => {
    const repo = await reviewed({ on: '2026-10-01', by: 'dan-jones', evidence: undefined });
    expect(findingsOf(repo.report, 'post-closure-review')).toEqual([]);
  });
});

describe('review evidence references', () => {
  it('reports a cited id that is not one of the action\'s evidence items as unknown-reference', async () => {
    const repo = await reviewed({ evidence: ['MH-001-E05', 'MH-001-E99'] });
    const found = findingsOf(repo.report, 'unknown-reference');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: ACTION_FILE, action: 'MH-001', line: lineOf(repo.text(ACTION_FILE), /- MH-001-E99/) });
    expect(found[0]!.message).toBe('The review on 2026-11-28 cites evidence MH-001-E99, but MH-001 has no evidence item with that id. Correct the id, or record the evidence with "cqc evidence add MH-001".');
    expect(findingsOf(repo.report, 'post-closure-review')).toEqual([]);
  });
});
