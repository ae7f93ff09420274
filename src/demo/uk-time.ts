// Commit times in the story are UK wall-clock times; git needs an explicit offset so the history
// is the same on every machine, whatever its own time zone.

/** `2026-07-01T09:30:00` (London time) -> `2026-07-01T09:30:00+0100`. */
export function withLondonOffset(localDateTime: string): string {
  const instant = new Date(`${localDateTime}Z`);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not a date and time: ${localDateTime}`);
  const zone = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(zone);
  const sign = match?.[1] ?? '+';
  const hours = (match?.[2] ?? '0').padStart(2, '0');
  const minutes = match?.[3] ?? '00';
  return `${localDateTime}${sign}${hours}${minutes}`;
}
