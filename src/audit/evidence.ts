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
 * The step after `decision` from which the file stands changed or removed, compared with what it
 * held at the decision; undefined when it holds that again now. So a move that keeps the content is
 * not an alteration, nor a deletion undone by adding the same content back (SPEC evidence-altered:
 * "an item deleted and re-added with identical content is not a change"), nor an edit undone by
 * restoring the item as it was (what the finding asks for), nor a comment (the content is the data).
 * When a change stands, the step reported is the first after the file last held its decided content.
 */
export function firstChangeAfter(chain: FileChain, decision: TrailCommit, versions: readonly Version[] = []): FileStep | undefined {
  const first = chain.steps[0];
  if (!first || first.index > decision.index) return undefined;
  const dataOf = (step: FileStep) => versions.find((v) => v.step === step)?.data ?? undefined;
  // Same content: the parsed versions where they were read, else the same blob (attachments).
  const same = (a: FileStep | undefined, b: FileStep | undefined): boolean => {
    if (!a || !b || a.status === 'D' || b.status === 'D') return false;
    const [da, db] = [dataOf(a), dataOf(b)];
    if (da !== undefined && db !== undefined) return sameValue(da, db);
    return a.blob !== undefined && a.blob === b.blob;
  };
  const decided = chain.steps.filter((step) => step.index <= decision.index).at(-1);
  const after = chain.steps.filter((step) => step.index > decision.index);
  if (after.length === 0 || same(decided, after.at(-1))) return undefined;
  let next = 0;
  after.forEach((step, i) => { if (same(decided, step)) next = i + 1; });
  return after[next];
}

/** The item's date as it stood at the decision, if its old version was read. */
export function dateAt(trail: EvidenceTrail, index: number): string | undefined {
  return str(versionAt(trail, index)?.data, 'date');
}
