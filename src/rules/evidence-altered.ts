// The evidence a closure rested on must stay as it was when the decision was taken; changing or
// deleting it afterwards rewrites the reason the action was closed.
import { dateAt, evidenceOf, firstChangeAfter, isGone, otherFileAt } from '../audit/evidence.js';
import { closureDecisionCommit } from '../audit/verify.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-altered',
  severity: 'error',
  stage: 'git',
  description: 'Evidence behind a closure was changed or deleted after the decision.',
};

export const evidenceAltered: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const byPath = new Map(ctx.evidence.map((e) => [e.file.path, e] as const));
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      const decidedOn = action.closure?.decided_on;
      const decision = closureDecisionCommit(trail, file.path, action);
      if (action.status !== 'closed' || !decision || decidedOn === undefined) continue;
      const fix = `Evidence behind a closure must not change after the decision. Restore it as it was (see "git log -- <file>"), record anything new as a new evidence item, and if the closure no longer stands reopen ${action.id}.`;
      for (const ev of evidenceOf(trail, action.id, ctx.evidenceFor(action.id).map((e) => e.file.path))) {
        const today = byPath.get(ev.chain.path);
        const dates = [dateAt(ev, decision.index), today?.evidence.date].filter((d): d is string => d !== undefined);
        if (!dates.some((d) => d <= decidedOn)) continue;
        const step = firstChangeAfter(ev.chain, decision, ev.versions);
        const commit = step ? trail.commits[step.index] : undefined;
        if (!step || !commit?.judged) continue;
        const name = ev.chain.path.split('/').pop()?.replace(/\.ya?ml$/, '') ?? ev.chain.path;
        if (isGone(ev.chain) || !today) {
          out.push(findingAt(META, file, ['closure'], `Evidence ${name} (${ev.chain.path}), dated on or before the closure decision of ${action.id} on ${decidedOn}, was ${step.status === 'D' ? 'deleted' : 'changed'} in ${commitWords(commit)}, after the decision (${commitWords(decision)}). ${fix}`, action.id, true));
        } else {
          out.push(findingAt(META, today.file, ['id'], `Evidence ${name}, dated on or before the closure decision of ${action.id} on ${decidedOn}, was ${step.status === 'R' ? 'moved and changed' : 'changed'} in ${commitWords(commit)}, after the decision (${commitWords(decision)}). ${fix}`, action.id, true));
        }
      }
      for (const e of ctx.evidenceFor(action.id)) {
        if (e.evidence.date > decidedOn) continue;
        (e.evidence.attachments ?? []).forEach((path, i) => {
          const chain = otherFileAt(trail, path);
          const step = chain ? firstChangeAfter(chain, decision) : undefined;
          const commit = step ? trail.commits[step.index] : undefined;
          if (!step || !commit?.judged) return;
          out.push(findingAt(META, e.file, ['attachments', i], `The attachment ${path} of evidence ${e.evidence.id}, which the closure of ${action.id} on ${decidedOn} rested on, was ${step.status === 'D' ? 'deleted' : 'replaced'} in ${commitWords(commit)}, after the decision (${commitWords(decision)}). ${fix}`, action.id));
        });
      }
    }
    return out;
  },
};
