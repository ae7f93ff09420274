// Calendar dates as whole UTC day numbers: the generator does a lot of date arithmetic on
// tens of thousands of records, and integers keep it fast and free of time-zone surprises.

const MS_PER_DAY = 86_400_000;

/** 'YYYY-MM-DD' -> days since 1970-01-01. */
export function dayOf(isoDate) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  return Math.round(ms / MS_PER_DAY);
}

const isoCache = new Map();

/** days since 1970-01-01 -> 'YYYY-MM-DD'. */
export function isoOf(day) {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** Seconds since the epoch for a time of day (in seconds) on a day, as git's raw date wants. */
export function epochSeconds(day, secondOfDay) {
  return day * 86_400 + secondOfDay;
}
