// Every detector over one text, with the span of each match. Only this folder sees spans: outside it
// a find is a kind and a place (index.ts) or text already withheld (withhold.ts).
import { dateOfBirthSpans } from './date-of-birth.js';
import type { MatchStart } from './hit.js';
import { niNumberSpans } from './ni-number.js';
import { nhsNumberSpans } from './nhs-number.js';
import { providerPatternMatches } from './provider-patterns.js';

// A git object id (40 or 64 hex digits, as in audit_trail_from or a note quoting a commit) can hold a
// run of ten digits between two letters; it names a commit, never a person.
const OBJECT_ID = /(?<![0-9a-f])(?:[0-9a-f]{64}|[0-9a-f]{40})(?![0-9a-f])/g;

function insideObjectId(text: string): (m: MatchStart) => boolean {
  const ids = [...text.matchAll(OBJECT_ID)].map((m) => [m.index, m.index + m[0].length] as const);
  if (ids.length === 0) return () => false;
  return (m) => ids.some(([from, to]) => m.offset >= from && m.offset + m.length <= to);
}

/** Every match in text order (ties: built-ins first, then provider patterns in order), with its span. */
export function personalDataMatches(text: string, extraPatterns: readonly RegExp[]): MatchStart[] {
  const spans = [
    ...nhsNumberSpans(text).map((s) => ({ kind: 'nhs-number' as const, ...s })),
    ...niNumberSpans(text).map((s) => ({ kind: 'ni-number' as const, ...s })),
    ...dateOfBirthSpans(text).map((s) => ({ kind: 'date-of-birth' as const, ...s })),
    ...providerPatternMatches(text, extraPatterns),
  ];
  if (spans.length === 0) return [];
  const isObjectId = insideObjectId(text);
  const starts: MatchStart[] = spans.filter((m) => !isObjectId(m));
  return starts.sort((a, b) => a.offset - b.offset || (a.patternIndex ?? -1) - (b.patternIndex ?? -1));
}

