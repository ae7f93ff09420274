// Where each measurement goes on a chart: the day's SPC point, another measurement that day (drawn
// beside it, since SPC keeps only the worst of the day), or a point from before spc_from.
import type { ChartMeasurement, TargetChartInput } from './chart.js';
import type { PointKind } from './marks.js';
import { worstOfDay, type SpecialCauseRule } from './xmr.js';

export interface Placed extends ChartMeasurement { kind: PointKind; offset: number; rules: readonly SpecialCauseRule[] }

/** Each measurement's mark: the day's SPC point, another one that day (offset), or one before spc_from. */
export function place(input: TargetChartInput): Placed[] {
  const spcByDate = new Map(input.spc.points.map((p) => [p.date, p]));
  const finite = input.measurements.filter((m) => Number.isFinite(m.value));
  const worst = new Set(worstOfDay(finite, input.direction));
  const others = new Map<string, number>();
  const byDate = [...finite].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return byDate.map((m): Placed => {
    const p = spcByDate.get(m.date);
    if (!worst.has(m)) {
      const offset = (others.get(m.date) ?? 0) + 1;
      others.set(m.date, offset);
      return { ...m, kind: 'same-day', offset, rules: [] };
    }
    if (!p) return { ...m, kind: 'before', offset: 0, rules: [] };
    const special = input.spc.judged && p.variation !== 'common-cause';
    return { ...m, kind: special ? p.variation as PointKind : 'common', offset: 0, rules: special ? p.rules : [] };
  });
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
