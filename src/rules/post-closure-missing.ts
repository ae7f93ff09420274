// Improvement must be shown to hold once scrutiny eases, so every closure books its post-closure check within policy.
import { addDuration } from '../dates.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'post-closure-missing',
  severity: 'error',
  stage: 'closure',
  description: 'Closed without a post-closure review date within policy.',
};

export const postClosureMissing: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    const within = ctx.policy.post_closure_review_within;
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const due = a.post_closure?.review_due;
      const decidedOn = a.closure?.decided_on;
      const latest = decidedOn !== undefined ? addDuration(decidedOn, within) : undefined;
      if (due === undefined) {
        out.push(findingAt(META, file, ['status'],
          `${a.id} is closed without a post-closure review date. Add post_closure.review_due${latest ? ` no later than ${latest} (${within} after the decision on ${decidedOn}, policy.post_closure_review_within)` : ''}, so someone checks the improvement has held once scrutiny has eased.`,
          a.id, true));
      } else if (latest !== undefined && due > latest) {
        out.push(findingAt(META, file, ['post_closure', 'review_due'],
          `${a.id}'s post-closure review is due ${due}, later than policy allows: it must fall within ${within} of the closure decision on ${decidedOn}, so by ${latest}. Bring post_closure.review_due forward to ${latest} or earlier.`,
          a.id, true));
      }
    }
    return out;
  },
};
