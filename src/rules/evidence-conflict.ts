// When sources disagree (the audit passes, observation finds unsafe practice) the concern wins until later evidence of the same kind answers it.
import type { Finding } from '../model.js';
import { decisionDate, decisionPhrase, itemOf, typeLabel, unansweredConcerns } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-conflict',
  severity: 'error',
  stage: 'closure',
  description: 'Closed while a concern has no later supporting evidence of the same type.',
  countsEvidence: true,
};

export const evidenceConflict: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      for (const { file, evidence: concern } of unansweredConcerns(ctx, a.id, decisionDate(ctx, a))) {
        const kind = typeLabel(concern.type);
        // An incident is answered by its own follow-up (the investigation's outcome), not by another incident.
        const answer = concern.type === 'incident'
          ? `the incident's follow-up, recorded as an incident item dated after ${concern.date} with "finding: supports" (for example the investigation finding the cause put right), shows the improvement is working`
          : `${itemOf(concern.type)} dated after ${concern.date} shows the improvement is working`;
        out.push(findingAt(META, file, ['finding'],
          `${concern.id} (${kind}, ${concern.date}) records a concern about ${a.id}, and no later ${kind} evidence up to ${decisionPhrase(ctx, a)} supports it. The evidence sources disagree: ${a.id} should stay open or move to monitoring until ${answer}, then be decided again.`,
          a.id, true));
      }
    }
    return out;
  },
};
