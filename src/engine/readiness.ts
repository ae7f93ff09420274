// "What can we close today, and what is stopping the rest?" An open action is ready when the
// closure rules would pass if it were decided today; a closed one when no error stands against it.
import type { Action, Finding } from '../model.js';
import { addDuration } from '../dates.js';
import { CLOSE_BLOCKING, rulesOf } from '../rules/index.js';
import type { ActionRecord, RuleContext } from './types.js';
import { waiverProblems } from '../rules/waiver-invalid.js';

/** Rules about what happens after a closure; they cannot block one. */
const AFTER_CLOSURE = new Set(['post-closure-missing', 'post-closure-overdue', 'reopen-required', 'overdue', 'monitoring-gap']);

export interface Readiness { ready: boolean; blockers: Finding[] }

/**
 * The action as `cqc close` would record it today: decided now, by a decider not yet named (so the
 * rules about people judge only the recommendation), reviewing its current evidence. An earlier
 * hold or a decision undone by a reopen says nothing about a closure today.
 */
function asIfClosed(action: Action, ctx: RuleContext): Action {
  const { recommended_by, recommended_on } = action.closure ?? {};
  return {
    ...action,
    status: 'closed',
    closure: { ...(recommended_by ? { recommended_by } : {}), ...(recommended_on ? { recommended_on } : {}), decided_on: ctx.asOf, decision: 'close' },
    post_closure: { ...action.post_closure, review_due: addDuration(ctx.asOf, ctx.policy.post_closure_review_within) },
  };
}

/**
 * The errors a closure decided today would meet (empty for a closed action, which is judged by the
 * findings standing against it). Needs no git: run it while the history is still being read.
 */
export function closureBlockers(record: ActionRecord, ctx: RuleContext): Finding[] {
  if (record.action.status === 'closed') return [];
  // Only this action and its own evidence: the rules then cost per action, not per repo.
  // Blockers are read as messages, never as lines, so no positions are worked out for them.
  const evidence = ctx.evidenceFor(record.action.id).map((e) => ({ ...e, file: e.file.withoutPositions() }));
  const simulated: RuleContext = { ...ctx, actions: [{ file: record.file.withoutPositions(), action: asIfClosed(record.action, ctx) }], evidence, evidenceFor: () => evidence };
  const waived = new Set((record.action.waivers ?? []).filter((w) => waiverProblems(ctx, record.file.path, record.action, w).length === 0).map((w) => w.rule));
  return rulesOf('closure')
    // An invalid waiver already stands against the action as a finding of its own.
    .filter((r) => !AFTER_CLOSURE.has(r.meta.id) && r.meta.id !== 'waiver-invalid')
    .flatMap((r) => r.check(simulated))
    .filter((f) => f.severity === 'error' && !waived.has(f.rule));
}

/**
 * `findings` may be the whole run's or only this action's; only this action's are used.
 * `blockers` is closureBlockers(record, ctx), when it was worked out already.
 */
export function readiness(record: ActionRecord, ctx: RuleContext, findings: readonly Finding[], blockers = closureBlockers(record, ctx)): Readiness {
  const own = findings.filter((f) => f.action === record.action.id && f.severity === 'error' && !f.waived);
  if (record.action.status === 'closed') return { ready: own.length === 0, blockers: own };
  // Problems already standing against the action come first; a simulated twin of one adds nothing.
  // A warning that stops `cqc close` (placeholder text) stops a closure today just as an error does.
  const stopsClose = findings.filter((f) => f.action === record.action.id && f.severity === 'warning' && !f.waived && CLOSE_BLOCKING.has(f.rule));
  const standing = [...own, ...stopsClose].filter((f) => !AFTER_CLOSURE.has(f.rule));
  const known = new Set(standing.map((f) => f.rule));
  const extra = blockers.filter((f) => !known.has(f.rule));
  return { ready: standing.length === 0 && extra.length === 0, blockers: [...standing, ...extra] };
}
