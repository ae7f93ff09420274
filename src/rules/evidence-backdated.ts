// Evidence that did not exist in the record when the decision was taken cannot have informed it,
// whatever date it carries.
import { firstCommitted } from '../audit/evidence.js';
import { closureDecisionCommit } from '../audit/verify.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-backdated',
  severity: 'error',
  stage: 'git',
  description: 'Evidence dated before the decision was first committed after it.',
};

export const evidenceBackdated: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      const decidedOn = action.closure?.decided_on;
      const decision = closureDecisionCommit(trail, file.path, action);
      if (action.status !== 'closed' || !decision || decidedOn === undefined) continue;
      for (const e of ctx.evidenceFor(action.id)) {
        const first = firstCommitted(trail, e.file.path);
        // Not committed at all: not-committed reports it.
        if (e.evidence.date > decidedOn || first === undefined || first <= decision.index) continue;
        const commit = trail.commits[first]!;
        if (!commit.judged) continue;
        out.push(findingAt(META, e.file, ['date'],
          `Evidence ${e.evidence.id} is dated ${e.evidence.date}, on or before the closure decision of ${action.id} on ${decidedOn}, but was first committed in ${commitWords(commit)}, after the decision (${commitWords(decision)}). It cannot have informed that decision. Date it when it was actually gathered, and if the closure relied on it, take the decision again with it in the record.`,
          action.id));
      }
    }
    return out;
  },
};
