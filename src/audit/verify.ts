// Which commits to verify signatures for, and against whose keys. Verification costs milliseconds a
// commit, so `cqc check` verifies only the decisions require_signed_closures judges; `cqc audit`
// also shows every recommendation and decision it lists.
import type { Action } from '../model.js';
import type { RuleContext } from '../engine/types.js';
import type { Data } from './parse.js';
import { actionTrailAt, decisionRecorded } from './recorded.js';
import { keysOf } from './registry.js';
import type { Trail } from './types.js';

/** 'judged': what closure-unsigned judges; 'decisions': also every recommendation and decision; or those of one action. */
export type VerifyScope = 'judged' | 'decisions' | { action: string };

/** Commit hash -> the signing keys listed (as of its parent) for the people it is judged against. */
export function signatureRequests(trail: Trail, ctx: Pick<RuleContext, 'actions'>, scope: VerifyScope): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const ask = (hash: string, keys: readonly string[]) => {
    const set = out.get(hash) ?? new Set<string>();
    for (const k of keys) set.add(k);
    out.set(hash, set);
  };
  if (scope !== 'judged') {
    for (const action of trail.actions) {
      if (typeof scope === 'object' && action.id !== scope.action) continue;
      for (const e of action.events) if (e.kind === 'decided' || e.kind === 'recommended') ask(e.commit.hash, keysOf(e.commit.before, e.named));
    }
  }
  for (const { file, action } of ctx.actions) {
    const decision = closureDecisionCommit(trail, file.path, action);
    if (decision && decision.before.policy.require_signed_closures && decision.judged) {
      ask(decision.hash, keysOf(decision.before, action.closure?.decided_by));
    }
  }
  return new Map([...out].map(([hash, keys]) => [hash, [...keys]]));
}

/** The commit that recorded a closed action's current decision to close; undefined otherwise. */
export function closureDecisionCommit(trail: Trail, path: string, action: Action) {
  if (action.status !== 'closed' && action.closure?.decision !== 'close') return undefined;
  const recorded = decisionRecorded(actionTrailAt(trail, path), action as unknown as Data);
  return recorded.state === 'committed' ? recorded.version.commit : undefined;
}
