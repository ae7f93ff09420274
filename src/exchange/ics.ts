// iCalendar (RFC 5545) for `cqc calendar`: one all-day event per action date, so due dates, reviews
// and hold returns sit in the managers' own calendars. Folding and escaping are ical-generator's.
import { addDays } from '../dates.js';
import { utcDate } from './columns.js';

/** One all-day event; `uid` stays the same on every run so a re-import updates instead of duplicating. */
export interface CalendarEvent {
  uid: string;
  date: string; // YYYY-MM-DD
  title: string;
  description?: string;
}

export interface CalendarOptions {
  /**
   * The date written as every event's DTSTAMP (at 00:00 UTC): the command's as-of date. A clock time
   * would make each run differ, so the file could not be compared, committed or served without churn.
   */
  stamp: string;
  /** The calendar's name in clients that show one (NAME and X-WR-CALNAME). */
  name?: string;
}

export type CalendarKind = 'due' | 'review_due' | 'return_by';

/** The SPEC UID: `<action-id>.<kind>[.<target-id>]@cqc`. */
export function calendarUid(actionId: string, kind: CalendarKind, targetId?: string): string {
  return `${actionId}.${kind}${targetId === undefined ? '' : `.${targetId}`}@cqc`;
}

/** The calendar as text with CRLF line ends; the same events and stamp give the same bytes. */
export async function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): Promise<string> {
  const { default: ical } = await import('ical-generator');
  const calendar = ical({ prodId: { company: 'cqc', product: 'cqc calendar', language: 'EN' }, name: options.name ?? 'cqc' });
  const stamp = utcDate(options.stamp);
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      // ical-generator writes DATE values from a Date's UTC fields, so UTC midnight is the day itself.
      start: utcDate(event.date),
      end: utcDate(addDays(event.date, 1)), // DTEND of an all-day event is the day after (exclusive)
      stamp,
      summary: event.title,
      description: event.description ?? null,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included; ical-generator stops short.
  return `${calendar.toString()}\r\n`;
}
