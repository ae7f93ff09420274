// "What can we close today, and what is stopping the rest?" An open action is ready when `cqc close`
// would accept it today: it has a current recommendation and the closure rules would pass if it were
// decided now. A closed one is ready (stands) when no error stands against it.
import type { Action, Finding } from '../model.js';
import { addDuration } from '../dates.js';
import { CLOSE_BLOCKING, rulesOf } from '../rules/index.js';
import type { ActionRecord, RuleContext } from './types.js';
import { waiverProblems } from '../rules/waiver-invalid.js';

/** Rules about what happens after a closure; they cannot block one. */
const AFTER_CLOSURE = new Set(['post-closure-missing', 'post-closure-overdue', 'post-closure-review', 'hold-overdue', 'reopen-required', 'overdue', 'monitoring-gap']);

export interface Readiness {
  ready: boolean;
  blockers: Finding[];
  /** Only a (fresh) recommendation stands between the action and a closure today. */
  awaitingRecommendation?: boolean;
}

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

/** The rule whose lifecycle `cqc close` follows: a decision comes after a current recommendation. */
const LIFECYCLE = 'status-transition';

/**
 * What `cqc close` needs before any rule is asked: a recommendation made since the latest reopen,
 * and the action in monitoring (where a recommendation puts it). Without them close refuses, so
 * "ready to close" must not be said either.
 */
export function awaitingRecommendation(record: ActionRecord, ctx: RuleContext): Finding[] {
  const a = record.action;
  const at = (message: string): Finding[] => {
    const pos = record.file.locate(['status'], true);
    return [{ rule: LIFECYCLE, severity: 'error', file: record.file.path, line: pos.line, column: pos.column, action: a.id, message }];
  };
  const reviewer = a.closure_criteria?.reviewer ?? 'the role in closure_criteria.reviewer';
  const lastReopen = (a.reopened ?? []).reduce<string | undefined>((latest, r) => (latest === undefined || r.on > latest ? r.on : latest), undefined);
  const recommendedOn = a.closure?.recommended_by !== undefined ? a.closure.recommended_on ?? ctx.asOf : undefined;
  if (recommendedOn === undefined || (lastReopen !== undefined && recommendedOn < lastReopen)) {
    const since = lastReopen !== undefined && recommendedOn !== undefined ? ` since it was reopened on ${lastReopen}` : '';
    return at(`Nobody has recommended ${a.id} for closure${since}. When the evidence supports closure, the reviewer (${reviewer}) records that with "cqc recommend ${a.id}"; the approver can then decide.`);
  }
  if (a.status !== 'monitoring') {
    return at(`${a.id} is ${a.status.replace('_', ' ')}; an action closes from monitoring, after its recommendation. The reviewer (${reviewer}) records a fresh recommendation with "cqc recommend ${a.id}".`);
  }
  return [];
}

/**
 * The errors a closure decided today would meet (empty for a closed action, which is judged by the
 * findings standing against it). Needs no git: run it while the history is still being read.
 */
export function closureBlockers(record: ActionRecord, ctx: RuleContext): Finding[] {
  if (record.action.status === 'closed') return [];
  const lifecycle = awaitingRecommendation({ ...record, file: record.file.withoutPositions() }, ctx);
  // Only this action and its own evidence: the rules then cost per action, not per repo.
  // Blockers are read as messages, never as lines, so no positions are worked out for them.
  const evidence = ctx.evidenceFor(record.action.id).map((e) => ({ ...e, file: e.file.withoutPositions() }));
  const twin = { file: record.file.withoutPositions(), action: asIfClosed(record.action, ctx) };
  const simulated: RuleContext = { ...ctx, actions: [twin], actionById: (id) => (id === twin.action.id ? twin : undefined), evidence, evidenceFor: () => evidence };
  const waived = new Set((record.action.waivers ?? []).filter((w) => waiverProblems(ctx, record.file.path, record.action, w).length === 0).map((w) => w.rule));
  const rules = rulesOf('closure')
    // An invalid waiver already stands against the action as a finding of its own.
    .filter((r) => !AFTER_CLOSURE.has(r.meta.id) && r.meta.id !== 'waiver-invalid')
    .flatMap((r) => r.check(simulated))
    .filter((f) => f.severity === 'error' && !waived.has(f.rule));
  return [...lifecycle, ...rules];
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
  const all = [...standing, ...extra];
  const lifecycle = awaitingRecommendation({ ...record, file: record.file.withoutPositions() }, ctx);
  const onlyLifecycle = lifecycle.length > 0 && all.every((f) => lifecycle.some((l) => l.message === f.message));
  return { ready: all.length === 0, blockers: all, ...(onlyLifecycle ? { awaitingRecommendation: true } : {}) };
}
