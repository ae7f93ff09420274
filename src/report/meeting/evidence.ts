// What an action's evidence amounts to for the meeting: which CQC categories it covers, which
// types support closure, and its measurements over time against the target.
import { EVIDENCE_CATEGORIES, evidenceCategory } from '../../framework/evidence-categories.js';
import type { Action } from '../../model.js';
import { supportingEvidence } from '../../rules/closure-facts.js';
import { describeGoal, formatValue, measurementsOf, meetsGoal, type Measurement } from '../../rules/measurements.js';
import type { RuleContext } from '../../engine/types.js';
import type { CategoryCount, MeasurementPoint, Trend } from './types.js';

/** Evidence per CQC category (only categories with at least one item), in CQC's order. */
export function categoriesOf(ctx: RuleContext, actionId: string): CategoryCount[] {
  const counts = new Map<string, CategoryCount>();
  for (const { evidence } of ctx.evidenceFor(actionId)) {
    const category = evidenceCategory(evidence.type, evidence.from);
    // Evidence of type other belongs to no CQC category, so it is not shown under one.
    if (category === undefined) continue;
    const c = counts.get(category) ?? { category, items: 0, supporting: 0 };
    c.items += 1;
    if (evidence.finding === 'supports') c.supporting += 1;
    counts.set(category, c);
  }
  return EVIDENCE_CATEGORIES.flatMap((name) => (counts.has(name) ? [counts.get(name)!] : []));
}

/** Distinct evidence types among the supporting items, in the order they were first recorded. */
export function supportingTypesOf(ctx: RuleContext, actionId: string): string[] {
  return [...new Set(supportingEvidence(ctx, actionId).map((e) => e.evidence.type))];
}

export function pointsOf(measurements: Measurement[], action: Action): MeasurementPoint[] {
  const target = action.target;
  return measurements.map((m) => ({
    id: m.id,
    date: m.date,
    value: m.value,
    label: formatValue(m.value, target?.unit),
    meetsGoal: target ? meetsGoal(m.value, target) : false,
  }));
}

/** Every measurement up to the meeting date, against the target; none when nothing is measured. */
export function trendOf(ctx: RuleContext, action: Action): Trend | undefined {
  const target = action.target;
  if (!target) return undefined;
  const points = pointsOf(measurementsOf(ctx, action, ctx.asOf), action);
  if (points.length === 0) return undefined;
  return {
    actionId: action.id,
    title: action.title,
    measure: target.measure,
    unit: target.unit,
    goal: target.goal,
    direction: target.direction,
    goalText: describeGoal(target),
    points,
  };
}
