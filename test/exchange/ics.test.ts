import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarUid, type CalendarEvent, writeCalendar } from '../../src/exchange/ics.js';
import { inTimeZone } from './time-zone.js';

const events: CalendarEvent[] = [
  { uid: calendarUid('NU-004', 'due', 'screening'), date: '2026-11-30', title: "NU-004 target due (screening): Nutrition screening for Zoë's unit, led by Siân Ó'Brien, with MUST; monthly", description: 'Goal: at least 95%\nOwner: sian-obrien' },
  { uid: calendarUid('IN-003', 'review_due'), date: '2026-12-31', title: 'IN-003 post-closure review due' },
  { uid: calendarUid('MH-001', 'return_by'), date: '2028-02-28', title: 'MH-001 hold: return to governance' },
];
const stamp = '2026-11-30';

function parsedEvents(text: string): InstanceType<typeof ICAL.Event>[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar', () => {
  it('builds the SPEC UIDs', () => {
    expect(calendarUid('NU-004', 'due', 'screening')).toBe('NU-004.due.screening@cqc');
    expect(calendarUid('IN-003', 'review_due')).toBe('IN-003.review_due@cqc');
  });

  it('parses back with ical.js: one all-day event each, UIDs, dates, titles and descriptions intact', async () => {
    const text = await writeCalendar(events, { stamp });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(String(calendar.getFirstPropertyValue('prodid'))).toMatch(/cqc/);
    expect(String(calendar.getFirstPropertyValue('version'))).toBe('2.0');
    const parsed = parsedEvents(text);
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(parsed.map((e) => e.summary)).toEqual(events.map((e) => e.title));
    expect(parsed[0]?.description).toBe('Goal: at least 95%\nOwner: sian-obrien');
    expect(parsed.map((e) => [e.startDate.isDate, e.startDate.toString(), e.endDate.isDate, e.endDate.toString()])).toEqual([
      [true, '2026-11-30', true, '2026-12-01'],
      [true, '2026-12-31', true, '2027-01-01'],
      [true, '2028-02-28', true, '2028-02-29'],
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20261130\r\n');
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-30T00:00:00Z');
    }
  });

  it('is byte-identical on a second run and in any time zone, and the stamp comes from the input', async () => {
    const first = await writeCalendar(events, { stamp });
    expect(await writeCalendar(events, { stamp })).toBe(first);
    for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      expect(await inTimeZone(zone, () => writeCalendar(events, { stamp }))).toBe(first);
    }
    const later = await writeCalendar(events, { stamp: '2027-01-05' });
    expect(later).not.toBe(first);
    expect(later.match(/^DTSTAMP:20270105T000000Z\r$/gm)?.length).toBe(events.length);
  });

  it('ends every line with CRLF and folds long lines at 75 octets, not characters', async () => {
    const text = await writeCalendar(events, { stamp });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.filter((l) => /[\r\n]/.test(l))).toEqual([]);
    expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long title really was folded
    expect(text).toMatch(/SUMMARY:.*\\,.*\\;/s); // commas and semicolons escaped as TEXT
  });

  it('refuses a date that is not a calendar date', async () => {
    await expect(writeCalendar([{ uid: 'X-1.due@cqc', date: '2026-13-01', title: 'x' }], { stamp })).rejects.toThrow(/calendar date/);
    await expect(writeCalendar([], { stamp: 'today' })).rejects.toThrow(/calendar date/);
  });
});
