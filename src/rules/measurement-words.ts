// Measurements and goals in the words a quality lead uses (91.7%, "at least 95%"), and the one
// test of "meets the goal", so every message, report and JSON field says the same thing.
import type { Target } from '../model.js';
import type { ActionTarget, Measurement } from './measurements.js';

/** Values this close to the goal count as on it (12/12 × 100 must equal 100). */
const TOLERANCE = 1e-9;

/** Does a value reach the goal in the target's direction? */
export function meetsGoal(value: number, target: Pick<Target, 'goal' | 'direction'>): boolean {
  return target.direction === 'at_most' ? value <= target.goal + TOLERANCE : value >= target.goal - TOLERANCE;
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

/** "above" / "short of": which way a missed value misses. */
export function missWord(target: Target): string {
  return target.direction === 'at_most' ? 'above' : 'short of';
}

/**
 * Whose goal a message is about: "MH-001" for a single target (the v1 wording), "NUT-001's target
 * screening" for one of several, so each finding says which measure it means.
 */
export function targetSubject(actionId: string, t: ActionTarget): string {
  return t.listed ? `${actionId}'s target ${t.id}` : actionId;
}
