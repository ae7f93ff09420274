// Which commits to verify signatures for, and against whose keys. Verification costs milliseconds a
// commit, so `cqc check` verifies only what signed mode judges (decision commits, and commits that
// change the register, the policy or a waiver); `cqc audit` also shows every step it lists.
import type { Action } from '../model.js';
import type { RuleContext } from '../engine/types.js';
import { list, type Data } from './parse.js';
import { actionTrailAt, closedRecorded, decisionRecorded, entryRecorded } from './recorded.js';
import { keysOf, seniorsAt } from './registry.js';
import { signedMode } from './signing.js';
import type { Trail, TrailCommit } from './types.js';

/** 'judged': what closure-unsigned judges; 'decisions': also every recommendation and decision; or those of one action. */
export type VerifyScope = 'judged' | 'decisions' | { action: string };

const SIGNED_STEPS = new Set(['decided', 'recommended', 'review', 'reopened']);

/** Commit hash -> the signing keys listed (as of its parent) for the people it is judged against. */
export function signatureRequests(trail: Trail, ctx: Pick<RuleContext, 'actions'>, scope: VerifyScope): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const ask = (commit: TrailCommit | undefined, keys: readonly string[]) => {
    if (!commit) return;
    const set = out.get(commit.hash) ?? new Set<string>();
    for (const k of keys) set.add(k);
    out.set(commit.hash, set);
  };
  if (scope !== 'judged') {
    for (const action of trail.actions) {
      if (typeof scope === 'object' && action.id !== scope.action) continue;
      for (const e of action.events) if (SIGNED_STEPS.has(e.kind)) ask(e.commit, keysOf(e.commit.before, e.named));
    }
  }
  const inSignedMode = (c: TrailCommit | undefined) => (c && signedMode(c) ? c : undefined);
  for (const { file, action } of ctx.actions) {
    const history = actionTrailAt(trail, file.path);
    const decider = action.closure?.decided_by;
    for (const commit of decisionSteps(trail, file.path, action)) ask(inSignedMode(commit), keysOf(commit.before, decider));
    // A waiver counts in signed mode only under a senior's signature: ask with every senior's keys.
    for (const w of action.waivers ?? []) {
      const recorded = entryRecorded(history, w, (d) => list(d, 'waivers'));
      const commit = recorded.state === 'committed' ? inSignedMode(recorded.version.commit) : undefined;
      if (commit) ask(commit, seniorsAt(commit.before, action.location).flatMap((id) => keysOf(commit.before, id)));
    }
  }
  for (const change of trail.registryChanges) ask(inSignedMode(change.commit), keysOf(change.commit.before, change.commit.person));
  for (const action of trail.actions) {
    for (const e of action.events) if (e.kind === 'waiver') ask(inSignedMode(e.commit), keysOf(e.commit.before, e.commit.person));
  }
  return new Map([...out].map(([hash, keys]) => [hash, [...keys]]));
}

/** The commit that recorded a closed action's current decision to close; undefined otherwise. */
export function closureDecisionCommit(trail: Trail, path: string, action: Action) {
  if (action.status !== 'closed' && action.closure?.decision !== 'close') return undefined;
  const recorded = decisionRecorded(actionTrailAt(trail, path), action as unknown as Data);
  return recorded.state === 'committed' ? recorded.version.commit : undefined;
}

/**
 * The decision commits that stand for an action (SPEC "Attribution"): the one that recorded its
 * current close or hold decision, and the one that last moved its status into closed.
 */
export function decisionSteps(trail: Trail, path: string, action: Action): TrailCommit[] {
  const history = actionTrailAt(trail, path);
  const out: TrailCommit[] = [];
  if (action.closure?.decision === 'close' || action.closure?.decision === 'hold') {
    const recorded = decisionRecorded(history, action as unknown as Data);
    if (recorded.state === 'committed') out.push(recorded.version.commit);
  }
  if (action.status === 'closed') {
    const closed = closedRecorded(history);
    if (closed.state === 'committed' && !out.includes(closed.version.commit)) out.push(closed.version.commit);
  }
  return out;
}
