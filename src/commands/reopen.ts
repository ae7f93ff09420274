// `cqc reopen <id> --reason …`: a reopen trigger happened (an incident, missing records, a
// deteriorated review). The old decision stays in the file; the reopen is appended beside it.
import type { Io } from '../io.js';
import { appendOrdered, setOrdered } from '../workflow/edit.js';
import { personName } from '../workflow/person.js';
import { beginStep, finishStep, refuse, reportStep, type Step, type StepOptions, type StepResult } from '../workflow/step.js';

export interface ReopenOptions extends StepOptions { reason: string }

/** Append a reopen entry and move the action back to in_progress. */
export function recordReopen(step: Step, reason: string): void {
  appendOrdered(step.doc, ['reopened'], { on: step.on, by: step.person.id, reason });
  setOrdered(step.doc, ['status'], 'in_progress');
}

export async function reopenCommand(id: string, opts: ReopenOptions, io: Io): Promise<number> {
  const step = await beginStep(id, opts, io);
  const { status } = step.record.action;
  let result: StepResult;
  if (status !== 'closed' && status !== 'monitoring') {
    result = refuse(`${id} is ${status.replace('_', ' ')}, not closed or in monitoring, so there is nothing to reopen.`);
  } else {
    recordReopen(step, opts.reason);
    result = await finishStep(step, { event: 'reopened', subject: `${id}: reopen`, commit: opts.commit });
  }
  return reportStep(io, result,
    `${personName(step.person)} reopened ${id} on ${step.on}; it is back in progress. Agree the next steps, then gather fresh evidence.`,
    `${id} was not reopened.`);
}
