// The evidence a closure rested on must stay as it was when the decision was taken; changing or
// deleting it afterwards rewrites the reason the action was closed. And a concern, once recorded,
// may be softened or removed only by the person who recorded it or a senior, never quietly.
import { dateAt, evidenceOf, firstChangeAfter, isGone, otherFileAt } from '../audit/evidence.js';
import { concernChanges, evidenceIds, type ConcernChange } from '../audit/evidence-items.js';
import { isSenior } from '../audit/registry.js';
import type { Trail } from '../audit/types.js';
import { closureDecisionCommit } from '../audit/verify.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-altered',
  severity: 'error',
  stage: 'git',
  description: 'Evidence behind a closure was changed or deleted after the decision, or a recorded concern was softened or deleted by someone other than its recorder or a senior.',
};

export const evidenceAltered: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const byPath = new Map(ctx.evidence.map((e) => [e.file.path, e] as const));
    const out: Finding[] = [];
    /** Evidence ids already reported as changed after a decision: one finding per item is enough. */
    const reported = new Set<string>();
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
        reported.add(name);
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
    out.push(...softenedConcerns(ctx, trail, reported));
    return out;
  },
};

/** A change to a concern is its recorder's or a senior's to make; anyone else's is flagged (the first per item). */
function softenedConcerns(ctx: RuleContext, trail: Trail, reported: ReadonlySet<string>): Finding[] {
  const byPath = new Map(ctx.evidence.map((e) => [e.file.path, e.file.data as Record<string, unknown>] as const));
  const locationOf = new Map(ctx.actions.map((a) => [a.action.id, a.action.location] as const));
  const out: Finding[] = [];
  for (const id of evidenceIds(trail)) {
    if (reported.has(id)) continue;
    // A senior role counts where the item's action is (group-wide roles everywhere).
    const senior = (c: { commit: { before: Parameters<typeof isSenior>[0] }; action?: string }, person: string) => isSenior(c.commit.before, person, c.action !== undefined ? locationOf.get(c.action) : undefined);
    const change = concernChanges(trail, id, (path) => byPath.get(path))
      .find((c) => c.commit.judged && !(c.commit.person !== undefined && (c.commit.person === c.recorder || senior(c, c.commit.person))));
    if (!change) continue;
    const finding = concernFinding(ctx, change);
    if (finding) out.push(finding);
  }
  return out;
}

function concernFinding(ctx: RuleContext, c: ConcernChange): Finding | undefined {
  const today = ctx.evidenceById.get(c.id)?.[0];
  const actionId = today?.evidence.action ?? c.action;
  const seniors = ctx.policy.senior_roles.join(' or ');
  const message = `Evidence ${c.id} recorded a concern${c.recorder !== undefined ? ` (recorded by ${c.recorder})` : ''}, and ${commitWords(c.commit)} ${c.what}. `
    + `Only the person who recorded a concern, or someone with a senior role (${seniors}), may soften or remove it, so that a concern is never quietly made to disappear. `
    + `Restore it as it was (see "git log -- <file>"); if the concern has been dealt with, record that as a new evidence item, or ask ${c.recorder ?? 'its recorder'} or a senior to correct it.`;
  if (today) return findingAt(META, today.file, c.kind === 'deleted' ? ['id'] : ['finding'], message, actionId, true);
  const action = actionId === undefined ? undefined : ctx.actionById(actionId);
  return action ? findingAt(META, action.file, ['id'], message, actionId, true) : undefined;
}
