import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('evidence-sources', () => {
  it('fires when only one evidence type supports, since an item with no finding is not supporting', async () => {
    const spec = validRepo();
    delete spec.evidence['MH-001-E03']!.finding;
    delete mh001(spec).closure_criteria!.required_evidence;
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'evidence-sources', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: ['MH-001 needs 2 distinct evidence sources to close; it has 1 (audit).', 'Add an observation, feedback or trend item, or keep the action in monitoring.'],
    });
    expect(f.column).toBe(3);
  });

  it('suggests the required types that are missing, and says "none" when nothing supports', async () => {
    const spec = validRepo();
    for (const e of Object.values(spec.evidence)) e.finding = 'neutral';
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-sources', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: ['it has none', 'Add an audit or observation item'],
    });
  });

  it('uses policy.min_evidence_sources when the action sets no min_sources', async () => {
    const spec = validRepo();
    delete mh001(spec).closure_criteria!.min_sources;
    spec.config.policy!.min_evidence_sources = 3;
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-sources', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: ['needs 3 distinct evidence sources', 'it has 2 (audit and observation)'],
    });
  });

  it('anchors at closure, then status, when evidence_reviewed is not there', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E03']!.finding = 'neutral';
    delete mh001(spec).closure!.evidence_reviewed;
    let repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-sources')[0]?.line).toBe(lineOf(repo.text(ACTION_FILE), /^closure:/));
    delete mh001(spec).closure;
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-sources')[0]?.line).toBe(lineOf(repo.text(ACTION_FILE), /^status:/));
  });

  it("does not fire when the action's own min_sources (1) is met, overriding the policy of 2", async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.closure_criteria!.min_sources = 1;
    a.closure_criteria!.required_evidence = ['audit'];
    spec.evidence['MH-001-E03']!.finding = 'neutral';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-sources')).toEqual([]);
  });

  it('does not judge an action that is not closed', async () => {
    const spec = validRepo();
    mh001(spec).status = 'monitoring';
    spec.evidence['MH-001-E03']!.finding = 'neutral';
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-sources')).toEqual([]);
  });
});

describe('counted evidence (SPEC v2)', () => {
  it('counts only supporting items dated on or before the decision, for evidence-sources and evidence-required-type', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E03']!.date = '2026-10-21';
    mh001(spec).closure!.evidence_reviewed = ['MH-001-E02', 'MH-001-E04'];
    const repo = await checkRepo(spec);
    const rules = repo.report.findings.map((f) => f.rule);
    expect(rules).toContain('evidence-sources');
    expect(rules).toContain('evidence-required-type');
    expect(findingsOf(repo.report, 'evidence-sources')[0]!.message).toContain('it has 1 (audit)');
  });
});
