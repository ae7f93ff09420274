import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, addEvidence, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

const E05 = 'evidence/MH-001/MH-001-E05.yaml';

describe('evidence-window: evidence dated outside its action', () => {
  it('fires in the evidence file at its date when the item is dated in the future', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'observation', date: '2026-11-20', finding: 'supports' });
    const repo = await checkRepo(spec);
    const f = expectOneFinding(repo, {
      rule: 'evidence-window', severity: 'error', file: E05, action: 'MH-001',
      line: lineOf(repo.text(E05), /^date:/), fragments: ['MH-001-E05 is dated 2026-11-20, which is in the future (today is 2026-11-15)'],
    });
    expect(f.column).toBe(1);
  });

  it('follows --as-of: the same item dated on "today" is fine', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'observation', date: '2026-11-20', finding: 'supports' });
    const repo = await checkRepo(spec, '2026-11-20');
    expect(findingsOf(repo.report, 'evidence-window')).toEqual([]);
  });

  it('fires when an item is dated before the action was raised, and not on the day it was raised', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E01']!.date = '2026-08-31';
    const file = 'evidence/MH-001/MH-001-E01.yaml';
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-window', severity: 'error', file, action: 'MH-001',
      line: lineOf(repo.text(file), /^date:/), fragments: ['MH-001-E01 is dated 2026-08-31, before MH-001 was raised on 2026-09-01'],
    });
    spec.evidence['MH-001-E01']!.date = '2026-09-01';
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-window')).toEqual([]);
  });

  it('skips evidence of an action that does not exist (unknown-reference reports it)', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'XX-009-E01', action: 'XX-009', type: 'audit', date: '2027-05-01', finding: 'supports' });
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-window')).toEqual([]);
    expect(findingsOf(repo.report, 'unknown-reference')).toHaveLength(1);
  });
});

describe('evidence-window: evidence reviewed for the decision', () => {
  it('fires at the evidence_reviewed item dated after the decision', async () => {
    const spec = validRepo();
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'feedback', from: 'staff', date: '2026-10-21', finding: 'supports' });
    mh001(spec).closure!.evidence_reviewed!.push('MH-001-E05');
    const repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-window', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {4}- MH-001-E05$/, /^ {2}evidence_reviewed:/),
      fragments: ['MH-001 lists MH-001-E05 as reviewed for the closure decision on 2026-10-20', 'dated 2026-10-21, after the decision'],
    });
  });

  it('fires for an item older than evidence_max_age at the decision, not for one exactly that old', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.raised = '2026-06-01';
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'feedback', from: 'people', date: '2026-07-21', finding: 'supports' });
    a.closure!.evidence_reviewed!.push('MH-001-E05');
    let repo = await checkRepo(spec);
    expectOneFinding(repo, {
      rule: 'evidence-window', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(repo.text(ACTION_FILE), /^ {4}- MH-001-E05$/, /^ {2}evidence_reviewed:/),
      fragments: ['MH-001-E05 (dated 2026-07-21)', 'older than the P90D allowed by policy.evidence_max_age (nothing before 2026-07-22)'],
    });
    spec.evidence['MH-001-E05']!.date = '2026-07-22';
    repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-window')).toEqual([]);
  });

  it('reads evidence_max_age from cqc.yaml', async () => {
    const spec = validRepo();
    spec.config.policy!.evidence_max_age = 'P10D';
    const repo = await checkRepo(spec);
    const text = repo.text(ACTION_FILE);
    expect(findingsOf(repo.report, 'evidence-window').map((f) => f.line)).toEqual([
      lineOf(text, /^ {4}- MH-001-E02$/, /^ {2}evidence_reviewed:/),
      lineOf(text, /^ {4}- MH-001-E03$/, /^ {2}evidence_reviewed:/),
    ]);
  });

  it('judges nothing about reviewed evidence until a decision date is recorded', async () => {
    const spec = validRepo();
    const a = mh001(spec);
    a.status = 'monitoring';
    delete a.closure!.decided_on;
    delete a.closure!.decided_by;
    delete a.closure!.decision;
    addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'feedback', from: 'staff', date: '2026-11-01', finding: 'supports' });
    a.closure!.evidence_reviewed!.push('MH-001-E05');
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-window')).toEqual([]);
  });
});
