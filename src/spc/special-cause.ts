// The four special-cause rules of SPEC "SPC assurance (v2)", each a pure pass over the points in
// date order. They are kept apart from the limits so each can be read against the contract alone.

export type SpecialCauseRule = 'outside-limits' | 'run-of-7' | 'trend-of-7' | 'two-of-three';

/** A point's side of the mean; `on` (within the tolerance) belongs to neither side and breaks a run. */
export type Side = 'above' | 'below' | 'on';

export interface RuleInput {
  values: readonly number[];
  sides: readonly Side[];
  mean: number;
  lower: number;
  upper: number;
  /** Differences at or below this are float noise, not a difference (see xmr.ts). */
  tolerance: number;
}

/** How many points make a run or a trend. */
export const RUN_LENGTH = 7;

/** Strictly above the upper or below the lower process limit. */
export function outsideLimits({ values, lower, upper, tolerance }: RuleInput): boolean[] {
  return values.map((v) => v > upper + tolerance || v < lower - tolerance);
}

/** One of 7 or more consecutive points on the same side of the mean; a point on the mean breaks it. */
export function runOnOneSide({ sides }: RuleInput): boolean[] {
  const flagged = sides.map(() => false);
  let start = 0;
  for (let i = 1; i <= sides.length; i++) {
    if (i < sides.length && sides[i] === sides[start] && sides[i] !== 'on') continue;
    if (sides[start] !== 'on' && i - start >= RUN_LENGTH) flagged.fill(true, start, i);
    start = i;
  }
  return flagged;
}

/**
 * One of 7 or more points with 6 or more strictly rising (or strictly falling) steps in a row. An
 * equal step breaks a trend. Returns, per point, the direction of the trend it belongs to (+1 rising,
 * -1 falling, 0 none); a point where a rising trend turns into a falling one keeps the earlier.
 */
export function trend({ values, tolerance }: RuleInput): number[] {
  const direction = values.map(() => 0);
  // steps[i] is the step into point i: +1 up, -1 down, 0 level (or i = 0).
  const steps = values.map((v, i) => {
    const d = i === 0 ? 0 : v - values[i - 1]!;
    return d > tolerance ? 1 : d < -tolerance ? -1 : 0;
  });
  let first = 1; // the first step of the current stretch of steps with one sign
  for (let i = 1; i <= values.length; i++) {
    if (i < values.length && steps[i] !== 0 && steps[i] === steps[first]) continue;
    const sign = steps[first] ?? 0;
    // Steps first..i-1 cover points first-1..i-1; a peak point ends one stretch and starts the next.
    if (sign !== 0 && i - first >= RUN_LENGTH - 1) {
      for (let j = first - 1; j < i; j++) if (direction[j] === 0) direction[j] = sign;
    }
    first = i;
  }
  return direction;
}

/**
 * One of 2 (or 3) of 3 consecutive points beyond two thirds of the way from the mean to the same
 * limit, all three on the same side of the mean. A point beyond the limit itself is also beyond two
 * thirds of the way (SPEC's words; NHSRplotthedots leaves such points out of this rule).
 */
export function twoOfThree({ values, sides, mean, lower, upper, tolerance }: RuleInput): boolean[] {
  const nearUpper = mean + ((upper - mean) * 2) / 3;
  const nearLower = mean - ((mean - lower) * 2) / 3;
  const beyond = values.map((v, i) =>
    sides[i] === 'above' ? v > nearUpper + tolerance : sides[i] === 'below' ? v < nearLower - tolerance : false);
  const flagged = values.map(() => false);
  for (let i = 0; i + 2 < values.length; i++) {
    const window = [i, i + 1, i + 2];
    const side = sides[i];
    if (side === 'on' || !window.every((j) => sides[j] === side)) continue;
    if (window.filter((j) => beyond[j]).length < 2) continue;
    for (const j of window) if (beyond[j]) flagged[j] = true;
  }
  return flagged;
}
