// `cqc review <id> --result sustained|deteriorated`: the post-closure check that the improvement
// held once scrutiny eased. A deteriorated result reopens the action in the same step. A sustained
// review is judged by the same rules as `cqc check` (post-closure-review) before it is written, so
// one the rules would reject (by the owner, without the right role, citing no later evidence, or
// while a later measurement misses the goal) is refused with what to record next.
import type { Io } from '../io.js';
import { appendOrdered, flowList } from '../workflow/edit.js';
import { personName } from '../workflow/person.js';
import { beginStep, finishStep, refuse, reportStep, type StepOptions, type StepResult } from '../workflow/step.js';
import { recordReopen, reopenedTooEarly } from './reopen.js';

export type ReviewResult = 'sustained' | 'deteriorated';
export interface ReviewOptions extends StepOptions {
  result: ReviewResult;
  note?: string;
  /** Evidence ids the reviewer looked at (--evidence, repeatable). */
  evidence?: string[];
}

export async function reviewCommand(id: string, opts: ReviewOptions, io: Io): Promise<number> {
  const step = await beginStep(id, opts, io);
  const early = reopenedTooEarly(step, 'The post-closure review');
  let result: StepResult;
  if (step.record.action.status !== 'closed') {
    result = refuse(`${id} is not closed, so there is no post-closure review to record. Post-closure reviews follow a closure decision.`);
  } else if (early) {
    result = refuse(early);
  } else {
    const cited = [...new Set(opts.evidence ?? [])];
    appendOrdered(step.doc, ['post_closure', 'reviews'], {
      on: step.on, by: step.person.id, result: opts.result,
      ...(cited.length ? { evidence: flowList(step.doc, cited) } : {}),
      ...(opts.note ? { note: opts.note } : {}),
    });
    if (opts.result === 'deteriorated') {
      recordReopen(step, `Post-closure review on ${step.on} by ${step.person.name ?? step.person.id} found the improvement had deteriorated${opts.note ? `: ${opts.note}` : ''}`);
    }
    result = await finishStep(step, { event: 'reviewed', subject: `${id}: post-closure review (${opts.result})`, commit: opts.commit });
  }
  const done = opts.result === 'sustained'
    ? `${personName(step.person)} recorded a post-closure review of ${id} on ${step.on}: improvement sustained.`
    : `${personName(step.person)} recorded a post-closure review of ${id} on ${step.on}: improvement deteriorated, so ${id} is reopened and back in progress.`;
  return reportStep(io, result, done, `The review of ${id} was not recorded.`);
}
