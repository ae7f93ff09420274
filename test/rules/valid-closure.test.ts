import { afterAll, describe, expect, it } from 'vitest';
import { rulesOf } from '../../src/rules/index.js';

const CLOSURE_RULES = rulesOf('closure');
import { checkRepo, cleanupRepos, validRepo, mh001State } from './fixture.js';

afterAll(cleanupRepos);

describe('a fully valid closed high-risk action', () => {
  it('produces no findings at all and is ready', async () => {
    const repo = await checkRepo(validRepo());
    expect(repo.report.findings).toEqual([]);
    expect(repo.report.summary).toMatchObject({ actions: 1, evidence: 4, errors: 0, warnings: 0, waived: 0 });
    expect(repo.report.actions).toEqual([mh001State('closed', true)]);
  });

  it('is judged by the closure rules, in the order SPEC.md lists them', () => {
    expect(CLOSURE_RULES.map((r) => r.meta.id)).toEqual([
      'criteria-missing', 'evidence-sources', 'evidence-categories', 'evidence-independence', 'criteria-below-policy', 'evidence-required-type', 'evidence-window', 'target-not-met',
      'target-not-sustained', 'target-not-assured', 'evidence-conflict', 'self-approval', 'approver-role', 'senior-review',
      'post-closure-missing', 'post-closure-overdue', 'post-closure-review', 'hold-overdue', 'reopen-required', 'overdue', 'monitoring-gap', 'waiver-invalid',
    ]);
    expect(CLOSURE_RULES.every((r) => r.meta.stage === 'closure')).toBe(true);
  });
});
