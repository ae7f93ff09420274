// A missed due date is a governance conversation, not a silent slip: leaders need to see it before the inspector does.
import { daysBetween } from '../dates.js';
import type { Finding } from '../model.js';
import { statusLabel } from './closure-facts.js';
import { targetsOf } from './measurements.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'overdue',
  severity: 'warning',
  stage: 'closure',
  description: 'A target due date has passed and the action is not closed.',
};

export const overdue: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status === 'closed') continue;
      for (const t of targetsOf(a)) {
        const due = t.target.due;
        if (due === undefined || due >= ctx.asOf) continue;
        const late = daysBetween(due, ctx.asOf);
        const what = t.listed ? `${a.id}'s target ${t.id} (${t.target.measure}) was due to be met by ${due}` : `${a.id} was due to meet its target by ${due}`;
        out.push(findingAt(META, file, [...t.path, 'due'],
          `${what} (${late} day${late === 1 ? '' : 's'} ago) and ${t.listed ? `${a.id} ` : ''}is still ${statusLabel(a.status)}. Take it to the next governance meeting: close it with the evidence, or agree what is blocking it and a new due date with a senior approver.`,
          a.id, true));
      }
    }
    return out;
  },
};
