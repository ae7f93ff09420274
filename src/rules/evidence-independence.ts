// Evidence the owner recorded and committed themselves is the owner marking their own work: closure needs at least one supporting item that someone else recorded, and (from git) someone else added.
import { addingCommit } from '../audit/evidence-items.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { EvidenceRecord, Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { countedEvidence, decisionPhrase, holdersOf, listOf, minIndependent, personLabel } from './closure-facts.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-independence',
  severity: 'error',
  stage: 'closure',
  description: 'Closed with too few supporting items recorded and committed by someone other than the owner.',
  countsEvidence: true,
};

/** Why an item does not count as independent of the owner, or undefined when it does. */
function ownedBecause(ctx: RuleContext, item: EvidenceRecord, owner: string): string | undefined {
  const e = item.evidence;
  if (e.recorded_by === owner) return `${e.id} was recorded by the owner`;
  const trail = ctx.trail;
  if (!trail) return undefined;
  // Before the trail starts (audit_trail_from) git says nothing about who added it.
  const added = addingCommit(trail, e.id);
  if (added?.judged && added.person === owner) return `${e.id} names ${e.recorded_by} but was added by the owner in ${commitWords(added)}`;
  return undefined;
}

export const evidenceIndependence: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const needed = minIndependent(ctx, a);
      const counted = countedEvidence(ctx, a);
      const owned = counted.map((item) => ownedBecause(ctx, item, a.owner));
      const independent = owned.filter((why) => why === undefined).length;
      if (independent >= needed) continue;
      const reasons = owned.filter((why): why is string => why !== undefined);
      const others = holdersOf(ctx, [a.closure_criteria?.reviewer, ...ctx.policy.senior_roles].filter((r): r is string => r !== undefined), a, [a.owner]);
      const anchor = a.closure?.evidence_reviewed !== undefined ? ['closure', 'evidence_reviewed'] : a.closure !== undefined ? ['closure'] : ['status'];
      out.push(findingAt(META, file, anchor,
        `${a.id} needs ${needed} supporting evidence item${needed === 1 ? '' : 's'} recorded and committed by someone other than its owner, ${personLabel(ctx, a.owner)}, counting items dated up to ${decisionPhrase(ctx, a)}; `
        + `it has ${independent}${reasons.length ? ` (${listOf(reasons)})` : counted.length === 0 ? ' (no supporting evidence at all)' : ''}. `
        + `The person doing the work cannot be the only one saying it worked. Ask someone else${others.length ? `, such as ${listOf(others.slice(0, 3), 'or')},` : ''} to check practice and record what they find with "cqc evidence add ${a.id}" under their own name and git identity.`,
        a.id, true));
    }
    return out;
  },
};
