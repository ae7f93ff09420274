// MH-001 rewritten with two targets, as contract v2 allows: the files audit and the observed
// transfers. A valid closure on both, so each test breaks one target and sees only that one named.
// Also weekly audit series, for SPC.
import type { Evidence, ListedTarget } from '../../src/model.js';
import { weekAfter } from '../spc/series.js';
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

/** Weekly audits MH-001-M01… from `start` (default 2026-08-03, so 12 end on 2026-10-19, the day before the decision). */
export function weeklyAudits(spec: RepoSpec, values: readonly number[], extra: Partial<Evidence['measurement']> = {}, start = '2026-08-03'): void {
  values.forEach((value, i) => addEvidence(spec, {
    id: `MH-001-M${String(i + 1).padStart(2, '0')}`, action: 'MH-001', type: 'audit', date: weekAfter(start, i),
    summary: 'Weekly audit of mobility files.', measurement: { value, ...extra }, finding: 'supports',
  }));
}

/**
 * Alternating 97.16 and 98.16: mean 97.66, every moving range 1, so the XmR limits are
 * 97.66 ± 2.66 = 95.00 and 100.32; no run, trend or 2-of-3 (each point is 0.5 from the mean).
 * A goal of at least 95 is exactly on the lower limit (consistent pass); 95.1 is inside (hit and miss).
 */
export const STEADY: readonly number[] = [97.16, 98.16, 97.16, 98.16, 97.16, 98.16, 97.16, 98.16, 97.16, 98.16, 97.16, 98.16];

/** MH-001's own measurements dropped and raised earlier, so SPC sees only the weekly audits. */
export function onlyWeeklyAudits(spec: RepoSpec): void {
  mh001(spec).raised = '2026-08-01';
  for (const id of ['MH-001-E01', 'MH-001-E02', 'MH-001-E04']) delete spec.evidence[id]!.measurement;
}
