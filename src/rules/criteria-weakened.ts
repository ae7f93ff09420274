// Closure criteria are agreed at the start. Lowering the bar once work is under way (or handing the
// action to someone else, lowering the approving role, moving it, or relinking it away from a
// high-risk area) is how a weak closure passes, so only a senior person who does not own it may do it.
import { actionTrailAt, isSenior } from '../audit/index.js';
import { str } from '../audit/parse.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { scopeWords } from '../roles.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'criteria-weakened',
  severity: 'error',
  stage: 'git',
  description: 'Target, closure criteria, owner, roles, location or high-risk links were weakened by the owner or by someone without a senior role there.',
};

export const criteriaWeakened: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      const history = actionTrailAt(trail, file.path);
      if (!history) continue;
      const leftOpenAt = history.versions.find((v) => { const s = str(v.data, 'status'); return s !== undefined && s !== 'open'; })?.commit.index;
      for (const event of history.events) {
        const weakened = event.weakened ?? [];
        // Criteria still being agreed while the action is open may change freely.
        if (event.kind !== 'criteria' || weakened.length === 0 || leftOpenAt === undefined || event.commit.index <= leftOpenAt) continue;
        const commit = event.commit;
        if (!commit.judged) continue;
        // The owner and location as they stood in the commit's parent: handing the action on is itself judged.
        const owner = str(event.previous?.data, 'owner');
        const location = str(event.previous?.data, 'location');
        const isOwner = commit.person !== undefined && commit.person === owner;
        if (!isOwner && isSenior(commit.before, commit.person, location)) continue;
        const who = isOwner ? `${commit.person}, who owns the action` : commit.person === undefined ? 'someone not in people.yaml'
          : `${commit.person}, who holds no senior role ${scopeWords(location)} (${commit.before.policy.senior_roles.join(', ')})`;
        out.push(findingAt(META, file, weakened[0]!.field,
          `After work on ${action.id} started, ${weakened.map((w) => w.what).join('; ')} in ${commitWords(commit)}: by ${who}. `
          + `Criteria agreed at the start may only be relaxed by a senior person independent of the work. Restore the original criteria, or have a senior non-owner review the change and commit it themselves with the reason.`,
          action.id));
      }
    }
    return out;
  },
};
