// Git records instants with the committer's offset ("2026-10-20T13:05:00+00:00"); a meeting in
// England reads them as UK wall-clock time, "20 Oct 2026, 14:05", whatever machine wrote the pack.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "20 Oct 2026, 14:05" in Europe/London time; the text as given when it is not a date and time. */
export function ukDateTime(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const parts = LONDON.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Month names spelt out here: ICU's short month for September varies ("Sep", "Sept") between versions.
  return `${Number(part('day'))} ${MONTHS[Number(part('month')) - 1]} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/** The calendar day of a git date as written by its author (the day `cqc audit` shows). */
export function commitDay(iso: string): string {
  return iso.slice(0, 10);
}
