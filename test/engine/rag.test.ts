// RAG is never green while the evidence is unsettled: the latest measurement misses the goal, or a
// concern has no later supporting evidence of the same type. Green there would be false assurance.
import { afterAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { statusRows } from '../../src/status/rows.js';
import { addEvidence, cleanupRepos, mh001, validRepo, writeRepo, type RepoSpec } from '../rules/fixture.js';

afterAll(cleanupRepos);

/** MH-001 in progress, due well after "today", audited monthly, with its evidence as in the valid repo. */
function inProgress(change: (spec: RepoSpec) => void = () => {}): RepoSpec {
  const spec = validRepo();
  const a = mh001(spec);
  a.status = 'in_progress';
  a.target!.due = '2027-03-01';
  a.monitoring!.frequency = 'monthly';
  delete a.closure;
  delete a.post_closure;
  change(spec);
  return spec;
}

async function rowOf(spec: RepoSpec, asOf = '2026-10-16') {
  const { dir } = writeRepo(spec);
  const outcome = await judge({ cwd: dir, git: false, asOf });
  return statusRows(outcome)[0]!;
}

describe('RAG of cqc status and the meeting pack', () => {
  it('is green for an action on track, with its latest measurement meeting the goal and no concern', async () => {
    expect((await rowOf(inProgress())).rag).toBe('green');
  });

  it('is amber, not green, while the latest measurement misses the goal', async () => {
    const row = await rowOf(inProgress((spec) => addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'audit', date: '2026-10-15', summary: 'Weekly audit: 17 of 23 files current.', measurement: { numerator: 17, denominator: 23 }, finding: 'neutral' })));
    expect(row.rag).toBe('amber');
  });

  it('is amber while a concern has no later supporting evidence of the same type, and green once one answers it', async () => {
    const concern = (spec: RepoSpec) => addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'observation', date: '2026-10-14', recorded_by: 'sam-smith', summary: 'One transfer without the hoist.', finding: 'concern' });
    expect((await rowOf(inProgress(concern))).rag).toBe('amber');
    const answered = await rowOf(inProgress((spec) => {
      concern(spec);
      addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'observation', date: '2026-10-15', recorded_by: 'sam-smith', summary: 'Re-observed: every transfer used the hoist.', finding: 'supports' });
    }));
    expect(answered.rag).toBe('green');
  });
});
