// Indexes over a trail, built once per trail on first use, so rules stay linear on large repos.
import type { ActionTrail, EvidenceTrail, FileChain, Trail } from './types.js';

interface TrailIndex {
  /** Live action histories by today's path. */
  actionAt: Map<string, ActionTrail>;
  /** Evidence histories by every action they have belonged to. */
  evidenceOf: Map<string, EvidenceTrail[]>;
  /** Live evidence histories by today's path. */
  evidenceAt: Map<string, EvidenceTrail>;
  /** Other files (attachments) by every path they have had. */
  otherAt: Map<string, FileChain>;
}

const cache = new WeakMap<Trail, TrailIndex>();
const live = (chain: FileChain) => chain.steps[chain.steps.length - 1]?.status !== 'D';

export function indexOf(trail: Trail): TrailIndex {
  let index = cache.get(trail);
  if (index) return index;
  index = { actionAt: new Map(), evidenceOf: new Map(), evidenceAt: new Map(), otherAt: new Map() };
  for (const a of trail.actions) if (live(a.chain)) index.actionAt.set(a.chain.path, a);
  for (const e of trail.evidence) {
    if (live(e.chain)) index.evidenceAt.set(e.chain.path, e);
    for (const id of e.actions) index.evidenceOf.set(id, [...(index.evidenceOf.get(id) ?? []), e]);
  }
  for (const c of trail.others) {
    for (const s of c.steps) if (!index.otherAt.has(s.path) || s.path === c.path) index.otherAt.set(s.path, c);
  }
  cache.set(trail, index);
  return index;
}
