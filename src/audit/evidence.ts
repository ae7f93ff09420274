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

/** The first step after `decision` that changed or removed a file which already existed at it. */
export function firstChangeAfter(chain: FileChain, decision: TrailCommit, versions: readonly Version[] = []): FileStep | undefined {
  const first = chain.steps[0];
  if (!first || first.index > decision.index) return undefined;
  return chain.steps.find((step, i) => {
    if (step.index <= decision.index) return false;
    if (step.status !== 'R') return true;
    // A move that keeps every byte of content is not an alteration.
    const before = versions.find((v) => v.step === chain.steps[i - 1])?.data;
    const after = versions.find((v) => v.step === step)?.data;
    return before === undefined || after === undefined || !sameValue(before, after);
  });
}

/** The item's date as it stood at the decision, if its old version was read. */
export function dateAt(trail: EvidenceTrail, index: number): string | undefined {
  return str(versionAt(trail, index)?.data, 'date');
}
