// A post-closure review that never happens (or one that does not count) leaves leaders unable to say how they know the improvement held.
import { daysBetween } from '../dates.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';
import { currentReviews, reviewStands } from './post-closure-facts.js';

const META: RuleMeta = {
  id: 'post-closure-overdue',
  severity: 'warning',
  stage: 'closure',
  description: 'The post-closure review date has passed with no valid review.',
};

export const postClosureOverdue: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const due = a.post_closure?.review_due;
      if (a.status !== 'closed' || due === undefined || due >= ctx.asOf) continue;
      const decidedOn = a.closure?.decided_on;
      const reviews = currentReviews(a);
      if (reviews.some(({ review, index }) => reviewStands(ctx, a, review, index))) continue;
      const late = daysBetween(due, ctx.asOf);
      const invalid = reviews.length
        ? ` The review${reviews.length > 1 ? 's' : ''} recorded on ${reviews.map(({ review }) => review.on).join(', ')} ${reviews.length > 1 ? 'do' : 'does'} not count (see post-closure-review).`
        : '';
      out.push(findingAt(META, file, ['post_closure', 'review_due'],
        `${a.id}'s post-closure review was due on ${due} (${late} day${late === 1 ? '' : 's'} ago) and no valid review since the closure${decidedOn ? ` on ${decidedOn}` : ''} is recorded.${invalid} `
        + `Carry out the review and record it with "cqc review ${a.id} --result sustained|deteriorated --evidence <id>", citing the evidence it looked at.`,
        a.id, true));
    }
    return out;
  },
};
