// What an action's evidence amounts to for the meeting: which CQC categories it covers (the first
// thing an inspector asks for), and which types support closure.
import { EVIDENCE_CATEGORIES, evidenceCategory } from '../../framework/evidence-categories.js';
import { supportingEvidence } from '../../rules/closure-facts.js';
import type { RuleContext } from '../../engine/types.js';
import type { CategoryCount } from './types.js';

/** Evidence per CQC category (only categories with at least one item), in CQC's order, over one or more actions. */
export function categoriesOf(ctx: RuleContext, ...actionIds: string[]): CategoryCount[] {
  const counts = new Map<string, CategoryCount>();
  for (const actionId of new Set(actionIds)) {
    for (const { evidence } of ctx.evidenceFor(actionId)) {
      const category = evidenceCategory(evidence.type, evidence.from);
      // Evidence of type other belongs to no CQC category, so it is not shown under one.
      if (category === undefined) continue;
      const c = counts.get(category) ?? { category, items: 0, supporting: 0 };
      c.items += 1;
      if (evidence.finding === 'supports') c.supporting += 1;
      counts.set(category, c);
    }
  }
  return EVIDENCE_CATEGORIES.flatMap((name) => (counts.has(name) ? [counts.get(name)!] : []));
}

/** Distinct evidence types among the supporting items, in the order they were first recorded. */
export function supportingTypesOf(ctx: RuleContext, actionId: string): string[] {
  return [...new Set(supportingEvidence(ctx, actionId).map((e) => e.evidence.type))];
}
