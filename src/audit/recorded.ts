// "Which commit put this value in the record?" The answer the git rules and the inspector's page
// both rest on: the earliest commit of the unbroken run of versions that carry today's value.
import { decisionKey, recommendationKey } from './closure-keys.js';
import { indexOf } from './lookup.js';
import { stable, type Data } from './parse.js';
import type { ActionTrail, Trail, Version } from './types.js';

export type Recorded = { state: 'committed'; version: Version } | { state: 'uncommitted' } | { state: 'absent' };

/**
 * The version that recorded `key(current)`: walking back from the last committed version while the
 * key is unchanged (unreadable versions are skipped). `current` is the work-tree data; when it
 * differs from the last commit the value is not committed yet.
 */
export function recordedBy(trail: ActionTrail | undefined, current: Data | null, key: (d: Data | null) => string | undefined): Recorded {
  const wanted = key(current);
  if (wanted === undefined) return { state: 'absent' };
  return recordedWhile(trail, (d) => key(d) === wanted);
}

/** The earliest version of the latest unbroken run of committed versions for which `holds` is true. */
export function recordedWhile(trail: ActionTrail | undefined, holds: (d: Data) => boolean): Recorded {
  const readable = (trail?.versions ?? []).filter((v) => !v.broken);
  const last = readable[readable.length - 1];
  if (!last || last.data === null || !holds(last.data)) return { state: 'uncommitted' };
  let found = last;
  for (let i = readable.length - 2; i >= 0; i--) {
    const v = readable[i]!;
    if (v.data === null || !holds(v.data)) break;
    found = v;
  }
  return { state: 'committed', version: found };
}

export const decisionRecorded = (t: ActionTrail | undefined, current: Data | null) => recordedBy(t, current, decisionKey);
export const recommendationRecorded = (t: ActionTrail | undefined, current: Data | null) => recordedBy(t, current, recommendationKey);

/** The trail of the action file at `path` (its path in the work tree today). */
export function actionTrailAt(trail: Trail, path: string): ActionTrail | undefined {
  return indexOf(trail).actionAt.get(path);
}

/** The version that added a list entry equal to `entry` (e.g. one waiver), kept since then. */
export function entryRecorded(trail: ActionTrail | undefined, entry: unknown, pick: (d: Data) => unknown[]): Recorded {
  const wanted = stable(entry);
  return recordedWhile(trail, (d) => pick(d).some((e) => stable(e) === wanted));
}

