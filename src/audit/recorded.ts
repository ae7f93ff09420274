// "Which commit put this value in the record?" The answer the git rules and the inspector's page
// both rest on: the earliest commit of the unbroken run of versions that carry today's value.
import { decisionKey, recommendationKey } from './closure-keys.js';
import { readableBase } from './events.js';
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

/**
 * The version that made `holds` true, walking back from the last committed version through the
 * versions each was made from (unreadable ones are stepped over). Through a merge the walk follows
 * a parent that already held it, the first parent first: so a value a merge took unchanged from a
 * branch is the branch commit's.
 */
export function recordedWhile(trail: ActionTrail | undefined, holds: (d: Data) => boolean): Recorded {
  const versions = trail?.versions ?? [];
  const last = readableBase(versions[versions.length - 1]);
  if (!last || last.data === null || !holds(last.data)) return { state: 'uncommitted' };
  let found = last;
  for (;;) {
    const next = found.bases.map(readableBase).find((b) => b !== null && b.data !== null && holds(b.data))
      ?? beforeDeletion(versions, found, holds);
    if (!next) return { state: 'committed', version: found };
    found = next;
  }
}

/**
 * For a version that added the file back after it was deleted (the same record restored), the
 * version before the deletion when that already held it: adding back what was there changes nothing,
 * so the value stays the commit's that put it there.
 */
function beforeDeletion(versions: readonly Version[], version: Version, holds: (d: Data) => boolean): Version | undefined {
  if (version.bases.some((b) => b !== null)) return undefined;
  const deletion = versions[versions.indexOf(version) - 1];
  if (!deletion || deletion.data !== null || deletion.broken) return undefined;
  const before = readableBase(deletion.bases[0]);
  return before && before.data !== null && holds(before.data) ? before : undefined;
}

export const decisionRecorded = (t: ActionTrail | undefined, current: Data | null) => recordedBy(t, current, decisionKey);
/** The version that last moved status into closed (the start of the closed run that stands). */
export const closedRecorded = (t: ActionTrail | undefined) => recordedWhile(t, (d) => d.status === 'closed');
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

