// A post-closure review that the owner wrote, or that rests on nothing measured since the decision, gives leaders false comfort that the improvement held.
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';
import { currentReviews, reviewProblems } from './post-closure-facts.js';

const META: RuleMeta = {
  id: 'post-closure-review',
  severity: 'error',
  stage: 'closure',
  description: 'A sustained post-closure review by the owner or without the right role, citing no later evidence, or contradicted by a later measurement.',
  countsEvidence: true,
};

export const postClosureReview: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      // Reviews from before the current decision belonged to an earlier closure, judged then.
      if (a.status !== 'closed' || a.closure?.decided_on === undefined) continue;
      for (const { review, index } of currentReviews(a)) {
        for (const p of reviewProblems(ctx, a, review, index)) {
          out.push(findingAt(META, file, p.path,
            `The post-closure review of ${a.id} on ${review.on} (sustained) does not stand: ${p.reason}. ${p.next}.`,
            a.id, true));
        }
      }
    }
    return out;
  },
};
