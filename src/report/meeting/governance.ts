// The governance record the meeting reviews: decisions taken since it last met, and the
// post-closure reviews that keep a closed action honest once scrutiny has eased.
import { daysBetween } from '../../dates.js';
import type { Action } from '../../model.js';
import type { RuleContext } from '../../engine/types.js';
import type { DecisionCommit, DecisionItem, PersonRef, ReviewDueItem } from './types.js';

/** A post-closure review is listed when it falls due within this many days, or is overdue. */
export const REVIEW_WINDOW_DAYS = 30;

export function personRef(ctx: RuleContext, id: string | undefined): PersonRef | null {
  if (id === undefined) return null;
  const p = ctx.people.get(id);
  return { id, name: p?.name ?? id, roles: p?.roles ?? [] };
}

/** Closure decisions (close, hold or reject) dated from `since` to the meeting date, oldest first. */
export function decisionsSince(ctx: RuleContext, actions: Action[], since: string, commits?: ReadonlyMap<string, DecisionCommit>): DecisionItem[] {
  return actions
    .filter((a) => a.closure?.decided_on !== undefined && a.closure.decided_on >= since && a.closure.decided_on <= ctx.asOf)
    .map((a) => {
      const c = a.closure!;
      const item: DecisionItem = {
        id: a.id,
        title: a.title,
        decision: c.decision ?? 'close',
        decidedOn: c.decided_on!,
        decider: personRef(ctx, c.decided_by),
        recommender: personRef(ctx, c.recommended_by),
        evidenceReviewed: c.evidence_reviewed ?? [],
      };
      if (c.recommended_on !== undefined) item.recommendedOn = c.recommended_on;
      if (c.minutes !== undefined) item.minutes = c.minutes;
      const commit = commits?.get(a.id);
      if (commit) item.commit = commit;
      return item;
    })
    .sort((x, y) => x.decidedOn.localeCompare(y.decidedOn) || x.id.localeCompare(y.id));
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
