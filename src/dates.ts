// Calendar dates (YYYY-MM-DD) and ISO 8601 durations, the only time units the records use.
import type { Duration } from 'date-fns';
import { add } from 'date-fns/add';
import { sub } from 'date-fns/sub';

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

// date-fns is imported function by function: its index module alone costs ~100 ms at start-up,
// and every pre-commit hook pays that.

export function isCalendarDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && toIso(toDate(s)) === s;
}

export function today(): string {
  return toIso(new Date());
}

/** A local Date as YYYY-MM-DD. */
function toIso(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function parseDuration(s: string): Duration | undefined {
  const m = ISO_DURATION.exec(s);
  if (!m || s === 'P' || s.endsWith('T')) return undefined;
  const n = (i: number): number | undefined => (m[i] === undefined ? undefined : Number(m[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

function toDate(s: string): Date {
  const d = new Date(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  d.setFullYear(+s.slice(0, 4)); // years 0-99 are otherwise read as 1900-1999
  return d;
}

/** date + duration, as a calendar date. */
export function addDuration(date: string, duration: string | Duration): string {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  return d ? toIso(add(toDate(date), d)) : date;
}

/** date − duration, as a calendar date. */
export function subDuration(date: string, duration: string | Duration): string {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  return d ? toIso(sub(toDate(date), d)) : date;
}

export function addDays(date: string, days: number): string {
  return toIso(add(toDate(date), { days }));
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000);
}
