// Anyone can type "decided_by: grace-okafor"; only Grace's own commit shows it was her decision. The
// same holds for the recommendation, a hold, the commit that set the status to closed, each
// post-closure review and each reopening: the record names a person, and git must show it was them.
import { actionTrailAt, closedRecorded, decisionRecorded, entryRecorded, recommendationRecorded, type Recorded } from '../audit/index.js';
import { recordedWhile } from '../audit/recorded.js';
import { list, mapping, stable, type Data } from '../audit/parse.js';
import type { TrailCommit } from '../audit/types.js';
import { commitWords } from '../audit/words.js';
import type { DataPath } from '../repo/source.js';
import type { Action, Finding } from '../model.js';
import { personLabel } from './closure-facts.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'closure-attribution',
  severity: 'error',
  stage: 'git',
  description: 'A recommendation, decision, hold, closure, post-closure review or reopening was committed by someone other than the person the record names.',
};

/** The fields of a decision beyond who, when and what (those are the decision's own key). */
const DECISION_DETAILS = ['evidence_reviewed', 'minutes', 'rationale'] as const;

/** One step the record attributes to a person, and where it sits in the file. */
interface Step { named: string | undefined; recorded: Recorded; at: DataPath; what: string; key: boolean; on?: string; detail?: boolean }

function steps(ctx: RuleContext, path: string, action: Action): Step[] {
  const history = actionTrailAt(ctx.trail!, path);
  const data = action as unknown as Data;
  const { closure } = action;
  const decision = decisionRecorded(history, data);
  const out: Step[] = [
    { named: closure?.decided_by, recorded: decision, at: ['closure', 'decided_by'], what: closure?.decision === 'hold' ? 'hold decision' : 'closure decision', key: true },
    { named: closure?.recommended_by, recorded: recommendationRecorded(history, data), at: ['closure', 'recommended_by'], what: 'recommendation to close', key: true },
  ];
  if (action.status === 'closed') {
    const closed = closedRecorded(history);
    // The same commit as the decision says the same thing once.
    const same = closed.state === 'committed' && decision.state === 'committed' && closed.version.commit === decision.version.commit;
    if (!same) out.push({ named: closure?.decided_by, recorded: closed, at: ['status'], what: 'change of status to closed', key: false });
  }
  // Each field of closure is the person's it belongs to (SPEC "Attribution"): the evidence reviewed,
  // minutes and rationale are the decider's. A change to them after the decision commit is judged;
  // what stood before it (written with the recommendation, say) the decider took on by deciding.
  if (closure?.decided_by !== undefined && decision.state === 'committed') {
    for (const field of DECISION_DETAILS) {
      const now = stable(closure[field] ?? null);
      const recorded = recordedWhile(history, (d) => stable(mapping(d, 'closure')?.[field] ?? null) === now);
      if (recorded.state !== 'committed' || recorded.version.commit.index <= decision.version.commit.index) continue;
      out.push({ named: closure.decided_by, recorded, at: closure[field] !== undefined ? ['closure', field] : ['closure'], what: field.replace('_', ' '), key: closure[field] !== undefined, detail: true });
    }
  }
  action.post_closure?.reviews?.forEach((entry, i) => out.push({
    named: entry.by, on: entry.on, at: ['post_closure', 'reviews', i], key: false, what: 'post-closure review',
    recorded: entryRecorded(history, entry, (d) => list(mapping(d, 'post_closure'), 'reviews')),
  }));
  action.reopened?.forEach((entry, i) => out.push({
    named: entry.by, on: entry.on, at: ['reopened', i], key: false, what: 'reopening',
    recorded: entryRecorded(history, entry, (d) => list(d, 'reopened')),
  }));
  return out;
}

function message(ctx: RuleContext, id: string, step: Step, named: string, commit: TrailCommit): string {
  const unknown = commit.person === undefined;
  const not = unknown ? '' : `, not by ${named}`;
  const ask = `Ask ${named} to review the record and commit it from an email listed for them in people.yaml`
    + `${unknown ? ` (if ${commit.author.email} is theirs, a senior person should first add it to their entry and the step should then be recommitted)` : ''}.`;
  if (step.detail) {
    return `The ${step.what} of the closure decision on ${id} was last changed in ${commitWords(commit)}${not}, after the decision by ${personLabel(ctx, named)} was recorded. `
      + `Every part of a closure decision is the decider's, so a later change by anyone else rewrites what was decided. Restore it as the decision recorded it, or ${ask.charAt(0).toLowerCase()}${ask.slice(1)}`;
  }
  if (step.what === 'change of status to closed') {
    return `${id} was set to closed in ${commitWords(commit)}${not}, but its closure decision names ${personLabel(ctx, named)}. `
      + `An action is closed by its decider's own commit, so the trail shows who closed it. ${ask}`;
  }
  return `The ${step.what} on ${id}${step.on ? ` dated ${step.on}` : ''} names ${personLabel(ctx, named)}, but it was recorded by ${commitWords(commit)}${not}. `
    + `A ${step.what} counts only when that person commits it themselves. ${ask}`;
}

export const closureAttribution: Rule = {
  meta: META,
  check(ctx) {
    if (!ctx.trail) return [];
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      for (const step of steps(ctx, file.path, action)) {
        // Not committed yet: not-committed says so; it is judged once it is part of the trail.
        if (step.named === undefined || step.recorded.state !== 'committed') continue;
        const commit = step.recorded.version.commit;
        if (!commit.judged || commit.person === step.named) continue;
        out.push(findingAt(META, file, step.at, message(ctx, action.id, step, step.named, commit), action.id, step.key));
      }
    }
    return out;
  },
};
