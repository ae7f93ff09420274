// The governance record the meeting reviews: decisions, post-closure reviews and reopenings in the
// period (from git when the trail was read, else from the files, saying what that leaves out), and
// the post-closure reviews that keep a closed action honest once scrutiny has eased.
import { daysBetween } from '../../dates.js';
import { strings, str, type Data } from '../../audit/parse.js';
import type { Action, PostClosureReview, Reopen } from '../../model.js';
import type { RuleContext } from '../../engine/types.js';
import { governanceFromTrail } from './governance-trail.js';
import type { DecisionItem, GovernanceRecord, PersonRef, ReopeningItem, ReviewDueItem, ReviewItem } from './types.js';

/** A post-closure review is listed when it falls due within this many days, or is overdue. */
export const REVIEW_WINDOW_DAYS = 30;

/** From the last meeting (`since`) to the meeting date (`asOf`), both included. */
export interface Period { since: string; asOf: string }

export function personRef(ctx: RuleContext, id: string | undefined): PersonRef | null {
  if (id === undefined) return null;
  const p = ctx.people.get(id);
  return { id, name: p?.name ?? id, roles: p?.roles ?? [] };
}

const DECISIONS = new Set(['close', 'hold', 'reject']);

/** A closure block (from a file or a committed version) as a decision item. */
export function decisionOf(ctx: RuleContext, id: string, title: string, closure: Data): DecisionItem {
  const what = str(closure, 'decision') ?? 'close';
  const item: DecisionItem = {
    id, title, decision: (DECISIONS.has(what) ? what : 'close') as DecisionItem['decision'],
    decider: personRef(ctx, str(closure, 'decided_by')), recommender: personRef(ctx, str(closure, 'recommended_by')),
    evidenceReviewed: strings(closure, 'evidence_reviewed'),
  };
  const optional = { decidedOn: 'decided_on', recommendedOn: 'recommended_on', minutes: 'minutes', returnBy: 'return_by' } as const;
  for (const [field, key] of Object.entries(optional)) {
    const value = str(closure, key);
    if (value !== undefined) item[field as keyof typeof optional] = value;
  }
  return item;
}

export function fileDecision(ctx: RuleContext, a: Action): DecisionItem {
  return decisionOf(ctx, a.id, a.title, (a.closure ?? {}) as Data);
}

export function fileReview(ctx: RuleContext, a: Action, r: PostClosureReview): ReviewItem {
  return { id: a.id, title: a.title, on: r.on, by: personRef(ctx, r.by), result: r.result, evidence: r.evidence ?? [], ...(r.note !== undefined ? { note: r.note } : {}) };
}

export function fileReopening(ctx: RuleContext, a: Action, r: Reopen): ReopeningItem {
  return { id: a.id, title: a.title, on: r.on, by: personRef(ctx, r.by), reason: r.reason };
}

/** Without git: only what the files still hold, which a later step may have overwritten. */
function governanceFromFiles(ctx: RuleContext, actions: readonly Action[], period: Period, why: string): GovernanceRecord {
  const inPeriod = (on: string | undefined) => on !== undefined && on >= period.since && on <= period.asOf;
  const record: GovernanceRecord = {
    source: 'files',
    note: `${why} So decisions, reviews and reopenings are read from the action files: a decision later replaced in the file (for example closed, then reopened and recommended again) is missing, and nothing here shows who recorded each step.`,
    decisions: [], reviews: [], reopenings: [],
  };
  for (const a of actions) {
    if (inPeriod(a.closure?.decided_on)) record.decisions.push(fileDecision(ctx, a));
    for (const r of a.post_closure?.reviews ?? []) if (inPeriod(r.on)) record.reviews.push(fileReview(ctx, a, r));
    for (const r of a.reopened ?? []) if (inPeriod(r.on)) record.reopenings.push(fileReopening(ctx, a, r));
  }
  return record;
}

/** By the date the step records (else the day it was committed), then action id. */
function byDate<T extends { id: string; commit?: { at: string } }>(dateOf: (x: T) => string | undefined): (a: T, b: T) => number {
  const key = (x: T) => dateOf(x) ?? x.commit?.at.slice(0, 10) ?? '';
  return (a, b) => key(a).localeCompare(key(b)) || (a.commit?.at ?? '').localeCompare(b.commit?.at ?? '') || a.id.localeCompare(b.id);
}

/** Decisions, reviews and reopenings in the period, oldest first. `gitNote` says why git was not read. */
export function governanceRecord(ctx: RuleContext, actions: readonly Action[], period: Period, gitNote?: string): GovernanceRecord {
  const record = ctx.trail
    ? governanceFromTrail(ctx, ctx.trail, period)
    : governanceFromFiles(ctx, actions, period, gitNote ?? 'The git history was not read.');
  record.decisions.sort(byDate((d) => d.decidedOn));
  record.reviews.sort(byDate((r) => r.on || undefined));
  record.reopenings.sort(byDate((r) => r.on || undefined));
  return record;
}

/** Closed actions whose post-closure review is not yet done and is overdue or due soon. */
export function reviewsFallingDue(ctx: RuleContext, actions: Action[]): ReviewDueItem[] {
  const out: ReviewDueItem[] = [];
  for (const a of actions) {
    const due = a.post_closure?.review_due;
    if (a.status !== 'closed' || due === undefined) continue;
    const decidedOn = a.closure?.decided_on;
    const done = (a.post_closure?.reviews ?? []).some((r) => decidedOn === undefined || r.on >= decidedOn);
    if (done) continue;
    const daysLeft = daysBetween(ctx.asOf, due);
    if (daysLeft > REVIEW_WINDOW_DAYS) continue;
    out.push({ id: a.id, title: a.title, reviewDue: due, daysLeft, overdue: daysLeft < 0, ...(decidedOn ? { decidedOn } : {}) });
  }
  return out.sort((x, y) => x.reviewDue.localeCompare(y.reviewDue) || x.id.localeCompare(y.id));
}
