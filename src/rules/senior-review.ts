// Safety, safeguarding, medicines, staffing and leadership actions need an independent senior decision before they close.
import type { Finding } from '../model.js';
import { describeRiskLinks } from '../engine/risk.js';
import { highRisk, holdersOf, isSeniorFor, lacksRoleWords, listOf, personLabel } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'senior-review',
  severity: 'error',
  stage: 'closure',
  description: 'A high-risk action was closed without independent senior review.',
};

export const seniorReview: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    const senior = ctx.policy.senior_roles;
    for (const { file, action: a } of ctx.actions) {
      const links = highRisk(ctx, a);
      const decider = a.closure?.decided_by;
      if (!links.length || decider === undefined) continue;
      const problems: string[] = [];
      // Unknown deciders are reported by unknown-reference.
      if (ctx.people.has(decider) && !isSeniorFor(ctx, decider, a)) {
        problems.push(`it was decided by ${personLabel(ctx, decider)}, who ${lacksRoleWords(ctx, decider, a, `none of the senior roles (${listOf(senior, 'or')})`)}`);
      }
      if (a.closure?.recommended_by === decider) {
        problems.push(`${personLabel(ctx, decider)} both recommended and decided it, so nobody reviewed the recommendation independently`);
      }
      if (!problems.length) continue;
      const seniors = holdersOf(ctx, senior, a, [a.owner, a.closure?.recommended_by]);
      out.push(findingAt(META, file, ['closure', 'decided_by'],
        `${a.id} is high-risk (${describeRiskLinks(links)}) and needs independent senior review before closing, but ${listOf(problems, 'and')}. Ask ${seniors.length ? listOf(seniors, 'or') : `someone with a senior role (${listOf(senior, 'or')})`} to review the recommendation and decide.`,
        a.id, true));
    }
    return out;
  },
};
