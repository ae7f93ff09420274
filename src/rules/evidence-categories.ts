// An audit, a training record and a set of minutes are three documents but one kind of evidence: closure must rest on more than one of CQC's six evidence categories, so paperwork alone never shows that practice changed.
import { categoryName, CATEGORY_EXAMPLES, EVIDENCE_CATEGORY_IDS, evidenceCategoryId, type EvidenceCategoryId } from '../framework/evidence-categories.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { countedEvidence, decisionPhrase, listOf, minCategories } from './closure-facts.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-categories',
  severity: 'error',
  stage: 'closure',
  description: "Closed with supporting evidence from fewer of CQC's evidence categories than required.",
  countsEvidence: true,
};

/** The categories worth suggesting first: practice seen, people heard, results measured. */
const SUGGESTED_FIRST: readonly EvidenceCategoryId[] = ['observation', 'people', 'outcomes', 'staff', 'partners', 'processes'];

export const evidenceCategories: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const needed = minCategories(ctx, a);
      const items = new Map<EvidenceCategoryId, string[]>();
      for (const { evidence: e } of countedEvidence(ctx, a)) {
        const category = evidenceCategoryId(e.type, e.from);
        if (category !== undefined) items.set(category, [...(items.get(category) ?? []), e.id]);
      }
      if (items.size >= needed) continue;
      const has = EVIDENCE_CATEGORY_IDS.filter((c) => items.has(c)).map((c) => `${categoryName(c)} (${listOf(items.get(c)!)})`);
      const missing = SUGGESTED_FIRST.filter((c) => !items.has(c)).slice(0, 3);
      const anchor = a.closure?.evidence_reviewed !== undefined ? ['closure', 'evidence_reviewed'] : a.closure !== undefined ? ['closure'] : ['status'];
      out.push(findingAt(META, file, anchor,
        `${a.id} needs supporting evidence from ${needed} of CQC's six evidence categories to close, counting items dated up to ${decisionPhrase(ctx, a)}; `
        + `it has ${has.length === 0 ? 'none' : `${has.length}: ${listOf(has)}`}. Documents of one kind (audits, training, minutes are all processes) do not show that practice changed. `
        + `Record ${listOf(missing.map((c) => CATEGORY_EXAMPLES[c]), 'or')} that supports closure, or keep the action in monitoring.`,
        a.id, true));
    }
    return out;
  },
};
