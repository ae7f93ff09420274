// Nobody marks their own work as done: the owner of an action can never be the one who decides its closure.
import type { Finding } from '../model.js';
import { holdersOf, listOf, personLabel } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'self-approval',
  severity: 'error',
  stage: 'closure',
  description: "The closure was decided by the action's owner.",
};

export const selfApproval: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const decider = a.closure?.decided_by;
      if (decider === undefined || decider !== a.owner) continue;
      const approver = a.closure_criteria?.approver;
      const others = approver !== undefined ? holdersOf(ctx, [approver], a, [decider]) : [];
      const instead = approver !== undefined
        ? `someone independent with the ${approver} role${others.length ? `, such as ${listOf(others, 'or')},` : ''}`
        : 'someone independent of the work';
      out.push(findingAt(META, file, ['closure', 'decided_by'],
        `The closure of ${a.id} was decided by ${personLabel(ctx, decider)}, who owns the action. The person responsible for the work cannot approve it: ask ${instead} to review the evidence and decide, and record them in closure.decided_by.`,
        a.id, true));
    }
    return out;
  },
};
