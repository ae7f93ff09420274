// The evidence behind a decision, as git saw it: what existed when the decision was committed, and
// what changed, vanished or first appeared after it.
import { indexOf } from './lookup.js';
import { sameValue, str } from './parse.js';
import type { EvidenceTrail, FileChain, FileStep, Trail, TrailCommit, Version } from './types.js';

/** Evidence histories that belonged to `actionId` at any time, or whose file today names it. */
export function evidenceOf(trail: Trail, actionId: string, todayPaths: readonly string[]): EvidenceTrail[] {
  const index = indexOf(trail);
  const found = new Set(index.evidenceOf.get(actionId) ?? []);
  for (const path of todayPaths) {
    const e = index.evidenceAt.get(path);
    if (e) found.add(e);
  }
  return [...found];
}

/** The history of an attachment (or any other file) that has ever had this path. */
export function otherFileAt(trail: Trail, path: string): FileChain | undefined {
  return indexOf(trail).otherAt.get(path);
}

/** Where each live evidence file was first committed (history index), by today's path. */
export function firstCommitted(trail: Trail, path: string): number | undefined {
  return indexOf(trail).evidenceAt.get(path)?.chain.steps[0]?.index;
}

export function isGone(chain: FileChain): boolean {
  return chain.steps[chain.steps.length - 1]?.status === 'D';
}

/** The version as it stood when commit `index` was made (the last one at or before it). */
export function versionAt(trail: EvidenceTrail, index: number): Version | undefined {
  let found: Version | undefined;
  for (const v of trail.versions) if (v.step.index <= index) found = v;
  return found;
}

/**
 * The first step after `decision` that changed or removed a file which already existed at it. A move
 * that keeps every byte of content is not an alteration, nor is a deletion undone by adding the same
 * content back (SPEC evidence-altered: "an item deleted and re-added with identical content is not a change").
 */
export function firstChangeAfter(chain: FileChain, decision: TrailCommit, versions: readonly Version[] = []): FileStep | undefined {
  const first = chain.steps[0];
  if (!first || first.index > decision.index) return undefined;
  const dataOf = (step: FileStep) => versions.find((v) => v.step === step)?.data ?? undefined;
  // Same content: the parsed versions where they were read, else the same blob (attachments).
  const same = (a: FileStep | undefined, b: FileStep | undefined): boolean => {
    if (!a || !b) return false;
    const [da, db] = [dataOf(a), dataOf(b)];
    if (da !== undefined && db !== undefined) return sameValue(da, db);
    return a.blob !== undefined && a.blob === b.blob;
  };
  /** The last step that left the file holding content (undefined while it is deleted). */
  let live: FileStep | undefined;
  for (let i = 0; i < chain.steps.length; i++) {
    const step = chain.steps[i]!;
    if (step.index <= decision.index) {
      live = step.status === 'D' ? undefined : step;
      continue;
    }
    if (step.status === 'D') {
      const next = chain.steps[i + 1];
      if (next && next.status !== 'D' && same(live, next)) continue;
      return step;
    }
    // A move, or the content added back after a deletion: a change only if the content differs.
    if ((step.status === 'R' || step.status === 'A') && same(live, step)) {
      live = step;
      continue;
    }
    return step;
  }
  return undefined;
}

/** The item's date as it stood at the decision, if its old version was read. */
export function dateAt(trail: EvidenceTrail, index: number): string | undefined {
  return str(versionAt(trail, index)?.data, 'date');
}
