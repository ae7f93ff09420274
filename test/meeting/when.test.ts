// Git timestamps in the pack are UK wall-clock time, whatever offset the committer's machine used.
import { describe, expect, it } from 'vitest';
import { ukDateTime } from '../../src/report/meeting/when.js';

describe('ukDateTime', () => {
  it('shows British Summer Time in summer and GMT in winter, from any offset', () => {
    expect(ukDateTime('2026-10-20T13:05:00+00:00')).toBe('20 Oct 2026, 14:05');
    expect(ukDateTime('2026-10-20T14:05:00+01:00')).toBe('20 Oct 2026, 14:05');
    expect(ukDateTime('2026-11-02T10:15:00Z')).toBe('2 Nov 2026, 10:15');
    expect(ukDateTime('2026-09-17T05:30:00-04:00')).toBe('17 Sep 2026, 10:30');
  });

  it('moves to the UK calendar day, across a year end and the clock changes', () => {
    expect(ukDateTime('2026-12-31T23:59:00-05:00')).toBe('1 Jan 2027, 04:59');
    // The clocks go forward at 01:00 GMT on 29 March 2026 and back at 01:00 GMT on 25 October.
    expect(ukDateTime('2026-03-29T00:59:00Z')).toBe('29 Mar 2026, 00:59');
    expect(ukDateTime('2026-03-29T01:00:00Z')).toBe('29 Mar 2026, 02:00');
    expect(ukDateTime('2026-10-25T00:59:00Z')).toBe('25 Oct 2026, 01:59');
    expect(ukDateTime('2026-10-25T01:00:00Z')).toBe('25 Oct 2026, 01:00');
  });

  it('leaves text that is not a date and time as it is', () => {
    expect(ukDateTime('not a date')).toBe('not a date');
  });
});
