// A missed due date is a governance conversation, not a silent slip: leaders need to see it before the inspector does.
import { daysBetween } from '../dates.js';
import type { Finding } from '../model.js';
import { statusLabel } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'overdue',
  severity: 'warning',
  stage: 'closure',
  description: 'The target due date has passed and the action is not closed.',
};

export const overdue: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const due = a.target?.due;
      if (a.status === 'closed' || due === undefined || due >= ctx.asOf) continue;
      const late = daysBetween(due, ctx.asOf);
      out.push(findingAt(META, file, ['target', 'due'],
        `${a.id} was due to meet its target by ${due} (${late} day${late === 1 ? '' : 's'} ago) and is still ${statusLabel(a.status)}. Take it to the next governance meeting: close it with the evidence, or agree what is blocking it and a new due date with a senior approver.`,
        a.id, true));
    }
    return out;
  },
};
