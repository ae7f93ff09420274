// MH-001 rewritten with two targets, as contract v2 allows: the files audit and the observed
// transfers. A valid closure on both, so each test breaks one target and sees only that one named.
import type { ListedTarget } from '../../src/model.js';
import { addEvidence, mh001, validRepo, type RepoSpec } from './fixture.js';

export const FILES_TARGET: ListedTarget = { id: 'files', measure: 'Mobility care files with a current risk assessment', unit: 'percent', goal: 100, direction: 'at_least', due: '2026-10-13' };
export const TRANSFERS_TARGET: ListedTarget = { id: 'transfers', measure: 'Observed transfers not following the assessment', unit: 'count', goal: 0, direction: 'at_most', due: '2026-10-13' };

/**
 * files: 61.1% (E01, 09-03), 100% (E02, 10-06), 100% (E04, 10-13).
 * transfers: 2 (E05, 09-29), 0 (E06, 10-05), 0 (E03, 10-09); decided 2026-10-20 with review_period P2W.
 */
export function twoTargetRepo(): RepoSpec {
  const spec = validRepo();
  const a = mh001(spec);
  delete a.target;
  a.targets = [{ ...FILES_TARGET }, { ...TRANSFERS_TARGET }];
  for (const id of ['MH-001-E01', 'MH-001-E02', 'MH-001-E04']) spec.evidence[id]!.measurement!.target = 'files';
  spec.evidence['MH-001-E03']!.measurement = { target: 'transfers', value: 0 };
  addEvidence(spec, { id: 'MH-001-E05', action: 'MH-001', type: 'observation', date: '2026-09-29', recorded_by: 'sam-smith', summary: 'Observed six transfers; two did not follow the assessment.', measurement: { target: 'transfers', value: 2 }, finding: 'neutral' });
  addEvidence(spec, { id: 'MH-001-E06', action: 'MH-001', type: 'observation', date: '2026-10-05', recorded_by: 'sam-smith', summary: 'Observed five transfers; all followed the assessment.', measurement: { target: 'transfers', value: 0 }, finding: 'supports' });
  return spec;
}
