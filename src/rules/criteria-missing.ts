// Closure criteria must be agreed at the start; judging "done" only once work is under way invites moving the goalposts.
import type { Finding } from '../model.js';
import { listOf, statusLabel } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'criteria-missing',
  severity: 'error',
  stage: 'closure',
  description: 'An action past "open" has no closure criteria, or neither target nor targets.',
};

export const criteriaMissing: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status === 'open') continue;
      const missing: string[] = [];
      if (a.closure_criteria === undefined) missing.push('closure_criteria (required evidence, reviewer and approver)');
      if (a.target === undefined && a.targets === undefined) missing.push('target (the measurable goal: measure, unit, goal and direction)');
      if (!missing.length) continue;
      out.push(findingAt(META, file, ['status'],
        `${a.id} is ${statusLabel(a.status)} but has no ${listOf(missing, 'and no')}. What "fixed" looks like must be agreed before work goes further: add ${missing.length > 1 ? 'them' : 'it'} to ${file.path}, agreed with the approver, or set the status back to open.`,
        a.id, true));
    }
    return out;
  },
};
