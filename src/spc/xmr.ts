// Statistical process control for one measured target (SPEC "SPC assurance (v2)"): an XmR chart
// tells a lasting change from noise, so closure is not argued from two lucky audits. Pure: the
// caller has already dropped invalid measurements and those below min_sample; several on one date
// are reduced here as well (worst of the day), so no caller can count a date twice.
import {
  outsideLimits, runOnOneSide, trend, twoOfThree, type RuleInput, type Side, type SpecialCauseRule,
} from './special-cause.js';

export type { Side, SpecialCauseRule } from './special-cause.js';
export type Direction = 'at_least' | 'at_most';
export type Variation = 'improvement' | 'concern' | 'common-cause';
export type Assurance = 'consistent-pass' | 'consistent-fail' | 'hit-and-miss';

/** One measured value of a target on a calendar date (YYYY-MM-DD). */
export interface Measurement { date: string; value: number }

export interface SpcPoint extends Measurement {
  side: Side;
  /** The special-cause rules this point is part of; empty for common cause. */
  rules: SpecialCauseRule[];
  /** A special-cause point's direction judged by the target's good direction; else common-cause. */
  variation: Variation;
}

export interface XmrInput {
  points: readonly Measurement[];
  goal: number;
  direction: Direction;
  /** target.spc_from: only points on or after this date count. */
  spcFrom?: string;
  /** policy.spc_min_points. */
  minPoints?: number;
}

export interface XmrResult {
  /**
   * The points SPC used: one per date (the worst of the day), from spcFrom, oldest first. Their
   * special-cause rules are computed whenever there are limits, but only count when `judged`.
   */
  points: SpcPoint[];
  mean: number | null;
  meanMovingRange: number | null;
  /** Process limits, mean ± 2.66 × mean moving range: from 2 points (one moving range) on, judged or not. */
  limits: { lower: number; upper: number } | null;
  minPoints: number;
  /** At least minPoints (and never fewer than 2) dates; when false, variation and assurance are null. */
  judged: boolean;
  variation: Variation | null;
  assurance: Assurance | null;
}

export const DEFAULT_MIN_POINTS = 12;
/** 3 / d2 for moving ranges of two points, rounded as NHS "Making Data Count" and Wheeler use it. */
export const LIMIT_FACTOR = 2.66;

/**
 * Several measurements of one target on one date count as one, the worst of that day (lowest for
 * at_least, highest for at_most; the first of equals). Keeps the caller's objects, oldest first.
 */
export function worstOfDay<T extends Measurement>(measurements: readonly T[], direction: Direction): T[] {
  const byDate = new Map<string, T>();
  for (const m of measurements) {
    const kept = byDate.get(m.date);
    if (!kept || (direction === 'at_least' ? m.value < kept.value : m.value > kept.value)) byDate.set(m.date, m);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Values that differ by no more than this are equal: a percentage computed as 29/100 × 100 is
 * 28.999999999999996, and an all-equal series must still have zero variation, and a goal "at" a
 * limit must still be at it. One part in a billion of the largest magnitude involved (at least 1).
 */
export function tolerance(values: readonly number[]): number {
  return 1e-9 * Math.max(1, ...values.map(Math.abs));
}

export function xmr(input: XmrInput): XmrResult {
  const minPoints = input.minPoints ?? DEFAULT_MIN_POINTS;
  const counted = worstOfDay(input.points.filter((p) => Number.isFinite(p.value)), input.direction)
    .filter((p) => input.spcFrom === undefined || p.date >= input.spcFrom);
  const values = counted.map((p) => p.value);
  const empty = { minPoints, judged: false, variation: null, assurance: null, limits: null, meanMovingRange: null };
  if (values.length === 0) return { ...empty, points: [], mean: null };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const tol = tolerance([...values, input.goal]);
  const side = (v: number): Side => (v - mean > tol ? 'above' : mean - v > tol ? 'below' : 'on');
  const sides = values.map(side);
  if (values.length < 2) {
    return { ...empty, mean, points: counted.map((p, i) => ({ ...p, side: sides[i]!, rules: [], variation: 'common-cause' })) };
  }
  const movingRanges = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const meanMovingRange = movingRanges.reduce((a, b) => a + b, 0) / movingRanges.length;
  const limits = { lower: mean - LIMIT_FACTOR * meanMovingRange, upper: mean + LIMIT_FACTOR * meanMovingRange };
  const rules: RuleInput = { values, sides, mean, ...limits, tolerance: tol };
  const outside = outsideLimits(rules);
  const run = runOnOneSide(rules);
  const trendDirection = trend(rules);
  const nearLimit = twoOfThree(rules);
  const points = counted.map((p, i): SpcPoint => {
    const fired: SpecialCauseRule[] = [];
    if (outside[i]) fired.push('outside-limits');
    if (run[i]) fired.push('run-of-7');
    if (trendDirection[i] !== 0) fired.push('trend-of-7');
    if (nearLimit[i]) fired.push('two-of-three');
    // A point on the mean has no side; only a trend can make it special, so the trend gives its direction.
    const high = sides[i] === 'on' ? trendDirection[i]! > 0 : sides[i] === 'above';
    const variation = fired.length === 0 ? 'common-cause' : high === (input.direction === 'at_least') ? 'improvement' : 'concern';
    return { ...p, side: sides[i]!, rules: fired, variation };
  });
  const judged = points.length >= Math.max(minPoints, 2);
  return {
    points, mean, meanMovingRange, limits, minPoints, judged,
    variation: judged ? points[points.length - 1]!.variation : null,
    assurance: judged ? assurance(input.goal, input.direction, limits, tol) : null,
  };
}

/**
 * Whether the process will meet the goal: consistently when the goal is at or beyond the limit on
 * the passing side, never when strictly beyond the limit on the failing side. "At" is within the
 * tolerance, so a constant 100% series passes a 100% goal.
 */
export function assurance(goal: number, direction: Direction, limits: { lower: number; upper: number }, tol: number): Assurance {
  if (direction === 'at_least') {
    if (goal <= limits.lower + tol) return 'consistent-pass';
    return goal > limits.upper + tol ? 'consistent-fail' : 'hit-and-miss';
  }
  if (goal >= limits.upper - tol) return 'consistent-pass';
  return goal < limits.lower - tol ? 'consistent-fail' : 'hit-and-miss';
}
