// Which signing keys count, and which governance commits lack a signature by one, in signed mode.
// A key counts for a commit when its parent's people.yaml lists it for that person and the commit
// that added it stood: signed itself by a key its author already had, by someone allowed to change
// the register. So a key nobody vouched for, added by whoever, signs nothing; and in signed mode the
// register, the policy and every waiver change only under a signature that already counted.
import { registryProblem } from './registry-verdict.js';
import { keysOf, keyText } from './registry.js';
import { signedWith } from './signatures.js';
import type { RegistryChange, Trail, TrailCommit } from './types.js';

/** A commit that changed people.yaml, cqc.yaml or a waiver in signed mode without a signature that counts. */
export interface UnsignedChange {
  commit: TrailCommit;
  /** What it changed: the register file, or the action whose waiver it added. */
  what: Pick<RegistryChange, 'file' | 'people' | 'fields'> | { action: string; path: string; waiver: unknown };
}

export interface SigningTrust {
  /** The keys of `person` that count for a signature on `commit`. */
  trustedKeys(commit: TrailCommit, person: string | undefined): string[];
  unsigned: UnsignedChange[];
}

interface KeyEvent { index: number; person: string; key: string; counts: boolean }

const cache = new WeakMap<Trail, SigningTrust>();

/** Signed mode applies to a commit when its parent's cqc.yaml enables it. */
export const signedMode = (commit: TrailCommit): boolean => commit.judged && commit.before.policy.require_signed_closures;

export function signingTrust(trail: Trail): SigningTrust {
  const known = cache.get(trail);
  if (known) return known;
  const events: KeyEvent[] = [];
  const trustedKeys = (commit: TrailCommit, person: string | undefined): string[] => {
    if (person === undefined) return [];
    const counted = new Set<string>();
    for (const e of events) {
      if (e.index >= commit.index || e.person !== person) continue;
      if (e.counts) counted.add(e.key);
      else counted.delete(e.key);
    }
    return keysOf(commit.before, person).filter((k) => counted.has(keyText(k)));
  };
  const signedByOwnKey = (commit: TrailCommit) => signedWith(commit.signature, trustedKeys(commit, commit.person));
  const unsigned: UnsignedChange[] = [];
  const changes = [...trail.registryChanges].sort((a, b) => a.commit.index - b.commit.index);
  for (const change of changes) {
    // With nobody registered before it, no key could have signed it: the first register is judged by registry-change alone.
    const needsSignature = signedMode(change.commit) && change.before.hasPeople;
    const fails = needsSignature && !signedByOwnKey(change.commit);
    if (fails) unsigned.push({ commit: change.commit, what: { file: change.file, people: change.people, fields: change.fields } });
    if (change.file === 'people.yaml') events.push(...keyEvents(change, change.exempt || (!fails && !registryProblem(change, trail.commits))));
  }
  for (const action of trail.actions) {
    for (const e of action.events) {
      if (e.kind !== 'waiver' || !signedMode(e.commit) || signedByOwnKey(e.commit)) continue;
      unsigned.push({ commit: e.commit, what: { action: action.id, path: action.chain.path, waiver: e.entry } });
    }
  }
  const trust = { trustedKeys, unsigned };
  cache.set(trail, trust);
  return trust;
}

/** Keys a people.yaml change added (counting only when the change stood) and removed. */
function keyEvents(change: RegistryChange, stood: boolean): KeyEvent[] {
  const out: KeyEvent[] = [];
  const index = change.commit.index;
  for (const [id, person] of change.after.people) {
    const had = new Set((change.before.people.get(id)?.signing_keys ?? []).map(keyText));
    for (const key of (person.signing_keys ?? []).map(keyText)) if (!had.has(key)) out.push({ index, person: id, key, counts: stood });
  }
  for (const [id, person] of change.before.people) {
    const has = new Set((change.after.people.get(id)?.signing_keys ?? []).map(keyText));
    for (const key of (person.signing_keys ?? []).map(keyText)) if (!has.has(key)) out.push({ index, person: id, key, counts: false });
  }
  return out;
}
