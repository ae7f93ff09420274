// A post-closure review that never happens leaves leaders unable to say how they know the improvement held.
import { daysBetween } from '../dates.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'post-closure-overdue',
  severity: 'warning',
  stage: 'closure',
  description: 'The post-closure review date has passed with no review.',
};

export const postClosureOverdue: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const due = a.post_closure?.review_due;
      if (a.status !== 'closed' || due === undefined || due >= ctx.asOf) continue;
      const decidedOn = a.closure?.decided_on;
      const reviewed = (a.post_closure?.reviews ?? []).some((r) => decidedOn === undefined || r.on >= decidedOn);
      if (reviewed) continue;
      const late = daysBetween(due, ctx.asOf);
      out.push(findingAt(META, file, ['post_closure', 'review_due'],
        `${a.id}'s post-closure review was due on ${due} (${late} day${late === 1 ? '' : 's'} ago) and no review since the closure${decidedOn ? ` on ${decidedOn}` : ''} is recorded. Carry out the review and record it with "cqc review ${a.id}" (result sustained or deteriorated).`,
        a.id, true));
    }
    return out;
  },
};
