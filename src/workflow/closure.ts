// What a closure decision records beyond who and when: the evidence the decider reviewed (every
// supporting item the rules would count) and the latest date for the post-closure review.
import { addDuration, subDuration } from '../dates.js';
import type { Action } from '../model.js';
import type { RuleContext } from '../engine/types.js';
import { deleteAt } from './edit.js';
import type { Document } from 'yaml';

/** Supporting evidence of the action dated within the evidence window of a decision on `on`. */
export function evidenceReviewed(ctx: RuleContext, action: Action, on: string): string[] {
  const oldest = subDuration(on, ctx.policy.evidence_max_age);
  return ctx.evidenceFor(action.id)
    .map((e) => e.evidence)
    .filter((e) => e.finding === 'supports' && e.date <= on && e.date >= oldest && e.date >= action.raised)
    .map((e) => e.id);
}

/** The latest date policy allows for the post-closure review of a decision on `on`. */
export function reviewDue(ctx: RuleContext, on: string): string {
  return addDuration(on, ctx.policy.post_closure_review_within);
}

/** Fields of an earlier decision, cleared when a new recommendation starts a new decision. */
export const DECISION_FIELDS = ['decided_by', 'decided_on', 'decision', 'return_by', 'evidence_reviewed', 'minutes', 'rationale'] as const;

export function clearDecision(doc: Document): void {
  for (const key of DECISION_FIELDS) deleteAt(doc, ['closure', key]);
}

/** What an earlier decision recorded about itself (its minutes, rationale, evidence and return
 * date): a new decision on the same recommendation (a close or a fresh hold after a hold) must not
 * inherit them, or the record would give the hold's reasons for the closure. */
export const DECISION_DETAILS = ['return_by', 'evidence_reviewed', 'minutes', 'rationale'] as const;

export function clearDecisionDetails(doc: Document): void {
  for (const key of DECISION_DETAILS) deleteAt(doc, ['closure', key]);
}

/** Lifecycle words for messages. */
export function statusWords(status: string): string {
  return status.replace('_', ' ');
}
