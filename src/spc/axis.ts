// The axes of an SPC chart, chosen so the picture cannot mislead: counts and days from zero,
// per cent on 0–100 unless the data need a narrower band, and then the axis says so.

export type Unit = 'percent' | 'count' | 'days' | 'other';

export interface ValueAxis {
  lo: number;
  hi: number;
  ticks: number[];
  /** The axis does not start at zero although the scale does (drawn as a broken axis). */
  broken: boolean;
  /** Words for the axis title when the band is not the natural one, e.g. "axis 80–100%". */
  note?: string;
}

/** Per cent values spanning less than this are drawn on a narrower band than 0–100. */
export const NARROW_PERCENT_SPAN = 25;
/** The narrowest per cent band drawn. */
export const MIN_PERCENT_BAND = 10;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date as a UK reader writes it, "6 Oct 2026", with no-break spaces so it never wraps. */
export function ukDate(date: string): string {
  return `${Number(date.slice(8, 10))}\u00a0${MONTHS[Number(date.slice(5, 7)) - 1] ?? '?'}\u00a0${date.slice(0, 4)}`;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const utc = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

/** A number as a quality lead reads it: at most one decimal place, with the unit's sign. */
export function valueText(value: number, unit: Unit): string {
  const n = String(Math.round(value * 10) / 10).replace('-', '\u2212');
  return unit === 'percent' ? `${n}%` : unit === 'days' ? `${n}\u00a0days` : n;
}

/** A round step near span / wanted; whole numbers only for whole things (counts and days). */
function niceStep(span: number, wanted: number, whole = false): number {
  const raw = span / wanted || 1;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const steps = (whole ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]).map((s) => s * mag).filter((s) => !whole || s >= 1);
  return steps.find((s) => s >= raw) ?? (whole ? Math.max(1, 10 * mag) : 10 * mag);
}

function ticksFor(lo: number, hi: number, step: number): number[] {
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/**
 * The value axis for everything a chart draws (points, goal, centre line, limits). Limits outside
 * what the unit can be (below zero, above 100%) are left to the caller to note, not stretched to.
 */
export function valueAxis(unit: Unit, values: readonly number[]): ValueAxis {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (unit === 'percent') {
    lo = Math.max(0, lo);
    hi = Math.min(100, hi);
    if (hi - lo >= NARROW_PERCENT_SPAN) return { lo: 0, hi: 100, ticks: ticksFor(0, 100, 20), broken: false };
    const pad = Math.max((hi - lo) * 0.2, 2.5);
    const step = niceStep(Math.max(hi - lo + 2 * pad, MIN_PERCENT_BAND), 5);
    const to = Math.min(100, Math.ceil((hi + pad) / step) * step);
    // Never zoom so far that a point's wobble looks like a cliff.
    const from = Math.max(0, Math.min(Math.floor((lo - pad) / step) * step, to - MIN_PERCENT_BAND));
    return { lo: from, hi: to, ticks: ticksFor(from, to, step), broken: from > 0, note: `axis ${from}\u2013${to}%` };
  }
  const pad = (hi - lo) * 0.1 || Math.max(Math.abs(hi) * 0.1, 1);
  if ((unit === 'count' || unit === 'days') && lo >= 0) lo = 0;
  else lo -= pad;
  hi += pad;
  const step = niceStep(hi - lo, 5, unit === 'count' || unit === 'days');
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  return { lo, hi, ticks: ticksFor(lo, hi, step), broken: false };
}
