// One good month can be a blip; the improvement has to hold, on several dates and for the agreed review period, before closure.
import { addDays, subDuration } from '../dates.js';
import type { Action, Finding } from '../model.js';
import { decisionDate, decisionPhrase, listOf, sustainedFor } from './closure-facts.js';
import { describeGoal, describeMeasurement, meetsGoal, targetSubject } from './measurement-words.js';
import { seriesOf, targetsOf, uncountedNote, type ActionTarget, type Measurement } from './measurements.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'target-not-sustained',
  severity: 'error',
  stage: 'closure',
  description: 'Closed while the latest measurements of a target, on distinct dates, do not all meet the goal, or have not met it for the review period.',
  countsEvidence: true,
};

export const targetNotSustained: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      for (const t of targetsOf(a)) {
        // No point at all is fewer than sustained_for (SPEC "Measurements"): reported here as well as by target-not-met.
        const points = seriesOf(ctx, a, t, decisionDate(ctx, a));
        const problem = notSustained(ctx, a, t, points) ?? notHeldForReviewPeriod(ctx, a, t, points);
        if (problem) out.push(findingAt(META, file, problem.anchor, problem.message, a.id, true));
      }
    }
    return out;
  },
};

interface Problem { anchor: readonly (string | number)[]; message: string }

/** Fewer than sustained_for points up to the decision, or one of the latest sustained_for misses. */
function notSustained(ctx: RuleContext, a: Action, t: ActionTarget, points: Measurement[]): Problem | undefined {
  const { target } = t;
  const n = sustainedFor(ctx, a);
  const latest = points.slice(-n);
  const missed = latest.filter((m) => !meetsGoal(m.value, target));
  if (latest.length >= n && !missed.length) return undefined;
  const why = latest.length === 0
    ? `it has no measurement up to ${decisionPhrase(ctx, a)}${uncountedNote(ctx, a, t, decisionDate(ctx, a))}.`
    : latest.length < n
    ? `it has only ${latest.length} measurement${latest.length === 1 ? '' : 's'} up to ${decisionPhrase(ctx, a)} (${listOf(latest.map((m) => describeMeasurement(m, target.unit)))})${uncountedNote(ctx, a, t, decisionDate(ctx, a))}.`
    : `of its latest ${n} up to ${decisionPhrase(ctx, a)}, ${listOf(missed.map((m) => describeMeasurement(m, target.unit)))} ${missed.length > 1 ? 'miss' : 'misses'} the goal.`;
  return {
    anchor: a.closure_criteria?.sustained_for !== undefined ? ['closure_criteria', 'sustained_for'] : [...t.path, 'goal'],
    message: `${targetSubject(a.id, t)} must meet its goal of ${describeGoal(target)} in ${n} consecutive measurements before closing, but ${why} Keep it in monitoring until the latest ${n} measurements all meet the goal.`,
  };
}

/**
 * With a review_period, the run of points meeting the goal that ends at the latest must have begun
 * on or before decided_on − review_period (calendar arithmetic: 31 March − P1M is 28 or 29 February).
 */
function notHeldForReviewPeriod(ctx: RuleContext, a: Action, t: ActionTarget, points: Measurement[]): Problem | undefined {
  const period = a.closure_criteria?.review_period;
  if (period === undefined) return undefined;
  const decided = decisionDate(ctx, a);
  const heldSince = subDuration(decided, period);
  let first = points.length;
  while (first > 0 && meetsGoal(points[first - 1]!.value, t.target)) first--;
  const start = points[first];
  if (!start || start.date <= heldSince) return undefined;
  return {
    anchor: ['closure_criteria', 'review_period'],
    message: `${targetSubject(a.id, t)} has met its goal of ${describeGoal(t.target)} only since ${start.id} on ${start.date}, but its review period of ${period} means the goal must have held since ${heldSince} or earlier at ${decisionPhrase(ctx, a)}. Keep it in monitoring: if every measurement keeps meeting the goal, it can close on or after ${earliestClosure(start.date, period)}.`,
  };
}

/** The first decision date whose review period reaches back to `start` (a month end clamps, so step on). */
function earliestClosure(start: string, period: string): string {
  let day = start;
  while (subDuration(day, period) < start) day = addDays(day, 1);
  return day;
}
