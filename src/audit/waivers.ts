// The git side of a waiver: which commit put it in the record, so the rule can ask whether its
// approver made that commit.
import { list } from './parse.js';
import { actionTrailAt, entryRecorded } from './recorded.js';
import type { Trail, TrailCommit } from './types.js';

/** The commit that added this waiver (kept unchanged since), for the action file at `path`; undefined while uncommitted. */
export function waiverCommit(trail: Trail, path: string, waiver: unknown): TrailCommit | undefined {
  const recorded = entryRecorded(actionTrailAt(trail, path), waiver, (d) => list(d, 'waivers'));
  // Not committed yet: not-committed reports it, and it is judged once it is.
  return recorded.state === 'committed' ? recorded.version.commit : undefined;
}
