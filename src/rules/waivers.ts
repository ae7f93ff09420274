// A waiver sets a rule aside for one action, knowingly and visibly: it must name a real rule, be
// approved by a senior person who does not own the action, and not have expired.
import type { Action, Finding, Waiver } from '../model.js';
import { RULE_IDS } from './catalogue.js';
import { meta } from './meta.js';
import { findingAt, type Rule, type RuleContext } from './types.js';

const META = meta('waiver-invalid');

/** Why a waiver does not count (empty when it is valid), judged on the file alone. */
export function waiverProblems(ctx: RuleContext, action: Action, w: Waiver): string[] {
  const problems: string[] = [];
  if (!RULE_IDS.has(w.rule) || w.rule === META.id) {
    problems.push(`names "${w.rule}", which is not a rule cqc can waive; use a rule id from a finding, e.g. evidence-sources`);
  }
  if (w.expires !== undefined && w.expires < ctx.asOf) {
    problems.push(`expired on ${w.expires}; renew it with a new approval or meet the rule`);
  }
  const approver = ctx.people.get(w.approved_by);
  if (w.approved_by === action.owner) {
    problems.push(`is approved by ${w.approved_by}, who owns the action; the owner cannot set a rule aside for their own work`);
  } else if (approver && !(approver.roles ?? []).some((r) => ctx.policy.senior_roles.includes(r))) {
    problems.push(`is approved by ${w.approved_by}, who holds no senior role (${ctx.policy.senior_roles.join(', ')})`);
  }
  return problems;
}

export const waiverInvalid: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      action.waivers?.forEach((w, i) => {
        const problems = waiverProblems(ctx, action, w);
        if (problems.length) {
          out.push(findingAt(META, file, ['waivers', i], `The waiver of ${w.rule} on ${action.id} ${problems.join('; and ')}. Until then ${w.rule} applies in full.`, action.id));
        }
      });
    }
    return out;
  },
};

/** Mark findings that a valid waiver covers; `invalid` holds "<action>#<index>" of waivers found invalid by any rule. */
export function applyWaivers(findings: Finding[], ctx: RuleContext, invalid: ReadonlySet<string>): Finding[] {
  const waived = new Map<string, Set<string>>();
  for (const { action } of ctx.actions) {
    action.waivers?.forEach((w, i) => {
      if (invalid.has(`${action.id}#${i}`) || waiverProblems(ctx, action, w).length) return;
      waived.set(action.id, new Set([...(waived.get(action.id) ?? []), w.rule]));
    });
  }
  return findings.map((f) => (f.action && f.rule !== META.id && waived.get(f.action)?.has(f.rule) ? { ...f, waived: true } : f));
}
