// One source can be wrong or gamed: an audit that passes while practice has not changed is the false assurance cqc exists to stop.
import type { Finding } from '../model.js';
import { countedEvidence, listOf, minSources, typeLabel, withArticle } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-sources',
  severity: 'error',
  stage: 'closure',
  description: 'Closed with fewer distinct supporting evidence types than required.',
  countsEvidence: true,
};

/** Types that show practice from different angles (records, direct observation, what people say, outcomes). */
const INDEPENDENT_TYPES = ['audit', 'observation', 'feedback', 'trend'] as const;

export const evidenceSources: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const needed = minSources(ctx, a);
      const types = [...new Set(countedEvidence(ctx, a).map((e) => e.evidence.type))].sort();
      if (types.length >= needed) continue;
      const required = (a.closure_criteria?.required_evidence ?? []).filter((t) => !types.includes(t));
      const suggest = required.length ? required : INDEPENDENT_TYPES.filter((t) => !types.includes(t));
      const has = types.length ? `${types.length} (${listOf(types.map(typeLabel))})` : 'none';
      const anchor = a.closure?.evidence_reviewed !== undefined ? ['closure', 'evidence_reviewed'] : a.closure !== undefined ? ['closure'] : ['status'];
      out.push(findingAt(META, file, anchor,
        `${a.id} needs ${needed} distinct evidence sources to close; it has ${has}. Only evidence with "finding: supports" counts. Add ${withArticle(listOf(suggest.map(typeLabel), 'or'))} item, or keep the action in monitoring.`,
        a.id, true));
    }
    return out;
  },
};
