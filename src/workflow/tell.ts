// What a writing command says when it is done, warns or refuses, fitted to the terminal it is
// read on: a quality lead's 80-column window should not break a sentence in the middle of a word.
// Output with no known width (a pipe, a log, a test) keeps one line per message, for scripts.
import type { Io } from '../io.js';
import { hanging, terminalWidth } from '../report/width.js';

/** `text` with each line too long for the terminal wrapped between words; a "  - " item hangs. */
export function fitted(io: Pick<Io, 'env' | 'columns'>, text: string): string {
  const width = terminalWidth(io);
  if (width === undefined) return text;
  return text.split('\n').map((line) => {
    if (line.length <= width) return line;
    const lead = /^\s*(?:- )?/.exec(line)![0];
    return hanging(line.slice(lead.length), width, lead).join('\n');
  }).join('\n');
}

/** Write `text` to standard output or error, fitted to the terminal. */
export function tell(io: Io, to: 'stdout' | 'stderr', text: string): void {
  io[to](fitted(io, text));
}
