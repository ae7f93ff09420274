// `cqc close <id>`: record the closure decision, but only when every closure rule passes for a
// decision by this person on this date. While any fails, the file is left untouched and each
// blocking rule is explained: closing is a governance decision, not a status change.
import type { Io } from '../io.js';
import { clearDecisionDetails, evidenceReviewed, reviewDue, statusWords } from '../workflow/closure.js';
import { flowList, setOrdered } from '../workflow/edit.js';
import { personName } from '../workflow/person.js';
import { closureBlockersWith } from '../workflow/readiness.js';
import { beginStep, finishStep, refuse, reportStep, type StepOptions, type StepResult } from '../workflow/step.js';

export interface CloseOptions extends StepOptions {
  minutes?: string;
  rationale?: string;
}

export async function closeCommand(id: string, opts: CloseOptions, io: Io): Promise<number> {
  const step = await beginStep(id, opts, io);
  const { action } = step.record;
  const { ctx } = step.ws;
  const reasons: string[] = [];
  if (action.status === 'closed') {
    reasons.push(`${id} is already closed (decided on ${action.closure?.decided_on ?? 'an unrecorded date'}). To decide again, reopen it first with "cqc reopen ${id} --reason …".`);
  } else if (action.closure?.recommended_by === undefined) {
    reasons.push(`status-transition: nobody has recommended ${id} for closure. The reviewer (${action.closure_criteria?.reviewer ?? 'the role in closure_criteria.reviewer'}) records that first with "cqc recommend ${id}".`);
  } else if (action.status !== 'monitoring') {
    reasons.push(`status-transition: ${id} is ${statusWords(action.status)}; an action closes from monitoring, after its recommendation. Run "cqc recommend ${id}" again once the work is done.`);
  } else if (action.closure.recommended_on !== undefined && step.on < action.closure.recommended_on) {
    // Said in the words of this command: the rule's own message is written for a closed record.
    reasons.push(`closure-decision: the decision date ${step.on} is before the recommendation it decides on (${action.closure.recommended_on}). A decision comes after the recommendation: give the date of the meeting that decided, on or after ${action.closure.recommended_on}, with --on.`);
  }
  let result: StepResult;
  if (reasons.length) {
    result = refuse(...reasons);
  } else {
    const reviewed = evidenceReviewed(ctx, action, step.on);
    const { doc } = step;
    clearDecisionDetails(doc);
    setOrdered(doc, ['status'], 'closed');
    setOrdered(doc, ['closure', 'decided_by'], step.person.id);
    setOrdered(doc, ['closure', 'decided_on'], step.on);
    setOrdered(doc, ['closure', 'decision'], 'close');
    if (reviewed.length) setOrdered(doc, ['closure', 'evidence_reviewed'], flowList(doc, reviewed));
    if (opts.minutes !== undefined) setOrdered(doc, ['closure', 'minutes'], opts.minutes);
    if (opts.rationale !== undefined) setOrdered(doc, ['closure', 'rationale'], opts.rationale);
    setOrdered(doc, ['post_closure', 'review_due'], reviewDue(ctx, step.on));
    // Exactly what `cqc status` and `cqc report` call "ready to close" (git rules included), plus
    // whatever the decision itself breaks (who decides, on what date).
    const notReady = await closureBlockersWith(step.ws, id, step.on);
    result = await finishStep(step, {
      event: 'decided', subject: `${id}: record closure decision`, commit: opts.commit, blockAll: true, alsoBlocking: notReady,
    });
  }
  return reportStep(io, result,
    `${personName(step.person)} closed ${id} on ${step.on}. Post-closure review due by ${reviewDue(ctx, step.on)}.`,
    `${id} was not closed: ${result.ok || result.reasons.length === 1 ? 'this check fails' : `these ${result.reasons.length} checks fail`} for a decision by ${personName(step.person)} on ${step.on}.`);
}
