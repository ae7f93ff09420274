// Commit trailers (`Cqc-Action: MH-001`) say which governance step a commit records. They are read
// from the message text git gave us, so no second git process is needed per commit.

const TRAILER = /^([A-Za-z0-9][A-Za-z0-9-]*)[ \t]*:[ \t]*(.*)$/;
const CONTINUATION = /^[ \t]+\S/;

/**
 * Trailers of a commit message: the last paragraph, when it is not the subject and every line is a
 * `Key: value` line (or an indented continuation of one). Keys keep their spelling; values are
 * trimmed, continuations folded with one space. Repeated keys keep every value in order.
 */
export function parseTrailers(message: string): Record<string, string[]> {
  const paragraphs = message.replace(/\r\n/g, '\n').trim().split(/\n[ \t]*\n/);
  if (paragraphs.length < 2) return {};
  const last = paragraphs[paragraphs.length - 1] ?? '';
  const entries: [string, string][] = [];
  for (const line of last.split('\n')) {
    const current = entries[entries.length - 1];
    if (CONTINUATION.test(line) && current) {
      current[1] = `${current[1]} ${line.trim()}`.trim();
      continue;
    }
    const match = TRAILER.exec(line);
    if (!match) return {};
    entries.push([match[1] ?? '', (match[2] ?? '').trim()]);
  }
  const trailers: Record<string, string[]> = {};
  for (const [key, value] of entries) (trailers[key] ??= []).push(value);
  return trailers;
}

/** Values of a trailer, matching the key without regard to case as git does. */
export function trailerValues(trailers: Record<string, string[]>, key: string): string[] {
  const wanted = key.toLowerCase();
  return Object.entries(trailers)
    .filter(([k]) => k.toLowerCase() === wanted)
    .flatMap(([, values]) => values);
}
