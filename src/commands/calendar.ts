// `cqc calendar`: due dates, post-closure reviews and hold return dates as an iCalendar file, so
// they sit in the managers' own calendars. Stable UIDs make a re-import update, never duplicate.
import { resolve } from 'node:path';
import { today } from '../dates.js';
import { judge, rootOf } from '../engine/judge.js';
import { withheld } from '../engine/withhold.js';
import { calendarEvents } from '../exchange/calendar-events.js';
import { writeCalendar } from '../exchange/ics.js';
import type { Io } from '../io.js';
import { writeAtomically } from '../report/check/outputs.js';
import { skippedNote, toScreen } from './exchange-common.js';

export interface CalendarOptions {
  dir?: string;
  asOf?: string;
  output?: string;
  location?: string;
}

export async function calendarCommand(opts: CalendarOptions, io: Io): Promise<number> {
  const root = rootOf(io.cwd, opts.dir);
  const asOf = opts.asOf ?? today();
  // The dates and whether a review counts come from the records alone: no git history is needed.
  const outcome = await judge({
    cwd: io.cwd, dir: root, git: false, asOf,
    ...(opts.location !== undefined ? { location: opts.location } : {}),
  });
  const events = calendarEvents(outcome, opts.location);
  const provider = outcome.ctx.config.provider;
  const name = provider ? withheld(outcome.ctx, `cqc: ${provider}${opts.location ? ` (${opts.location})` : ''}`) : undefined;
  // DTSTAMP is the as-of date, not the clock: the same records give the same bytes.
  const text = await writeCalendar(events, { stamp: asOf, ...(name ? { name } : {}) });
  const skipped = skippedNote(outcome, opts.location, 'the calendar');
  if (skipped) io.stderr(skipped);
  if (toScreen(opts.output)) {
    io.stdout(text);
    return 0;
  }
  const path = resolve(io.cwd, opts.output!);
  writeAtomically(path, text, 'calendar');
  io.stdout(`Wrote ${events.length} event${events.length === 1 ? '' : 's'} to ${path}.\n`);
  return 0;
}
