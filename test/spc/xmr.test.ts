// The XmR engine against worked cases whose answers were computed by hand (shown beside each case),
// and against two published series with the limits their references print.
import { describe, expect, it } from 'vitest';
import { assurance, tolerance, worstOfDay, xmr, type Direction } from '../../src/spc/xmr.js';
import { flagged, weekly } from './series.js';

const judge = (values: number[], goal = 0, direction: Direction = 'at_least') => xmr({ points: weekly(values), goal, direction });

describe('process limits and the point outside them', () => {
  // Sum 6×10 + 5×14 + 30 = 160, mean 13.333. Moving ranges: ten of 4, then |30−10| = 20: 60/11 = 5.4545.
  // Limits 13.333 ± 2.66 × 5.4545 = 13.333 ± 14.509 → −1.176 and 27.842; 30 is above the upper limit.
  const values = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 30];

  it('computes mean, mean moving range and limits, with no screening of the large moving range', () => {
    const r = judge(values);
    expect(r.mean).toBeCloseTo(13.3333, 4);
    expect(r.meanMovingRange).toBeCloseTo(5.4545, 4);
    expect(r.limits!.lower).toBeCloseTo(-1.1758, 4);
    expect(r.limits!.upper).toBeCloseTo(27.8424, 4);
  });

  it('flags only the point above the upper limit, and judges its direction by the target', () => {
    const up = judge(values, 20, 'at_least');
    expect(flagged(up.points)).toEqual([11]);
    expect(up.points[11]!.rules).toEqual(['outside-limits']);
    expect(up.points[11]!.side).toBe('above');
    expect(up.variation).toBe('improvement');
    expect(judge(values, 20, 'at_most').variation).toBe('concern');
    // The goal 20 lies between the limits: sometimes met, sometimes not.
    expect(up.assurance).toBe('hit-and-miss');
  });
});

