// Each measured target as the meeting sees it: every counted measurement, SPC over them as of the
// meeting date, the verdict in words, and, where SPC and the closure rules disagree, which decides
// and why. The closure rules always decide; SPC blocks closure only with require_spc_assurance.
import type { Action } from '../../model.js';
import type { RuleContext } from '../../engine/types.js';
import { describeGoal, formatValue, measurementsFor, meetsGoal, spcOf, targetsOf, type ActionTarget, type Measurement } from '../../rules/measurements.js';
import { verdictWords } from '../../spc/icons.js';
import type { XmrResult } from '../../spc/xmr.js';
import type { StatusRow } from '../../status/rows.js';
import type { ChartItem, MeasurementPoint } from './types.js';

export function pointsOf(measurements: readonly Measurement[], t: ActionTarget): MeasurementPoint[] {
  return measurements.map((m) => ({ id: m.id, date: m.date, value: m.value, label: formatValue(m.value, t.target.unit), meetsGoal: meetsGoal(m.value, t.target) }));
}

/** SPC says the goal will reliably be met, and nothing special is happening against it. */
function favourable(spc: XmrResult): boolean {
  return spc.judged && spc.assurance === 'consistent-pass' && spc.variation !== 'concern';
}

function unfavourable(spc: XmrResult): boolean {
  return spc.judged && (spc.assurance === 'hit-and-miss' || spc.assurance === 'consistent-fail' || spc.variation === 'concern');
}

/** What SPC finds, in the words a meeting would use, for the notes below. */
function spcFinding(spc: XmrResult): string {
  const parts = [
    spc.assurance === 'hit-and-miss' ? 'the process will sometimes miss the goal (hit and miss)' : '',
    spc.assurance === 'consistent-fail' ? 'the process will keep missing the goal unless it changes (consistent fail)' : '',
    spc.variation === 'concern' ? 'its latest measurement is special cause variation of concern' : '',
  ].filter(Boolean);
  return parts.join(', and ');
}

/**
 * Where SPC and the closure rules disagree, the closure rules decide; the note says so and why.
 * Undefined where they agree, or where SPC has too few points to say anything.
 */
export function closureNote(row: StatusRow, spc: XmrResult, requireAssurance: boolean): string | undefined {
  const rules = [...new Set(row.blockers.map((b) => b.rule))].join(', ');
  const closed = row.status === 'closed';
  // Waiting only for a recommendation: the closure rules themselves are met.
  const rulesMet = row.ready || row.readiness === 'ready to recommend';
  if (favourable(spc) && !rulesMet) {
    return closed
      ? `SPC shows this target consistently meeting its goal, but the closure rules decide, and they find problems with ${row.id}'s closure (${rules}). SPC alone never makes a closure sound.`
      : `SPC shows this target consistently meeting its goal, but the closure rules decide, and they are not met yet (${rules}). SPC alone never closes an action.`;
  }
  if (unfavourable(spc) && rulesMet) {
    const why = requireAssurance ? '' : ' SPC blocks closure only when cqc.yaml sets require_spc_assurance.';
    return closed
      ? `${row.id} is closed and the closure rules still stand, so the closure decides.${why} But SPC over the measurements to date says ${spcFinding(spc)}: watch it at the post-closure review.`
      : `The closure rules are met, so they decide: ${row.id} may close.${why} But SPC says ${spcFinding(spc)}: the meeting should weigh whether the improvement will hold, and record why closing is safe in the closure rationale.`;
  }
  return undefined;
}

/** One chart item per target with at least one counted measurement up to the meeting date. */
export function chartsOf(ctx: RuleContext, action: Action, row: StatusRow): ChartItem[] {
  return targetsOf(action).flatMap((t): ChartItem[] => {
    const measurements = measurementsFor(ctx, action, t, ctx.asOf);
    if (measurements.length === 0) return [];
    const spc = spcOf(ctx, action, t, ctx.asOf);
    const note = closureNote(row, spc, ctx.policy.require_spc_assurance);
    return [{
      actionId: action.id, title: action.title, ...(t.listed ? { targetId: t.id } : {}),
      measure: t.target.measure, unit: t.target.unit, goal: t.target.goal, direction: t.target.direction, goalText: describeGoal(t.target),
      points: pointsOf(measurements, t), spc, verdict: verdictWords(spc), ...(note ? { closureNote: note } : {}),
    }];
  });
}
