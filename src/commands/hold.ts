// `cqc hold <id>`: the approver decides not to close yet (evidence does not align, or has not been
// sustained) and keeps the action in the monitored holding stage, with the date governance will
// decide again (`return_by`), so a hold can never become a quiet way of leaving an action open.
import { addDuration } from '../dates.js';
import type { Io } from '../io.js';
import { scopeWords } from '../roles.js';
import { DEFAULT_HOLD_RETURN } from '../policy.js';
import { clearDecisionDetails, evidenceReviewed } from '../workflow/closure.js';
import { flowList, setOrdered } from '../workflow/edit.js';
import { holdsRole, personName } from '../workflow/person.js';
import { beginStep, finishStep, refuse, reportStep, type StepOptions, type StepResult } from '../workflow/step.js';

export interface HoldOptions extends StepOptions {
  minutes?: string;
  rationale?: string;
  /** When governance decides again (YYYY-MM-DD); default: four weeks after the decision. */
  returnBy?: string;
}

export async function holdCommand(id: string, opts: HoldOptions, io: Io): Promise<number> {
  const step = await beginStep(id, opts, io);
  const { action } = step.record;
  const approver = action.closure_criteria?.approver;
  const fourWeeksOn = addDuration(step.on, DEFAULT_HOLD_RETURN);
  const returnBy = opts.returnBy ?? fourWeeksOn;
  let result: StepResult;
  if (action.status !== 'in_progress' && action.status !== 'monitoring') {
    result = refuse(action.status === 'closed'
      ? `${id} is closed. To put it back under watch, reopen it with "cqc reopen ${id} --reason …".`
      : `${id} is still open: work has not started, so there is no closure to hold. Record evidence with "cqc evidence add ${id}" first.`);
  } else if (approver !== undefined && !holdsRole(step.person, approver, action.location)) {
    result = refuse(`${personName(step.person)} does not hold the ${approver} role ${scopeWords(action.location)} that decides on ${id}; only the approver can record a hold decision.`);
  } else if (returnBy <= step.on) {
    result = refuse(`--return-by ${returnBy} is not after the decision (${step.on}): a hold says when governance will decide again, so the date must be later than the decision. Give a later date, or leave out --return-by for four weeks on (${fourWeeksOn}).`);
  } else {
    const { doc } = step;
    clearDecisionDetails(doc);
    setOrdered(doc, ['status'], 'monitoring');
    setOrdered(doc, ['closure', 'decided_by'], step.person.id);
    setOrdered(doc, ['closure', 'decided_on'], step.on);
    setOrdered(doc, ['closure', 'decision'], 'hold');
    setOrdered(doc, ['closure', 'return_by'], returnBy);
    const reviewed = evidenceReviewed(step.ws.ctx, action, step.on);
    if (reviewed.length) setOrdered(doc, ['closure', 'evidence_reviewed'], flowList(doc, reviewed));
    if (opts.minutes !== undefined) setOrdered(doc, ['closure', 'minutes'], opts.minutes);
    if (opts.rationale !== undefined) setOrdered(doc, ['closure', 'rationale'], opts.rationale);
    result = await finishStep(step, { event: 'held', subject: `${id}: hold closure, keep in monitoring`, commit: opts.commit });
  }
  return reportStep(io, result,
    `${personName(step.person)} held ${id} on ${step.on}: it stays in monitoring, and governance decides again by ${returnBy}`
    + `${opts.returnBy === undefined ? ' (four weeks after the decision, the default; choose another date with --return-by)' : ''}. `
    + 'Record more evidence, then recommend it again when it is ready.',
    `${id} was not held.`);
}
