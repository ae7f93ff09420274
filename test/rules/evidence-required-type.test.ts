import { afterAll, describe, expect, it } from 'vitest';
import { ACTION_FILE, checkRepo, cleanupRepos, expectOneFinding, findingsOf, lineOf, mh001, validRepo } from './fixture.js';

afterAll(cleanupRepos);

describe('evidence-required-type', () => {
  it('fires at the required type whose only items do not support, naming them', async () => {
    const spec = validRepo();
    spec.evidence['MH-001-E03']!.finding = 'concern';
    const repo = await checkRepo(spec);
    const text = repo.text(ACTION_FILE);
    const f = expectOneFinding(repo, {
      rule: 'evidence-required-type', severity: 'error', file: ACTION_FILE, action: 'MH-001',
      line: lineOf(text, /^ {4}- observation$/, /^ {2}required_evidence:/),
      fragments: ["MH-001's closure criteria require supporting observation evidence", 'MH-001-E03 (concern)', 'Record an observation item'],
    });
    expect(f.column).toBe(7);
  });

  it('gives one finding per missing type, each at its own item', async () => {
    const spec = validRepo();
    mh001(spec).closure_criteria!.required_evidence = ['audit', 'feedback', 'observation', 'care_record'];
    const repo = await checkRepo(spec);
    const text = repo.text(ACTION_FILE);
    const found = findingsOf(repo.report, 'evidence-required-type');
    expect(found.map((f) => f.line)).toEqual([
      lineOf(text, /^ {4}- feedback$/, /^ {2}required_evidence:/),
      lineOf(text, /^ {4}- care_record$/, /^ {2}required_evidence:/),
    ]);
    expect(found[0]!.message).toContain('It has no feedback evidence at all.');
    expect(found[1]!.message).toContain('Record a care record item');
  });

  it('counts every supporting item of the action, not only those listed as reviewed', async () => {
    const spec = validRepo();
    mh001(spec).closure!.evidence_reviewed = ['MH-001-E02', 'MH-001-E04'];
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-required-type')).toEqual([]);
  });

  it('does not judge an action that is not closed', async () => {
    const spec = validRepo();
    mh001(spec).status = 'monitoring';
    delete spec.evidence['MH-001-E03'];
    mh001(spec).closure!.evidence_reviewed = ['MH-001-E02'];
    const repo = await checkRepo(spec);
    expect(findingsOf(repo.report, 'evidence-required-type')).toEqual([]);
  });
});
