// The provider's policy is the floor every closure stands on: an action may ask for more evidence or a longer run of good results, never quietly for less (a senior may waive it, on the record).
import type { ClosureCriteria, Finding, Policy } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'criteria-below-policy',
  severity: 'error',
  stage: 'closure',
  description: "An action's closure criteria ask for less than the provider's policy.",
};

/** Each minimum an action may set, the policy setting it may only raise, and what it counts. */
const MINIMUMS: readonly { key: keyof ClosureCriteria; policy: keyof Policy; counts: string }[] = [
  { key: 'min_sources', policy: 'min_evidence_sources', counts: 'distinct types of supporting evidence' },
  { key: 'sustained_for', policy: 'sustained_for', counts: 'measurements in a row meeting the goal' },
  { key: 'min_categories', policy: 'min_evidence_categories', counts: "of CQC's evidence categories" },
  { key: 'min_independent', policy: 'min_independent_evidence', counts: 'supporting items recorded by someone other than the owner' },
];

export const criteriaBelowPolicy: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const criteria = a.closure_criteria;
      if (!criteria) continue;
      for (const m of MINIMUMS) {
        const own = criteria[m.key];
        const floor = ctx.policy[m.policy] as number;
        if (typeof own !== 'number' || own >= floor) continue;
        out.push(findingAt(META, file, ['closure_criteria', m.key],
          `${a.id} asks for ${own} ${m.counts} (closure_criteria.${m.key}), fewer than the ${floor} the provider's policy requires (policy.${m.policy} in cqc.yaml). `
          + `An action may ask for more than policy, never less. Raise it to ${floor} or more, or remove it to use the policy's value; `
          + `if there is a genuine reason, someone with a senior role can record a waiver for criteria-below-policy on the action.`,
          a.id));
      }
    }
    return out;
  },
};
