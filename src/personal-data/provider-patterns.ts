// The provider knows its own identifiers (room numbers, care-system references); cqc looks for those too.
// The one definition of how a provider's pattern is compiled: the personal-data rule, the audit and
// the cqc.yaml schema check all come through compileProviderPatterns, so a pattern that passes the
// schema check is always the pattern the rule runs.
import type { MatchStart } from './hit.js';
import { repeatsARepeat } from './regex-risk.js';

/** Index is 0-based, as in the YAML path policy.personal_data.patterns[index]. */
export interface PatternProblem { index: number; message: string }

// Case-insensitive, like the built-in cues: care staff write "room 104" and "ROOM 104" alike, and a
// missed identifier costs more than a second look. No u flag: SPEC says "JavaScript regular
// expressions", and a provider tries one as /…/ in a browser; the u flag would turn patterns that
// work there (an escaped space, "\-", "[\w-.]") into errors. JavaScript has no inline (?i) on Node 20.
const FLAGS = 'i';

function whereIs(index: number): string {
  return `policy.personal_data.patterns item ${index + 1}`;
}

const QUOTING = "In YAML, single quotes keep backslashes as written ('\\bRoom 1[0-9]{2}\\b'); inside double quotes each backslash must be doubled.";

// The reason V8 gives after "Invalid regular expression: /<source>/<flags>: ", which has no ": ".
// Only the reason: the rest would echo the pattern, which may itself describe a person.
function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.slice(text.lastIndexOf(': ') + 2).trim() || 'not understood';
}

// Tab is allowed: "\t" in double quotes and \t in a pattern both mean a tab.
function hasControlCharacter(source: string): boolean {
  return [...source].some((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 0x20 && ch !== '\t') || code === 0x7f;
  });
}

// \p{…} (an unescaped backslash before it): without the u flag it silently means the letters "p{…}".
const UNICODE_CLASS = /(?:^|[^\\])(?:\\\\)*\\[pP]\{/;

function problemWith(source: unknown, index: number): { problem?: string; pattern?: RegExp } {
  if (typeof source !== 'string') {
    return { problem: `${whereIs(index)} is ${source === null ? 'empty' : `a ${Array.isArray(source) ? 'list' : typeof source}`}, not a regular expression written as text: put the pattern in single quotes. ${QUOTING}` };
  }
  // A control character is almost always "\b" inside double quotes, which YAML reads as backspace.
  if (hasControlCharacter(source)) {
    return { problem: `${whereIs(index)} holds a control character, usually "\\b" written inside double quotes, which YAML reads as a backspace, so the pattern would never match. Write it in single quotes or double the backslash ("\\\\b").` };
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, FLAGS);
  } catch (err) {
    return { problem: `${whereIs(index)} is not a JavaScript regular expression the personal-data check can use (${reasonOf(err)}). `
      + 'Correct it (put a backslash before a ( ) [ ] { } . * + ? that should match itself, and close every bracket you open) or remove it; until then it is not checked.' };
  }
  if (UNICODE_CLASS.test(source)) {
    return { problem: `${whereIs(index)} uses a Unicode class such as \\p{L}, which cqc cannot use (patterns are matched without JavaScript's u flag, so it would look for the letters "p{"): list the characters instead, for example [A-Za-zÀ-ÿ].` };
  }
  if (pattern.test('')) {
    return { problem: `${whereIs(index)} matches empty text, so it would flag every line of every file: make it need at least one character (for example + instead of *).` };
  }
  if (repeatsARepeat(source)) {
    return { problem: `${whereIs(index)} repeats a group that itself repeats, like (a+)+, which on some text takes so long that the check (and the pre-commit hook) hangs: remove the outer repeat or give it an upper limit such as {0,9}.` };
  }
  return { pattern };
}

// Stands in for a bad entry so patterns[i] stays sources[i] and a hit's patternIndex names the
// right line of cqc.yaml.
const MATCHES_NOTHING = /(?!)/u;

/**
 * Compiles policy.personal_data.patterns. Absent (undefined or null) means none. A value that is not
 * a list is left to the cqc.yaml schema, which reports its type. Each bad entry becomes a problem
 * the caller reports as a `schema` finding at policy.personal_data.patterns[index], and is replaced
 * by a pattern that matches nothing: patterns[i] is always sources[i], and one typo does not switch
 * off the other patterns.
 */
export function compileProviderPatterns(sources: unknown): { patterns: RegExp[]; problems: PatternProblem[] } {
  const patterns: RegExp[] = [];
  const problems: PatternProblem[] = [];
  if (!Array.isArray(sources)) return { patterns, problems };
  sources.forEach((source: unknown, index) => {
    const { problem, pattern } = problemWith(source, index);
    if (problem !== undefined) problems.push({ index, message: problem });
    patterns.push(pattern ?? MATCHES_NOTHING);
  });
  return { patterns, problems };
}

/**
 * Provider-pattern matches, one line at a time (a trailing "\r" removed): ^ and $ then
 * mean a line, as a provider expects, and one line bounds the text any pattern backtracks over.
 * The caller's RegExp objects are copied, never advanced, so the scan stays pure.
 */
export function providerPatternMatches(text: string, patterns: readonly RegExp[]): MatchStart[] {
  if (patterns.length === 0) return [];
  const scanners = patterns.map((p) => new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}g`));
  const out: MatchStart[] = [];
  let lineStart = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    scanners.forEach((re, patternIndex) => {
      re.lastIndex = 0;
      for (let m = re.exec(line); m !== null; m = re.exec(line)) {
        out.push({ kind: 'provider-pattern', offset: lineStart + m.index, length: m[0].length, patternIndex });
        if (m[0] === '') re.lastIndex++; // a lookahead-only pattern would otherwise never move on
      }
    });
    lineStart += rawLine.length + 1;
  }
  return out;
}
