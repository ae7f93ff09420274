import { afterAll, describe, expect, it } from 'vitest';
import type { Waiver } from '../../src/model.js';
import { judge } from '../../src/engine/judge.js';
import { AS_OF, checkRepo, cleanupRepos, findingsOf, mh001, validRepo, mh001State } from './fixture.js';

afterAll(cleanupRepos);

/** MH-001 asks for three sources but has two, with a waiver of evidence-sources. */
function waived(waiver: Partial<Waiver> = {}) {
  const spec = validRepo();
  const a = mh001(spec);
  a.closure_criteria!.min_sources = 3;
  a.waivers = [{ rule: 'evidence-sources', reason: 'Single-person service; feedback is not possible', approved_by: 'ruth-adeyemi', expires: '2027-03-31', ...waiver }];
  return spec;
}

describe('waivers on closure rules', () => {
  it('keep a validly waived finding in the report, marked waived, counted apart and not as an error', async () => {
    const repo = await checkRepo(waived());
    const found = findingsOf(repo.report, 'evidence-sources');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ action: 'MH-001', severity: 'error', waived: true });
    expect(repo.report.findings).toHaveLength(1);
    expect(repo.report.summary).toMatchObject({ errors: 0, warnings: 0, waived: 1 });
    expect(repo.report.actions).toEqual([mh001State('closed', true)]);
  });

  it('still counts on its expiry date', async () => {
    const repo = await checkRepo(waived({ expires: '2026-11-15' }));
    expect(repo.report.summary).toMatchObject({ errors: 0, waived: 1 });
  });

  it('do not cover the rule once expired: the finding is an error and waiver-invalid says why', async () => {
    const repo = await checkRepo(waived({ expires: '2026-11-14' }));
    const found = findingsOf(repo.report, 'evidence-sources');
    expect(found).toHaveLength(1);
    expect(found[0]!.waived).toBeUndefined();
    expect(findingsOf(repo.report, 'waiver-invalid')).toHaveLength(1);
    expect(repo.report.summary).toMatchObject({ errors: 2, waived: 0 });
    expect(repo.report.actions[0]!.ready).toBe(false);
  });

  // SPEC waiver-invalid: "approved ... by someone who is not senior". Someone people.yaml does not
  // list holds no senior role, so their waiver must not excuse the rule (unknown-reference also names them).
  it('do not cover the rule when the approver is not in people.yaml', async () => {
    const repo = await checkRepo(waived({ approved_by: 'ghost-approver' }));
    expect(findingsOf(repo.report, 'evidence-sources')[0]!.waived).toBeUndefined();
    expect(findingsOf(repo.report, 'waiver-invalid')).toHaveLength(1);
    expect(findingsOf(repo.report, 'waiver-invalid')[0]!.message).toMatch(/ghost-approver", who is not in people\.yaml/);
    expect(findingsOf(repo.report, 'unknown-reference')).toHaveLength(1);
    expect(repo.report.summary.waived).toBe(0);
  });

  it('do not cover the rule when the owner approved their own waiver', async () => {
    const repo = await checkRepo(waived({ approved_by: 'dan-jones' }));
    expect(findingsOf(repo.report, 'evidence-sources')[0]!.waived).toBeUndefined();
    expect(repo.report.summary.waived).toBe(0);
  });
});

describe('waivers and the readiness of an unfinished action', () => {
  function monitoring(expires: string) {
    const spec = waived({ expires });
    const a = mh001(spec);
    a.status = 'monitoring';
    a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' };
    delete a.post_closure;
    return spec;
  }

  it('a valid waiver lets the action show as ready to close', async () => {
    const repo = await checkRepo(monitoring('2027-03-31'));
    expect(repo.report.actions).toEqual([mh001State('monitoring', true)]);
  });

  it('an expired waiver does not: evidence-sources still blocks it', async () => {
    const repo = await checkRepo(monitoring('2026-11-01'));
    expect(repo.report.actions).toEqual([mh001State('monitoring', false)]);
    const { readiness } = await judge({ cwd: repo.dir, git: false, asOf: AS_OF });
    expect(readiness.get('MH-001')!.blockers.map((b) => b.rule).sort()).toEqual(['evidence-sources', 'waiver-invalid']);
  });
});
