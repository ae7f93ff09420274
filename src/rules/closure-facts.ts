// The facts about an action that several closure rules share, read one way so their findings agree:
// what counts as supporting evidence, which policy applies, and how people and types are named.
import type { Action, ActionStatus, EvidenceType } from '../model.js';
import { highRiskLinks, type RiskLink } from '../engine/risk.js';
import { rolesAt, scopeWords } from '../roles.js';
import type { EvidenceRecord, RuleContext } from '../engine/types.js';

/** Only evidence that says the improvement is working counts towards closure. */
export function supportingEvidence(ctx: RuleContext, actionId: string): EvidenceRecord[] {
  return ctx.evidenceFor(actionId).filter((e) => e.evidence.finding === 'supports');
}

/**
 * The evidence a closure rests on (SPEC "Counted evidence"): supporting items dated on or before the
 * decision (today, for a closure not yet decided). Evidence from after a decision cannot have been
 * what the decider relied on.
 */
export function countedEvidence(ctx: RuleContext, action: Action): EvidenceRecord[] {
  const on = decisionDate(ctx, action);
  return supportingEvidence(ctx, action.id).filter((e) => e.evidence.date <= on);
}

/**
 * Concerns dated on or before `upTo` that no later supporting item of the same type answers: while
 * one stands, the evidence sources disagree (the audit passes, observation finds unsafe practice).
 */
export function unansweredConcerns(ctx: RuleContext, actionId: string, upTo: string): EvidenceRecord[] {
  const items = ctx.evidenceFor(actionId).filter((e) => e.evidence.date <= upTo);
  return items.filter(({ evidence: concern }) => concern.finding === 'concern'
    && !items.some(({ evidence: e }) => e.type === concern.type && e.finding === 'supports' && e.date > concern.date));
}

/** Distinct evidence types needed to close: the action's own criteria, else the provider's policy. */
export function minSources(ctx: RuleContext, action: Action): number {
  return action.closure_criteria?.min_sources ?? ctx.policy.min_evidence_sources;
}

/** Distinct CQC evidence categories needed to close: the action's own criteria, else the policy's. */
export function minCategories(ctx: RuleContext, action: Action): number {
  return action.closure_criteria?.min_categories ?? ctx.policy.min_evidence_categories;
}

/** Supporting items recorded (and committed) by someone other than the owner, needed to close. */
export function minIndependent(ctx: RuleContext, action: Action): number {
  return action.closure_criteria?.min_independent ?? ctx.policy.min_independent_evidence;
}

/** Consecutive latest measurements that must meet the goal. */
export function sustainedFor(ctx: RuleContext, action: Action): number {
  return action.closure_criteria?.sustained_for ?? ctx.policy.sustained_for;
}

/** The high-risk areas the action touches (effective: its own, and those its statements, regulations and source imply), with the link to each; empty when it is not high-risk. */
export function highRisk(ctx: RuleContext, action: Action): RiskLink[] {
  return highRiskLinks(action, ctx.framework, ctx.policy);
}

/** The date closure is judged at: the decision, or "today" when none is recorded. */
export function decisionDate(ctx: RuleContext, action: Action): string {
  return action.closure?.decided_on ?? ctx.asOf;
}

/** "at the decision on 2026-10-20" or "up to today (2026-11-01)", for messages. */
export function decisionPhrase(ctx: RuleContext, action: Action): string {
  const on = action.closure?.decided_on;
  return on !== undefined ? `the closure decision on ${on}` : `today (${ctx.asOf}), as no decision date is recorded`;
}

/**
 * The roles of a person that count for this action: all of them for someone without `locations`;
 * for someone with, only at those locations; for an action with no location, group-wide roles only.
 */
export function rolesFor(ctx: RuleContext, personId: string, action: Pick<Action, 'location'>): string[] {
  return rolesAt(ctx.people.get(personId), action.location);
}

export function holdsRole(ctx: RuleContext, personId: string, role: string, action: Pick<Action, 'location'>): boolean {
  return rolesFor(ctx, personId, action).includes(role);
}

export function isSeniorFor(ctx: RuleContext, personId: string, action: Pick<Action, 'location'>): boolean {
  return rolesFor(ctx, personId, action).some((r) => ctx.policy.senior_roles.includes(r));
}

/** "holds no senior role at rose-house", naming roles the person holds only elsewhere. */
export function lacksRoleWords(ctx: RuleContext, personId: string, action: Pick<Action, 'location'>, lacking: string): string {
  const elsewhere = (ctx.people.get(personId)?.roles ?? []).length > 0 && ctx.people.get(personId)?.locations !== undefined && rolesFor(ctx, personId, action).length === 0;
  return `holds ${lacking} ${scopeWords(action.location)}${elsewhere ? ` (their roles count only at ${listOf(ctx.people.get(personId)!.locations!)})` : ''}`;
}

/** "Grace Okafor (grace-okafor)", or the bare id for someone not in people.yaml. */
export function personLabel(ctx: RuleContext, personId: string): string {
  const name = ctx.people.get(personId)?.name;
  return name ? `${name} (${personId})` : personId;
}

/** Everyone in people.yaml holding one of `roles` for this action (at its location), for "who could do it instead". */
export function holdersOf(ctx: RuleContext, roles: readonly string[], action: Pick<Action, 'location'>, except: readonly (string | undefined)[] = []): string[] {
  return [...ctx.people.values()]
    .filter((p) => !except.includes(p.id) && rolesAt(p, action.location).some((r) => roles.includes(r)))
    .map((p) => personLabel(ctx, p.id));
}

export function statusLabel(status: ActionStatus): string {
  return status.replace('_', ' ');
}

export function typeLabel(type: EvidenceType | string): string {
  return type.replace('_', ' ');
}

/** "an observation item", "a care record item": one piece of evidence of a type. */
export function itemOf(type: EvidenceType | string): string {
  return `${withArticle(typeLabel(type))} item`;
}

/** "an observation", "a feedback": the article a word takes. */
export function withArticle(words: string): string {
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}

/** "a, b and c" / "a, b or c". */
export function listOf(items: readonly string[], joiner = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}
