// "closed" is only true when someone decided it: a status typed in without a current decision to
// close, or resting on a decision taken before a reopen, is the false assurance this tool exists to stop.
import type { Action, Finding } from '../model.js';
import type { DataPath } from '../repo/source.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';
import { listOf } from './closure-facts.js';

const META: RuleMeta = {
  id: 'closure-decision',
  severity: 'error',
  stage: 'structure',
  description: 'An action is closed without a current decision to close it (by whom and when, after the latest reopen, not before the recommendation).',
};

/** What is wrong with the decision a closed action rests on, each with where it shows in the file. */
function problems(a: Action): [DataPath, string][] {
  const c = a.closure;
  if (!c || (c.decision === undefined && c.decided_by === undefined && c.decided_on === undefined)) return [[['status'], 'no closure decision is recorded']];
  const out: [DataPath, string][] = [];
  if (c.decision !== 'close') out.push([['closure', c.decision === undefined ? 'decided_by' : 'decision'], c.decision === undefined ? 'the decision (close, hold or reject) is not recorded' : `the decision recorded is "${c.decision}", not "close"`]);
  if (c.decided_by === undefined) out.push([['closure'], 'nobody is recorded as deciding it (closure.decided_by)']);
  if (c.decided_on === undefined) out.push([['closure'], 'the decision has no date (closure.decided_on)']);
  const reopened = (a.reopened ?? []).map((r) => r.on).filter((on) => typeof on === 'string').sort().at(-1);
  if (c.decided_on !== undefined && reopened !== undefined && c.decided_on <= reopened) {
    out.push([['closure', 'decided_on'], `the decision is dated ${c.decided_on}, on or before its latest reopening on ${reopened}: a decision taken before a reopen never closes the action again`]);
  }
  if (c.decided_on !== undefined && c.recommended_on !== undefined && c.decided_on < c.recommended_on) {
    out.push([['closure', 'decided_on'], `the decision is dated ${c.decided_on}, before the recommendation it decides on (${c.recommended_on})`]);
  }
  return out;
}

export const closureDecision: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const found = problems(a);
      if (!found.length) continue;
      const [at] = found[0]!;
      out.push(findingAt(META, file, at,
        `${a.id} is closed, but ${listOf(found.map(([, words]) => words))}. An action is closed only by a current decision to close it. `
        + `Set its status back to monitoring and have the approver (${a.closure_criteria?.approver ?? 'the role in closure_criteria.approver'}) decide with "cqc close ${a.id}"${a.reopened?.length ? ', after a new recommendation since the reopening' : ''}.`,
        a.id, at.length > 1 && at[0] === 'closure'));
    }
    return out;
  },
};
