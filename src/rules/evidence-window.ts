// Evidence only counts for the period it describes: future-dated or pre-action evidence is a recording error, and stale evidence says nothing about practice now.
import { subDuration } from '../dates.js';
import type { Finding } from '../model.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'evidence-window',
  severity: 'error',
  stage: 'closure',
  description: 'Evidence dated in the future, before the action was raised, or outside the decision window.',
};

export const evidenceWindow: Rule = {
  meta: META,
  check(ctx) {
    return [...datedOutsideAction(ctx), ...reviewedOutsideWindow(ctx)];
  },
};

/** Each evidence item must fall between its action being raised and today. */
function datedOutsideAction(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const { file, evidence: e } of ctx.evidence) {
    const action = ctx.actionById(e.action)?.action;
    if (!action) continue; // unknown-reference reports evidence for a missing action
    if (e.date > ctx.asOf) {
      out.push(findingAt(META, file, ['date'],
        `${e.id} is dated ${e.date}, which is in the future (today is ${ctx.asOf}). Evidence records what has already been seen: correct the date to when it was gathered.`,
        e.action, true));
    } else if (e.date < action.raised) {
      out.push(findingAt(META, file, ['date'],
        `${e.id} is dated ${e.date}, before ${e.action} was raised on ${action.raised}, so it cannot show improvement made by the action. Correct the date, or use it as the baseline in the action instead of as evidence.`,
        e.action, true));
    }
  }
  return out;
}

/** What the decider reviewed must predate the decision and be recent enough to reflect current practice. */
function reviewedOutsideWindow(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const { file, action: a } of ctx.actions) {
    const decidedOn = a.closure?.decided_on;
    if (decidedOn === undefined) continue;
    const oldest = subDuration(decidedOn, ctx.policy.evidence_max_age);
    a.closure?.evidence_reviewed?.forEach((id, i) => {
      const item = ctx.evidenceById.get(id)?.find((e) => e.evidence.action === a.id)?.evidence;
      if (!item) return; // unknown-reference reports ids that are missing or belong elsewhere
      const path = ['closure', 'evidence_reviewed', i];
      if (item.date > decidedOn) {
        out.push(findingAt(META, file, path,
          `${a.id} lists ${id} as reviewed for the closure decision on ${decidedOn}, but ${id} is dated ${item.date}, after the decision. Evidence gathered later cannot have informed it: remove ${id} from closure.evidence_reviewed, or record the decision again with its real date.`,
          a.id));
      } else if (item.date < oldest) {
        out.push(findingAt(META, file, path,
          `${a.id} lists ${id} (dated ${item.date}) as reviewed for the closure decision on ${decidedOn}, but it is older than the ${ctx.policy.evidence_max_age} allowed by policy.evidence_max_age (nothing before ${oldest}). Gather fresh evidence of current practice and review that instead.`,
          a.id));
      }
    });
  }
  return out;
}
