import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

/** MH-001 closed on paperwork: an audit, a training record and minutes (three types, one category). */
function paperworkOnly() {
  const spec = validRepo();
  const a = mh001(spec);
  a.closure_criteria!.required_evidence = ['audit'];
  delete spec.evidence['MH-001-E03'];
  addEvidence(spec, { id: 'MH-001-E03', action: 'MH-001', type: 'training', date: '2026-10-09', recorded_by: 'sam-smith', summary: 'All staff attended moving and handling refresher training.', finding: 'supports' });
  addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'minutes', date: '2026-10-14', summary: 'Team meeting discussed the new assessment form.', finding: 'supports' });
  a.closure!.evidence_reviewed = ['MH-001-E02', 'MH-001-E03', 'MH-001-E04', 'MH-001-E05'];
  return spec;
}

describe('evidence-categories', () => {
  it('fires when an audit, training and minutes close an action: three sources, but all processes', async () => {
    const repo = await checkRepo(paperworkOnly());
    const f = expectOneFinding(repo, {
      rule: 'evidence-categories', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: [
        "MH-001 needs supporting evidence from 2 of CQC's six evidence categories to close",
        'it has 1: Processes (MH-001-E02, MH-001-E03, MH-001-E04 and MH-001-E05)',
        'Record an observation of practice (type observation)',
      ],
    });
    expect(f.column).toBe(3);
    expect(repo.report.summary).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('counts evidence of type other in no category', async () => {
    const spec = validRepo();
    mh001(spec).closure_criteria!.required_evidence = ['observation'];
    spec.evidence['MH-001-E02']!.type = 'other';
    spec.evidence['MH-001-E04']!.type = 'other';
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-categories', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/), fragments: ['it has 1: Observation (MH-001-E03)'],
    });
  });

  it('places feedback by who gave it: feedback from staff is a second category', async () => {
    const spec = paperworkOnly();
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'feedback', from: 'staff', date: '2026-10-15', summary: 'Night staff say the new assessments are clear.', finding: 'supports' });
    const repo = await checkRepo(spec);
    expect(repo.report.findings).toEqual([]);
  });

  it('counts only items dated on or before the decision', async () => {
    const spec = paperworkOnly();
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'observation', date: '2026-10-21', summary: 'Observed transfers the day after closure.', finding: 'supports' });
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-categories', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: ['counting items dated up to the closure decision on 2026-10-20', 'it has 1: Processes'],
    });
  });

  it('counts only supporting items: an observation that found a concern is not a second category', async () => {
    const spec = paperworkOnly();
    addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'observation', date: '2026-10-10', summary: 'Observed one unsafe transfer.', finding: 'concern' });
    addEvidence(spec, { id: 'MH-001-E07', action: 'MH-001', type: 'observation', date: '2026-10-16', summary: 'Re-observed: transfers now safe.', finding: 'neutral' });
    const repo = await checkRepo(spec);
    expect(repo.report.findings.map((f) => f.rule)).toContain('evidence-categories');
  });

  it("uses the action's min_categories, and policy.min_evidence_categories when it sets none", async () => {
    const spec = validRepo();
    mh001(spec).closure_criteria!.min_categories = 3;
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-categories', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {2}evidence_reviewed:/),
      fragments: ['from 3 of', 'it has 2: Observation (MH-001-E03) and Processes (MH-001-E02 and MH-001-E04)', "feedback from the people using the service"],
    });
    delete mh001(spec).closure_criteria!.min_categories;
    spec.config.policy!.min_evidence_categories = 3;
    repo = await checkRepo(spec);
    expect(repo.report.findings.map((f) => f.rule)).toEqual(['evidence-categories']);
  });

  it('stays clean for an independent audit plus an observation', async () => {
    const repo = await checkRepo(validRepo());
    expect(repo.report.findings).toEqual([]);
  });
});
