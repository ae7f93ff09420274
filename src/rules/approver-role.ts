// The governance level agreed in the closure criteria is part of the decision: a recommendation or decision by the wrong role does not count.
import type { Action, Finding } from '../model.js';
import { holdersOf, holdsRole, listOf, personLabel } from './closure-facts.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { scopeWords } from '../roles.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'approver-role',
  severity: 'error',
  stage: 'closure',
  description: 'The decider or recommender lacks the role the closure criteria require.',
};

export const approverRole: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const decider = roleProblem(ctx, a, a.closure?.decided_by, a.closure_criteria?.approver, 'decided');
      if (decider) out.push(findingAt(META, file, ['closure', 'decided_by'], decider, a.id, true));
      const recommender = roleProblem(ctx, a, a.closure?.recommended_by, a.closure_criteria?.reviewer, 'recommended');
      if (recommender) out.push(findingAt(META, file, ['closure', 'recommended_by'], recommender, a.id, true));
    }
    return out;
  },
};

function roleProblem(ctx: RuleContext, a: Action, personId: string | undefined, role: string | undefined, did: 'decided' | 'recommended'): string | undefined {
  // Unknown people are reported by unknown-reference; judging their roles would say the same thing twice.
  if (personId === undefined || role === undefined || !ctx.people.has(personId) || holdsRole(ctx, personId, role, a)) return undefined;
  const field = did === 'decided' ? 'approver' : 'reviewer';
  const holders = holdersOf(ctx, [role], a, did === 'decided' ? [a.owner] : []); // the owner may not decide
  const person = ctx.people.get(personId);
  const roles = person?.roles ?? [];
  // The role is theirs, but only at other locations (or the action has none, so only group-wide roles count).
  const elsewhere = roles.includes(role) && person?.locations !== undefined;
  const held = elsewhere
    ? `holds ${role} only at ${listOf(person.locations!)}, and ${a.location === undefined ? `${a.id} has no location, so only group-wide roles count` : `${a.id} is at ${a.location}`}`
    : roles.length ? `holds ${listOf(roles)}` : 'holds no role in people.yaml';
  const who = holders.length ? `, such as ${listOf(holders, 'or')},` : '';
  return `Closure of ${a.id} was ${did} by ${personLabel(ctx, personId)}, who ${held}, but its closure criteria name ${role} as the ${field}. Have someone with the ${role} role${elsewhere ? ` ${scopeWords(a.location)}` : ''}${who} ${did === 'decided' ? 'decide' : 'recommend'} it, or record the role in people.yaml if ${personId} really holds it${elsewhere ? ' there' : ''}.`;
}
