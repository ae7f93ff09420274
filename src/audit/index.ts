// The audit trail's public face: build it (build.ts), read it (rules, `cqc audit`, the meeting pack).
import type { SignatureStatus } from '../git/index.js';
import { closureField } from './closure-keys.js';
import { decisionRecorded } from './recorded.js';
import { keysOf } from './registry.js';
import { signatureWords } from './signatures.js';
import type { Trail } from './types.js';

export type * from './types.js';
export { applyTrailStart, buildTrail, commitsAfter, type TrailInput, type TrailStart } from './build.js';
export { fileChains, type KindOf } from './chains.js';
export { versionKey, versionRequests, type VersionRequest } from './plan.js';
export { actionTrailAt, closedRecorded, decisionRecorded, entryRecorded, recommendationRecorded, recordedBy, type Recorded } from './recorded.js';
export { isSenior, keysOf, rolesAtLocation, rolesOf } from './registry.js';
export { signedWith, signatureWords } from './signatures.js';

/** The commit that recorded an action's current closure decision, for the meeting pack. */
export interface DecisionCommit {
  commit: string;
  /** The commit author as people.yaml named them then, else the raw git name and email. */
  author: string;
  authorEmail: string;
  /** Person id of the author (by raw email, as of the commit's parent); absent when unknown. */
  person?: string;
  /** Author date, ISO 8601. */
  date: string;
  /** The signature in words, when it was verified. */
  signed?: string;
  signature?: SignatureStatus;
  /** False when the decision was recorded before policy.audit_trail_from. */
  judged: boolean;
}

/** Per action id, the commit that recorded its current (last committed) closure decision. */
export function decisionCommits(trail: Trail): Map<string, DecisionCommit> {
  const out = new Map<string, DecisionCommit>();
  for (const action of trail.actions) {
    const last = action.versions[action.versions.length - 1];
    if (!last || last.data === null) continue;
    const recorded = decisionRecorded(action, last.data);
    if (recorded.state !== 'committed') continue;
    const c = recorded.version.commit;
    const name = c.person !== undefined ? c.before.people.get(c.person)?.name ?? c.person : c.author.name;
    const decider = closureField(last.data, 'decided_by');
    const signed = signatureWords(c, keysOf(c.before, decider), decider);
    out.set(action.id, {
      commit: c.hash, author: name, authorEmail: c.author.email, date: c.author.date, judged: c.judged,
      ...(c.person !== undefined ? { person: c.person } : {}),
      ...(signed !== undefined ? { signed } : {}),
      ...(c.signature ? { signature: c.signature } : {}),
    });
  }
  return out;
}
