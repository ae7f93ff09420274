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

/**
 * A reopening undoes the latest recommendation or decision, so it cannot be dated before it: a
 * backdated reopen would leave that recommendation looking newer than the reopen, and it could
 * close the action again (closure-decision, status-transition). Undefined when the date is fine.
 */
export function reopenedTooEarly(step: Step, what: string): string | undefined {
  const closure = step.record.action.closure;
  const marks: [string, string | undefined][] = [
    [`the ${closure?.decision === 'hold' ? 'hold' : 'closure'} decision`, closure?.decided_on],
    ['the recommendation', closure?.recommended_on],
  ];
  const latest = marks.filter((m): m is [string, string] => m[1] !== undefined).sort((a, b) => b[1].localeCompare(a[1]))[0];
  if (latest === undefined || step.on >= latest[1]) return undefined;
  return `${what} is dated ${step.on}, before ${latest[0]} on ${latest[1]}; it can only come on or after that day. Give the date it happened with --on (or leave --on out for today).`;
}

export async function reopenCommand(id: string, opts: ReopenOptions, io: Io): Promise<number> {
  const step = await beginStep(id, opts, io);
  const { status } = step.record.action;
  const early = reopenedTooEarly(step, 'The reopening');
  let result: StepResult;
  if (status !== 'closed' && status !== 'monitoring') {
    result = refuse(`${id} is ${status.replace('_', ' ')}, not closed or in monitoring, so there is nothing to reopen.`);
  } else if (early) {
    result = refuse(early);
  } else {
    recordReopen(step, opts.reason);
    result = await finishStep(step, { event: 'reopened', subject: `${id}: reopen`, commit: opts.commit });
  }
  return reportStep(io, result,
    `${personName(step.person)} reopened ${id} on ${step.on}; it is back in progress. Agree the next steps, then gather fresh evidence.`,
    `${id} was not reopened.`);
}
