// Anyone can type "decided_by: grace-okafor"; only Grace's own commit shows it was her decision.
import { actionTrailAt, decisionRecorded, recommendationRecorded, type Recorded } from '../audit/index.js';
import type { Data } from '../audit/parse.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import { personLabel } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'closure-attribution',
  severity: 'error',
  stage: 'git',
  description: 'The commit that recorded a recommendation or decision was not authored by that person.',
};

export const closureAttribution: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      const history = actionTrailAt(trail, file.path);
      const data = action as unknown as Data;
      const steps: [string | undefined, Recorded, 'decided_by' | 'recommended_by', string][] = [
        [action.closure?.decided_by, decisionRecorded(history, data), 'decided_by', 'closure decision'],
        [action.closure?.recommended_by, recommendationRecorded(history, data), 'recommended_by', 'recommendation to close'],
      ];
      for (const [named, recorded, key, what] of steps) {
        // Not committed yet: not-committed says so; it is judged once it is part of the trail.
        if (named === undefined || recorded.state !== 'committed') continue;
        const commit = recorded.version.commit;
        if (!commit.judged || commit.person === named) continue;
        const unknown = commit.person === undefined;
        out.push(findingAt(META, file, ['closure', key],
          `The ${what} on ${action.id} names ${personLabel(ctx, named)}, but it was recorded by ${commitWords(commit)}${unknown ? '' : `, not by ${named}`}. `
          + `A ${what} counts only when that person commits it themselves. Ask ${named} to review the record and commit it from an email listed for them in people.yaml`
          + `${unknown ? ` (if ${commit.author.email} is theirs, a senior person should first add it to their entry and the step should then be recommitted)` : ''}.`,
          action.id, true));
      }
    }
    return out;
  },
};