describe('a run of 7 on one side of the mean', () => {
  it('flags 7 consecutive points above the mean', () => {
    // Mean 182/12 = 15.167; the seven 16s are above it, the 10 before them below.
    // Limits 15.167 ± 2.66 × 46/11 → 4.04 and 26.29: nothing outside; no trend (the 16s are level).
    const r = judge([10, 20, 10, 20, 10, 16, 16, 16, 16, 16, 16, 16], 15);
    expect(flagged(r.points)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(r.points[11]!.rules).toEqual(['run-of-7']);
    expect(r.variation).toBe('improvement');
  });

  it('does not flag 6', () => {
    // Mean 186/12 = 15.5: the six 16s are above it, the 10 before them is below.
    expect(flagged(judge([20, 10, 20, 10, 20, 10, 16, 16, 16, 16, 16, 16]).points)).toEqual([]);
  });

  it('is broken by a point exactly on the mean', () => {
    // The other eleven sum to 165 = 11 × 15, so the 15 is the mean (180/12) and splits 3 + 3.
    const onMean = judge([10, 20, 10, 20, 9, 16, 16, 16, 15, 16, 16, 16]);
    expect(onMean.mean).toBe(15);
    expect(onMean.points[8]!.side).toBe('on');
    expect(flagged(onMean.points)).toEqual([]);
    // The same series with a 16 there has its run of 7 (mean 181/12 = 15.083).
    expect(flagged(judge([10, 20, 10, 20, 9, 16, 16, 16, 16, 16, 16, 16]).points, 'run-of-7')).toEqual([5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('a trend of 7', () => {
  it('flags 7 points with 6 strictly rising steps', () => {
    // 10, 11 … 16 rise six times. Mean 171/12 = 14.25 (10–14 below, 15–16 above: no run of 7);
    // limits 14.25 ± 2.66 × 56/11 → 0.71 and 27.79; two thirds out 5.22 and 23.28: nothing near.
    const r = judge([20, 10, 20, 10, 20, 10, 11, 12, 13, 14, 15, 16], 15, 'at_most');
    expect(flagged(r.points)).toEqual([5, 6, 7, 8, 9, 10, 11]);
    expect(r.points[5]!.rules).toEqual(['trend-of-7']);
    // Rising is bad when lower is better; every point of the trend is judged by its side of the mean.
    expect(r.variation).toBe('concern');
    expect(r.points[5]!.variation).toBe('improvement');
  });

  it('flags a falling trend too', () => {
    expect(flagged(judge([10, 20, 10, 20, 10, 20, 19, 18, 17, 16, 15, 14]).points, 'trend-of-7')).toEqual([5, 6, 7, 8, 9, 10, 11]);
  });

  it('does not flag 6 rising points (5 steps)', () => {
    // 11 … 16 follow a 20. Mean 14.25, limits 14.25 ± 2.66 × 64/11 → −1.23 and 29.73: nothing else fires.
    expect(flagged(judge([10, 20, 10, 20, 10, 20, 11, 12, 13, 14, 15, 16]).points)).toEqual([]);
  });

  it('is broken by a level step', () => {
    expect(flagged(judge([20, 10, 20, 10, 20, 10, 11, 12, 12, 13, 14, 15]).points, 'trend-of-7')).toEqual([]);
  });

  it('gives a point on the mean the direction of its trend', () => {
    // 1 … 7 then five 4s: mean (28 + 20) / 12 = 4, so the 4 inside the trend sits on the mean.
    const r = judge([1, 2, 3, 4, 5, 6, 7, 4, 4, 4, 4, 4]);
    expect(r.points[3]!.side).toBe('on');
    expect(r.points[3]!.rules).toEqual(['trend-of-7']);
    expect(r.points[3]!.variation).toBe('improvement');
  });
});

describe('2 of 3 beyond two thirds of the way to a limit', () => {
  it('flags the two outer points when all three are on one side', () => {
    // Mean 182/12 = 15.167; moving ranges 2,2,2,10,8,8,10,2,2,2,2 → 50/11 = 4.545.
    // Upper limit 15.167 + 12.091 = 27.258 (24 is inside); two thirds of the way: 15.167 + 8.061 = 23.227.
    // 24, 16, 24 are all above the mean and two of them beyond 23.227.
    const r = judge([12, 14, 12, 14, 24, 16, 24, 14, 12, 14, 12, 14]);
    expect(r.limits!.upper).toBeCloseTo(27.2576, 4);
    expect(flagged(r.points)).toEqual([4, 6]);
    expect(r.points[4]!.rules).toEqual(['two-of-three']);
  });

  it('does not fire when the middle point is on the other side of the mean', () => {
    // Mean 179/12 = 14.917, so the 13 is below it; two thirds up is 14.917 + 9.028 = 23.945, 24 beyond.
    const r = judge([12, 14, 12, 14, 24, 13, 24, 14, 12, 14, 12, 14]);
    expect(r.points[5]!.side).toBe('below');
    expect(flagged(r.points)).toEqual([]);
  });

  it('does not fire for two points near opposite limits', () => {
    // Mean 11, mean moving range 35/11 = 3.182; two thirds out: 5.358 and 16.642.
    // 17 is beyond the upper two thirds and 5 beyond the lower, both inside the limits (2.54, 19.46).
    const r = judge([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 17, 5]);
    expect(r.limits!.lower).toBeCloseTo(2.5364, 4);
    expect(flagged(r.points)).toEqual([]);
    expect(r.variation).toBe('common-cause');
  });

  it('counts a point beyond the limit as beyond two thirds of the way (SPEC, unlike NHSRplotthedots)', () => {
    // Mean 210/15 = 14 (the 14s sit on it); moving ranges 11 × 4 + 13 + 4 + 7 = 68 over 14 = 4.857.
    // Upper limit 14 + 12.92 = 26.92: 27 is outside. Two thirds: 14 + 8.613 = 22.613: 23 is beyond it.
    // 27, 23, 16 are all above the mean, so 23 is special cause by 2 of 3; the 16 is not beyond.
    const r = judge([10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 27, 23, 16]);
    expect(r.points[12]!.rules).toEqual(['outside-limits', 'two-of-three']);
    expect(r.points[13]!.rules).toEqual(['two-of-three']);
    expect(r.points[14]!.rules).toEqual([]);
    expect(r.variation).toBe('common-cause');
  });
});

describe('zero variation and float noise', () => {
  it('an unchanging series has limits on the mean and passes a goal equal to it', () => {
    const r = judge(Array(12).fill(95), 95);
    expect(r.limits).toEqual({ lower: 95, upper: 95 });
    expect(flagged(r.points)).toEqual([]);
    expect(r.variation).toBe('common-cause');
    expect(r.assurance).toBe('consistent-pass');
    expect(judge(Array(12).fill(95), 96).assurance).toBe('consistent-fail');
    expect(judge(Array(12).fill(95), 95, 'at_most').assurance).toBe('consistent-pass');
    expect(judge(Array(12).fill(95), 94, 'at_most').assurance).toBe('consistent-fail');
  });

  it('treats 29/100 × 100 (28.999999999999996) as 29: no special cause, goal passed', () => {
    const noisy = (29 / 100) * 100;
    expect(noisy).not.toBe(29);
    const r = judge([29, noisy, 29, 29, noisy, noisy, noisy, 29, noisy, 29, 29, noisy], 29);
    expect(r.points.map((p) => p.side)).toEqual(Array(12).fill('on'));
    expect(flagged(r.points)).toEqual([]);
    expect(r.assurance).toBe('consistent-pass');
  });
});

describe('a goal exactly at a process limit', () => {
  // 80 and 82.4 alternating: mean 81.2, mean moving range 2.4, 2.66 × 2.4 = 6.384, so the limits are
  // 74.816 and 87.584. In floating point they come out as 74.81599999999999 and 87.58400000000002,
  // so without the tolerance a goal typed as 74.816 would be judged strictly inside the limits.
  const values = Array.from({ length: 12 }, (_, i) => (i % 2 ? 82.4 : 80));

  it('lands on the float values the tolerance is there for', () => {
    const r = judge(values);
    expect(r.limits!.lower).toBeLessThan(74.816);
    expect(r.limits!.upper).toBeGreaterThan(87.584);
  });

  it('at_least: a goal at the lower limit is a consistent pass; at the upper limit, hit and miss', () => {
    expect(judge(values, 74.816, 'at_least').assurance).toBe('consistent-pass');
    expect(judge(values, 74.9, 'at_least').assurance).toBe('hit-and-miss');
    expect(judge(values, 87.584, 'at_least').assurance).toBe('hit-and-miss');
    expect(judge(values, 87.6, 'at_least').assurance).toBe('consistent-fail');
  });

  it('at_most: a goal at the upper limit is a consistent pass; at the lower limit, hit and miss', () => {
    expect(judge(values, 87.584, 'at_most').assurance).toBe('consistent-pass');
    expect(judge(values, 87.5, 'at_most').assurance).toBe('hit-and-miss');
    expect(judge(values, 74.816, 'at_most').assurance).toBe('hit-and-miss');
    expect(judge(values, 74.8, 'at_most').assurance).toBe('consistent-fail');
  });

  it('judges a goal on a limit that floats exactly as at it, not beyond it', () => {
    // 47.5 and 52.5 alternating: mean 50, moving range 5, limits 50 ± 13.3, exact in floating point.
    const exact = Array.from({ length: 12 }, (_, i) => (i % 2 ? 52.5 : 47.5));
    expect(judge(exact).limits).toEqual({ lower: 36.7, upper: 63.3 });
    expect(judge(exact, 63.3, 'at_least').assurance).toBe('hit-and-miss');
    expect(judge(exact, 36.7, 'at_most').assurance).toBe('hit-and-miss');
    expect(judge(exact, 36.7, 'at_least').assurance).toBe('consistent-pass');
    expect(judge(exact, 63.3, 'at_most').assurance).toBe('consistent-pass');
  });

  it('scales the tolerance with the numbers, never below one part in a billion of 1', () => {
    expect(tolerance([0.5, -0.2])).toBe(1e-9);
    expect(tolerance([87.584, 2])).toBeCloseTo(87.584e-9, 15);
    expect(assurance(10 + 1e-6, 'at_least', { lower: 10, upper: 12 }, tolerance([10, 12]))).toBe('hit-and-miss');
  });
});

describe('too few points for a verdict', () => {
  const eleven = [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 30];

  it('with fewer than 12 points gives no variation or assurance, but still limits for a chart', () => {
    const r = judge(eleven, 20);
    expect(r.points).toHaveLength(11);
    expect(r.judged).toBe(false);
    expect(r.variation).toBeNull();
    expect(r.assurance).toBeNull();
    expect(r.limits).not.toBeNull();
  });

  it('judges once the 12th point arrives, and follows policy.spc_min_points', () => {
    expect(judge([...eleven, 12], 20).judged).toBe(true);
    const five = xmr({ points: weekly([10, 14, 10, 14, 10]), goal: 0, direction: 'at_least', minPoints: 5 });
    expect(five.judged).toBe(true);
    expect(five.assurance).toBe('consistent-pass');
  });

  it('has a mean but no limits with one point, and nothing with none', () => {
    const one = judge([42]);
    expect(one.mean).toBe(42);
    expect(one.limits).toBeNull();
    expect(one.points[0]!.side).toBe('on');
    const none = judge([]);
    expect(none).toMatchObject({ points: [], mean: null, limits: null, judged: false, variation: null, assurance: null });
    // Even a policy of 1 cannot judge a single point: a limit needs one moving range.
    expect(xmr({ points: weekly([42]), goal: 40, direction: 'at_least', minPoints: 1 }).assurance).toBeNull();
  });
});

describe('spc_from', () => {
  // Three bad weeks before the change, then twelve steady ones.
  const points = weekly([20, 25, 22, 90, 94, 90, 94, 90, 94, 90, 94, 90, 94, 90, 94]);

  it('uses only points on or after the date', () => {
    const all = xmr({ points, goal: 85, direction: 'at_least' });
    const after = xmr({ points, goal: 85, direction: 'at_least', spcFrom: points[3]!.date });
    expect(all.points).toHaveLength(15);
    expect(after.points).toHaveLength(12);
    expect(after.points[0]!.date).toBe(points[3]!.date);
    // 90 and 94 alternating: mean 92, moving range 4, limits 92 ± 10.64 → 81.36 and 102.64.
    expect(after.mean).toBe(92);
    expect(after.limits!.lower).toBeCloseTo(81.36, 6);
    expect(after.assurance).toBe('hit-and-miss');
    // With the old weeks in (sum 67 + 6 × 184 = 1171, mean 78.067) every later point is above the mean: a run.
    expect(all.mean).toBeCloseTo(78.0667, 4);
    expect(flagged(all.points, 'run-of-7')).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });

  it('counts the points from that date towards spc_min_points', () => {
    const r = xmr({ points, goal: 85, direction: 'at_least', spcFrom: points[4]!.date });
    expect(r.points).toHaveLength(11);
    expect(r.judged).toBe(false);
  });
});

describe('several measurements on one date', () => {
  const day = [
    { date: '2026-10-06', value: 90, id: 'E2' },
    { date: '2026-09-29', value: 100, id: 'E1' },
    { date: '2026-10-06', value: 80, id: 'E3' },
    { date: '2026-10-06', value: 80, id: 'E4' },
  ];

  it('keeps the worst of the day: lowest for at_least, highest for at_most; oldest first', () => {
    expect(worstOfDay(day, 'at_least').map((m) => m.id)).toEqual(['E1', 'E3']);
    expect(worstOfDay(day, 'at_most').map((m) => m.id)).toEqual(['E1', 'E2']);
  });

  it('counts a date once towards spc_min_points and uses its worst value', () => {
    const twelveDates = weekly([90, 94, 90, 94, 90, 94, 90, 94, 90, 94, 90, 94]);
    const repeated = [...twelveDates, { date: twelveDates[11]!.date, value: 50 }];
    const r = xmr({ points: repeated, goal: 85, direction: 'at_least' });
    expect(r.points).toHaveLength(12);
    expect(r.points[11]!.value).toBe(50);
    const elevenDates = [...twelveDates.slice(0, 11), { date: twelveDates[10]!.date, value: 91 }];
    expect(xmr({ points: elevenDates, goal: 85, direction: 'at_least' }).judged).toBe(false);
  });
});

describe('published series', () => {
  it('NIST/SEMATECH e-Handbook of Statistical Methods, §6.3.2.2 "Individuals Control Charts" (flow rate of 10 batches)', () => {
    // Source: https://www.itl.nist.gov/div898/handbook/pmc/section3/pmc322.htm
    // Published: Xbar = 50.81, MRbar = 1.8778, UCL = 55.8041, LCL = 45.8159, "the process is in control,
    // since none of the plotted points fall outside either the UCL or LCL".
    // By hand: the sum is 508.1, so the mean is 50.81. Moving ranges 2.0 2.3 1.4 3.5 3.4 1.4 0.2 1.2 1.5
    // sum to 16.9; 16.9 / 9 = 1.87778. NIST multiplies by 3/1.128 = 2.65957 (limits ± 4.99411); SPEC uses
    // 2.66 (± 4.99489), so our limits are 45.81511 and 55.80489, within 0.001 of the published ones.
    // Other rules by hand: sides B B B A B A A A A A (longest run 5); two thirds out 47.480 and
    // 54.140, and no value lies beyond them (47.6 > 47.480, 53.6 < 54.140); no 7-point trend.
    const flow = weekly([49.6, 47.6, 49.9, 51.3, 47.8, 51.2, 52.6, 52.4, 53.6, 52.1]);
    const r = xmr({ points: flow, goal: 45, direction: 'at_least' });
    expect(r.mean).toBeCloseTo(50.81, 10);
    expect(r.meanMovingRange).toBeCloseTo(1.8778, 4);
    expect(Math.abs(r.limits!.upper - 55.8041)).toBeLessThan(0.001);
    expect(Math.abs(r.limits!.lower - 45.8159)).toBeLessThan(0.001);
    expect(r.limits!.upper).toBeCloseTo(55.80489, 5);
    expect(flagged(r.points)).toEqual([]);
    // Ten points are fewer than SPEC's default 12; a provider with spc_min_points 10 gets a verdict.
    expect(r.judged).toBe(false);
    const ten = xmr({ points: flow, goal: 45, direction: 'at_least', minPoints: 10 });
    expect(ten.variation).toBe('common-cause');
    expect(ten.assurance).toBe('consistent-pass'); // 45 is below the lower limit 45.815
    expect(xmr({ points: flow, goal: 50, direction: 'at_least', minPoints: 10 }).assurance).toBe('hit-and-miss');
  });

  it('Montgomery, Introduction to Statistical Quality Control (6th ed., Wiley 2009), individuals chart of weekly loan processing costs', () => {
    // The book's example of an individuals chart (Example 6.5 in the 6th edition): 20 weekly average
    // costs of processing mortgage loan applications. Published: x̄ = 300.5, MR̄ = 7.79,
    // UCL = 300.5 + 3 × 7.79/1.128 = 321.22, LCL = 279.78, and the process is in control.
    // By hand: the values sum to 6010 (mean 300.5); the 19 moving ranges 22 9 1 9 4 9 3 11 2 12 5 2 2
    // 15 19 2 13 5 3 sum to 148, so MR̄ = 7.789; 2.66 × 7.789 = 20.72 → 279.78 and 321.22.
    // Other rules by hand: the longest run on one side of 300.5 is 4 (weeks 11–14 below); two thirds
    // out are 286.69 and 314.31 and no value is beyond them (288, 314); no 7-point trend.
    const cost = weekly([310, 288, 297, 298, 307, 303, 294, 297, 308, 306, 294, 299, 297, 299, 314, 295, 293, 306, 301, 304]);
    const r = xmr({ points: cost, goal: 320, direction: 'at_most' });
    expect(r.mean).toBeCloseTo(300.5, 10);
    expect(r.meanMovingRange).toBeCloseTo(7.79, 2);
    expect(r.limits!.lower).toBeCloseTo(279.78, 2);
    expect(r.limits!.upper).toBeCloseTo(321.22, 2);
    expect(flagged(r.points)).toEqual([]);
    expect(r.variation).toBe('common-cause');
    // A budget of at most 320 a loan lies inside the limits: some weeks will exceed it.
    expect(r.assurance).toBe('hit-and-miss');
    expect(xmr({ points: cost, goal: 325, direction: 'at_most' }).assurance).toBe('consistent-pass');
  });
});
