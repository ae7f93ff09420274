// What makes a post-closure review count, read one way for post-closure-review, post-closure-overdue
// and `cqc review`: the check that improvement held once scrutiny eased is only worth something if
// someone independent of the work made it, on evidence from after the decision.
import type { Action, PostClosureReview, Target } from '../model.js';
import type { DataPath } from '../repo/source.js';
import type { RuleContext } from '../engine/types.js';
import { highRisk, holdersOf, holdsRole, listOf, personLabel } from './closure-facts.js';
import { describeGoal, describeMeasurement, measurementsFor, meetsGoal, targetsOf, type Measurement } from './measurements.js';

/** One reason a review does not stand, with where in the action file to point and what to do. */
export interface ReviewProblem { path: DataPath; reason: string; next: string }

/** A measurement after the decision that misses its target's goal. */
export interface Miss { target: Target; label: string; measurement: Measurement }

/**
 * Measurements dated after `after` and on or before `upTo` that miss their target's goal, read through
 * the measurement module (valid, counted, naming the target), so its reading of values applies.
 */
export function missedGoals(ctx: RuleContext, action: Action, after: string, upTo: string): Miss[] {
  const out: Miss[] = [];
  for (const t of targetsOf(action)) {
    for (const m of measurementsFor(ctx, action, t, upTo)) {
      if (m.date <= after || meetsGoal(m.value, t.target)) continue;
      out.push({ target: t.target, label: t.listed ? `target ${t.id}` : 'the target', measurement: m });
    }
  }
  return out;
}

/** The action's own evidence items a review cites that are dated after `decidedOn` and on or before the review. */
export function citedAfterDecision(ctx: RuleContext, action: Action, review: PostClosureReview, decidedOn: string): string[] {
  const own = new Map(ctx.evidenceFor(action.id).map((e) => [e.evidence.id, e.evidence] as const));
  return (review.evidence ?? []).filter((id) => {
    const e = own.get(id);
    return e !== undefined && e.date > decidedOn && e.date <= review.on;
  });
}

/** Who may confirm an improvement held: never the owner; a senior role for a high-risk action. */
function reviewerProblems(ctx: RuleContext, action: Action, review: PostClosureReview, at: DataPath): ReviewProblem[] {
  const senior = ctx.policy.senior_roles;
  const by = personLabel(ctx, review.by);
  const links = highRisk(ctx, action);
  const roles = links.length
    ? senior
    : [...new Set([action.closure_criteria?.approver, action.closure_criteria?.reviewer, ...senior].filter((r): r is string => r !== undefined))];
  const who = holdersOf(ctx, roles, action, [action.owner]);
  const askWho = who.length ? `Ask ${listOf(who.slice(0, 3), 'or')} to carry out the review` : `Ask someone holding ${listOf(roles, 'or')} (and not the owner) to carry out the review`;
  if (review.by === action.owner) {
    return [{ path: [...at, 'by'], reason: `it was made by ${by}, the owner of ${action.id}: the person responsible for the work cannot confirm that it held`, next: askWho }];
  }
  if (roles.some((r) => holdsRole(ctx, review.by, r, action))) return [];
  const needs = links.length ? `${action.id} is high-risk, so the review needs a senior role (${listOf(senior, 'or')})` : `the review needs the approver or reviewer role of ${action.id} or a senior role, that is ${listOf(roles, 'or')}`;
  return [{ path: [...at, 'by'], reason: `${by} holds none of the roles that may confirm it: ${needs}`, next: askWho }];
}

/**
 * Why a review of a closed action does not stand (empty when it does). A deteriorated review is
 * accepted from anyone in people.yaml: reporting a problem never needs rank.
 */
export function reviewProblems(ctx: RuleContext, action: Action, review: PostClosureReview, index: number): ReviewProblem[] {
  const at: DataPath = ['post_closure', 'reviews', index];
  if (review.result === 'deteriorated') return [];
  const decidedOn = action.closure?.decided_on;
  if (decidedOn === undefined) return [];
  const problems = reviewerProblems(ctx, action, review, at);
  if (citedAfterDecision(ctx, action, review, decidedOn).length === 0) {
    const cited = review.evidence ?? [];
    problems.push({
      path: cited.length ? [...at, 'evidence'] : at,
      reason: cited.length
        ? `none of the evidence it cites (${listOf(cited)}) is ${action.id}'s own, dated after the closure decision on ${decidedOn} and on or before the review on ${review.on}`
        : `it cites no evidence dated after the closure decision on ${decidedOn}`,
      next: `Record what the review looked at (for example the latest audit or observation) with "cqc evidence add ${action.id}", and cite it in the review ("cqc review ${action.id} --evidence <id>")`,
    });
  }
  for (const miss of missedGoals(ctx, action, decidedOn, review.on)) {
    problems.push({
      path: [...at, 'result'],
      reason: `${describeMeasurement(miss.measurement, miss.target.unit)} misses ${miss.label}'s goal of ${describeGoal(miss.target)}, after the closure decision on ${decidedOn}`,
      next: `Record the review as deteriorated ("cqc review ${action.id} --result deteriorated"), which reopens ${action.id}`,
    });
  }
  return problems;
}

/** Reviews of the current closure: dated on or after its decision. */
export function currentReviews(action: Action): { review: PostClosureReview; index: number }[] {
  const decidedOn = action.closure?.decided_on;
  return (action.post_closure?.reviews ?? []).map((review, index) => ({ review, index }))
    .filter(({ review }) => decidedOn === undefined || review.on >= decidedOn);
}

/** Does the review count as the post-closure check? */
export function reviewStands(ctx: RuleContext, action: Action, review: PostClosureReview, index: number): boolean {
  if (review.result === 'deteriorated') return ctx.people.has(review.by);
  return reviewProblems(ctx, action, review, index).length === 0;
}
