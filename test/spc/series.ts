// Test series: values on consecutive weekly dates, so each case reads as its list of numbers.
import type { Measurement } from '../../src/spc/xmr.js';

/** The calendar date `weeks` weeks after `start` (YYYY-MM-DD, UTC arithmetic). */
export function weekAfter(start: string, weeks: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7 * weeks);
  return d.toISOString().slice(0, 10);
}

/** One measurement a week from `start`, oldest first. */
export function weekly(values: readonly number[], start = '2026-01-05'): Measurement[] {
  return values.map((value, i) => ({ date: weekAfter(start, i), value }));
}

/** Indexes of the points a rule (or any rule) flagged. */
export function flagged(points: readonly { rules: readonly string[] }[], rule?: string): number[] {
  return points.flatMap((p, i) => ((rule === undefined ? p.rules.length > 0 : p.rules.includes(rule)) ? [i] : []));
}
