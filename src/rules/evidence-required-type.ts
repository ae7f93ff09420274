// The evidence agreed at the start (e.g. an observation of practice, not only an audit of paperwork) must be there at the end.
import type { Finding } from '../model.js';
import { countedEvidence, itemOf, listOf, typeLabel } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-required-type',
  severity: 'error',
  stage: 'closure',
  description: 'Closed without a supporting item of each required evidence type.',
  countsEvidence: true,
};

export const evidenceRequiredType: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const supported = new Set(countedEvidence(ctx, a).map((e) => e.evidence.type));
      a.closure_criteria?.required_evidence?.forEach((type, i) => {
        if (supported.has(type)) return;
        const sameType = ctx.evidenceFor(a.id).filter((e) => e.evidence.type === type);
        const why = sameType.length
          ? ` ${listOf(sameType.map((e) => `${e.evidence.id} (${e.evidence.finding ?? 'no finding'})`))} ${sameType.length > 1 ? 'are' : 'is'} of that type but ${sameType.length > 1 ? 'do' : 'does'} not record "finding: supports".`
          : ` It has no ${typeLabel(type)} evidence at all.`;
        out.push(findingAt(META, file, ['closure_criteria', 'required_evidence', i],
          `${a.id}'s closure criteria require supporting ${typeLabel(type)} evidence, and none supports the closure.${why} Record ${itemOf(type)} that shows the improvement is working, or keep the action in monitoring until there is one.`,
          a.id));
      });
    }
    return out;
  },
};
