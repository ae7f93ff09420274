// `cqc recommend <id>`: the reviewer records that the evidence supports closure. The action moves
// to monitoring (the holding stage) until the approver decides. When the rules would not let it
// close today, the recommendation is still recorded, with a warning naming what to record next.
import type { Io } from '../io.js';
import type { Finding } from '../model.js';
import { renderDocument } from '../repo/write.js';
import { scopeWords } from '../roles.js';
import { clearDecision } from '../workflow/closure.js';
import { setOrdered } from '../workflow/edit.js';
import { holdsRole, personName } from '../workflow/person.js';
import { blockerLines, closureBlockersWith } from '../workflow/readiness.js';
import { beginStep, finishStep, refuse, reportStep, type StepOptions, type StepResult } from '../workflow/step.js';
import { tell } from '../workflow/tell.js';

export async function recommendCommand(id: string, opts: StepOptions, io: Io): Promise<number> {
  const step = await beginStep(id, opts, io);
  const { action } = step.record;
  const reviewer = action.closure_criteria?.reviewer;
  let result: StepResult;
  let notYet: Finding[] = [];
  if (action.status === 'open') {
    result = refuse(`${id} is still open: work has not started, so there is nothing to recommend yet. Record evidence with "cqc evidence add ${id}" (that moves it to in progress) first.`);
  } else if (action.status === 'closed') {
    result = refuse(`${id} is already closed. To look at it again, reopen it with "cqc reopen ${id} --reason …".`);
  } else if (reviewer === undefined) {
    result = refuse(`${id} has no closure_criteria.reviewer, so nobody is agreed to recommend closure. Add the reviewer role to the action's closure criteria first.`);
  } else if (!holdsRole(step.person, reviewer, action.location)) {
    const holders = [...step.ws.ctx.people.values()].filter((p) => holdsRole(p, reviewer, action.location)).map(personName);
    result = refuse(`${personName(step.person)} does not hold the ${reviewer} role ${scopeWords(action.location)} that ${id} needs to recommend closure.${holders.length ? ` Ask ${holders.join(' or ')} to recommend it.` : ` Nobody in people.yaml holds it there yet.`}`);
  } else {
    // A new recommendation starts a new decision: an earlier hold or closure no longer stands.
    clearDecision(step.doc);
    setOrdered(step.doc, ['closure', 'recommended_by'], step.person.id);
    setOrdered(step.doc, ['closure', 'recommended_on'], step.on);
    if (action.status === 'in_progress') setOrdered(step.doc, ['status'], 'monitoring');
    // The reviewer's judgement stands, but the approver should not find out at the meeting that
    // the rules would stop the closure: say now what would, and what to record next.
    const candidate = { path: step.record.file.path, text: renderDocument(step.doc, step.record.file.text) };
    notYet = await closureBlockersWith(step.ws, id, step.on, [candidate]);
    result = await finishStep(step, { event: 'recommended', subject: `${id}: recommend closure`, commit: opts.commit });
  }
  const code = reportStep(io, result,
    `${personName(step.person)} recommended ${id} for closure on ${step.on}; it is now in monitoring until the approver (${action.closure_criteria?.approver ?? 'see closure criteria'}) decides.`,
    `${id} was not recommended for closure.`);
  if (result.ok && notYet.length) {
    const lines = blockerLines(notYet);
    tell(io, 'stderr', `cqc: warning: the evidence would not support closing ${id} today; "cqc close" would refuse until ${lines.length === 1 ? 'this is' : `these ${lines.length} are`} put right:\n${lines.map((l) => `  - ${l}\n`).join('')}`);
  }
  return code;
}
