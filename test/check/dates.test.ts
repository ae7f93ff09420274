import { describe, expect, it } from 'vitest';
import { addDuration, daysBetween, isCalendarDate, parseDuration, subDuration } from '../../src/dates.js';

describe('calendar dates and ISO durations', () => {
  it.each([['2026-09-01', true], ['2028-02-29', true], ['2026-02-29', false], ['2026-13-01', false], ['2026-9-1', false], ['0099-01-01', true]])('isCalendarDate(%s) is %s', (s, ok) => {
    expect(isCalendarDate(s)).toBe(ok);
  });

  it('adds and subtracts weeks, months and days as a calendar would', () => {
    expect(addDuration('2026-09-01', 'P6W')).toBe('2026-10-13');
    expect(addDuration('2026-10-20', 'P3M')).toBe('2027-01-20');
    expect(addDuration('2026-11-30', 'P3M')).toBe('2027-02-28');
    expect(subDuration('2026-10-20', 'P90D')).toBe('2026-07-22');
    expect(addDuration('2026-03-28', 'P1D')).toBe('2026-03-29'); // across the clocks going forward
  });

  it('rejects what is not an ISO 8601 duration', () => {
    expect(parseDuration('90 days')).toBeUndefined();
    expect(parseDuration('P')).toBeUndefined();
    expect(parseDuration('P1Y2M')).toMatchObject({ years: 1, months: 2 });
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-10-30', '2026-11-02')).toBe(3);
    expect(daysBetween('2026-11-02', '2026-10-30')).toBe(-3);
  });
});
