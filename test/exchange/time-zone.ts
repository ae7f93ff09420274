// Runs work with the process in another time zone, for tests that dates never move a day.
import { expect } from 'vitest';

export async function inTimeZone<T>(zone: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    // Node re-reads TZ when it is assigned; prove it did, or the test would prove nothing.
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).not.toBe(0);
    return await work();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}
