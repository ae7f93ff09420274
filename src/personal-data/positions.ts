// Turns offsets into the 1-based line:column every cqc finding carries.

/**
 * Lines end at "\n" only, as the yaml LineCounter counts them, so a CRLF file gives the same
 * line:column as its LF twin (the "\r" sits at the end of a line, after any start we report).
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    // Binary search for the last line start at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/**
 * Every start of `pattern` in `text`, trying again one character after each candidate so that a
 * candidate the caller rejects (a bad check digit, say) never hides one that overlaps it.
 */
export function candidates(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    re.lastIndex = m.index + 1;
  }
  return out;
}
