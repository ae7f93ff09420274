// Calendar dates (YYYY-MM-DD) and ISO 8601 durations, the only time units the records use.
import { add, format, isValid, parse, sub, type Duration } from 'date-fns';

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
}

export function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

export function parseDuration(s: string): Duration | undefined {
  const m = ISO_DURATION.exec(s);
  if (!m || s === 'P' || s.endsWith('T')) return undefined;
  const n = (i: number): number | undefined => (m[i] === undefined ? undefined : Number(m[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

function toDate(s: string): Date {
  return parse(s, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

/** date + duration, as a calendar date. */
export function addDuration(date: string, duration: string | Duration): string {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  return d ? format(add(toDate(date), d), 'yyyy-MM-dd') : date;
}

/** date − duration, as a calendar date. */
export function subDuration(date: string, duration: string | Duration): string {
  const d = typeof duration === 'string' ? parseDuration(duration) : duration;
  return d ? format(sub(toDate(date), d), 'yyyy-MM-dd') : date;
}

export function addDays(date: string, days: number): string {
  return format(add(toDate(date), { days }), 'yyyy-MM-dd');
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000);
}
