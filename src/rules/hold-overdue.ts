// A hold is a decision to decide again by a date; past that date with no new decision, the action is drifting in monitoring with nobody accountable.
import { daysBetween } from '../dates.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { personLabel } from './closure-facts.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'hold-overdue',
  severity: 'warning',
  stage: 'closure',
  description: 'An action held in monitoring is past the date governance said it would decide again.',
};

export const holdOverdue: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const c = a.closure;
      // A later decision replaces the hold in the closure block, so a hold still there is the latest.
      if (a.status !== 'monitoring' || c?.decision !== 'hold' || c.return_by === undefined || c.return_by >= ctx.asOf) continue;
      const late = daysBetween(c.return_by, ctx.asOf);
      const by = c.decided_by !== undefined ? ` by ${personLabel(ctx, c.decided_by)}` : '';
      out.push(findingAt(META, file, ['closure', 'return_by'],
        `${a.id} was held in monitoring${c.decided_on ? ` on ${c.decided_on}` : ''}${by}, to be decided again by ${c.return_by}; that was ${late} day${late === 1 ? '' : 's'} ago and no later decision is recorded. `
        + `Bring it back to governance: close it ("cqc close ${a.id}") if the evidence now supports closure, hold it again with a new return date ("cqc hold ${a.id} --return-by <date>"), or reopen it for more work.`,
        a.id, true));
    }
    return out;
  },
};
