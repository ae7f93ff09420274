// "Measurable improvement" is judged on numbers recorded in evidence, in the unit of the action's
// target: one shared reading of them keeps target-not-met, target-not-sustained and monitoring-gap in step.
import type { Evidence, Target } from '../model.js';
import type { EvidenceRecord, RuleContext } from '../engine/types.js';

/** Values this close to the goal count as on it (12/12 × 100 must equal 100). */
const TOLERANCE = 1e-9;

export interface Measurement {
  record: EvidenceRecord;
  id: string;
  date: string;
  value: number;
}

/** The measured value of an evidence item: `value`, or numerator / denominator (× 100 for percent). */
export function measuredValue(evidence: Evidence, unit: Target['unit'] | undefined): number | undefined {
  const m = evidence.measurement;
  if (!m) return undefined;
  if (m.value !== undefined) return m.value;
  if (m.numerator === undefined || m.denominator === undefined || m.denominator === 0) return undefined;
  const ratio = m.numerator / m.denominator;
  return unit === 'percent' ? 100 * ratio : ratio;
}

/** Does a value reach the goal in the target's direction? */
export function meetsGoal(value: number, target: Target): boolean {
  return target.direction === 'at_most' ? value <= target.goal + TOLERANCE : value >= target.goal - TOLERANCE;
}

/** The action's measurements dated on or before `upTo`, oldest first (date, then id). */
export function measurementsOf(ctx: RuleContext, actionId: string, unit: Target['unit'] | undefined, upTo: string): Measurement[] {
  const out: Measurement[] = [];
  for (const record of ctx.evidenceFor(actionId)) {
    const e = record.evidence;
    if (e.date > upTo) continue;
    const value = measuredValue(e, unit);
    if (value !== undefined) out.push({ record, id: e.id, date: e.date, value });
  }
  return out;
}

/** A value as a quality lead would write it: 91.7%, 3 days, 4. */
export function formatValue(value: number, unit: Target['unit'] | undefined): string {
  const n = String(Math.round(value * 10) / 10);
  if (unit === 'percent') return `${n}%`;
  if (unit === 'days') return `${n} ${n === '1' ? 'day' : 'days'}`;
  return n;
}

/** "at least 100%", "at most 2 days". */
export function describeGoal(target: Target): string {
  return `${target.direction === 'at_most' ? 'at most' : 'at least'} ${formatValue(target.goal, target.unit)}`;
}

/** "MH-001-E05 (2026-10-10) at 91.7%". */
export function describeMeasurement(m: Measurement, unit: Target['unit'] | undefined): string {
  return `${m.id} (${m.date}) at ${formatValue(m.value, unit)}`;
}
