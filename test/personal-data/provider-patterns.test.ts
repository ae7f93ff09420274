import { describe, expect, it } from 'vitest';
import { compileProviderPatterns, findPersonalData } from '../../src/personal-data/index.js';
import { repeatsARepeat } from '../../src/personal-data/regex-risk.js';
import { placeOf } from './fixture.js';

const ROOM = '\\bRoom 1[0-9]{2}\\b'; // SPEC's example, as YAML hands it over

describe('compileProviderPatterns', () => {
  it('compiles valid patterns and finds their matches, with a 0-based patternIndex', () => {
    const { patterns, problems } = compileProviderPatterns([ROOM, 'Resident R-\\d{4}']);
    expect(problems).toEqual([]);
    const text = 'id: MH-001\nsummary: Fall in Room 104 (Resident R-0042)\n';
    expect(findPersonalData(text, patterns)).toEqual([
      { kind: 'provider-pattern', patternIndex: 0, ...placeOf(text, 'Room 104') },
      { kind: 'provider-pattern', patternIndex: 1, ...placeOf(text, 'Resident R-0042') },
    ]);
    expect(findPersonalData('Room 204 and Room 1040', patterns)).toEqual([]);
  });

  it('means none when the setting is absent, and leaves a value that is not a list to the schema', () => {
    for (const sources of [undefined, null, ROOM, { 0: ROOM }]) {
      expect(compileProviderPatterns(sources), String(sources)).toEqual({ patterns: [], problems: [] });
    }
  });

  it('reports an invalid pattern in plain English, says what to do, and does not quote it', () => {
    const { patterns, problems } = compileProviderPatterns(['Room (1[0-9]{2}', ROOM]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.index).toBe(0);
    const message = problems[0]!.message;
    expect(message).toContain('policy.personal_data.patterns item 1 is not a JavaScript regular expression the personal-data check can use (Unterminated group)');
    expect(message).toContain('or remove it');
    expect(message).not.toContain('Room (');
    // The good pattern keeps its place, so a hit names the right line of cqc.yaml.
    expect(findPersonalData('Room 101', patterns)).toEqual([{ kind: 'provider-pattern', patternIndex: 1, line: 1, column: 1 }]);
  });

  it('reports patterns that would flag every line, hang, or were mangled by YAML quoting', () => {
    const cases: [unknown, string][] = [
      ['', 'matches empty text'],
      ['x*', 'matches empty text'],
      ['(a+)+b', 'repeats a group that itself repeats'],
      ['(\\w*,?)*;', 'repeats a group that itself repeats'],
      ['\bRoom', 'YAML reads as a backspace'], // "\bRoom" in double quotes
      [12345, 'is a number'],
      [['Room'], 'is a list'],
      [null, 'is empty'],
    ];
    const { problems } = compileProviderPatterns(cases.map(([source]) => source));
    expect(problems.map((p) => p.index)).toEqual(cases.map((_, i) => i));
    problems.forEach((p, i) => expect(p.message, String(cases[i]![0])).toContain(cases[i]![1]));
    for (const p of problems) expect(p.message).toMatch(/: (put|make|remove|write)|\. Write/i);
  });

  it('treats ^ and $ as the ends of a line, CRLF included', () => {
    const { patterns } = compileProviderPatterns(['^Room \\d+$']);
    const text = 'a: 1\r\nRoom 12\r\nb: Room 13 later\r\n';
    expect(findPersonalData(text, patterns)).toEqual([{ kind: 'provider-pattern', patternIndex: 0, line: 2, column: 1 }]);
  });

  it('stops on a pattern that matches without consuming text', () => {
    const { patterns, problems } = compileProviderPatterns(['(?=Bed \\d)']);
    expect(problems).toEqual([]);
    const text = 'Émile ward, Bed 4, Bed 9';
    expect(findPersonalData(text, patterns).map((h) => [h.patternIndex, h.column])).toEqual([
      [0, placeOf(text, 'Bed 4').column], [0, placeOf(text, 'Bed 9').column],
    ]);
  });

  it('matches case-insensitively, like the built-in cues', () => {
    const { patterns } = compileProviderPatterns([ROOM]);
    const text = 'seen in room 112 at night; ROOM 113';
    expect(findPersonalData(text, patterns).map((h) => h.column)).toEqual([placeOf(text, 'room').column, placeOf(text, 'ROOM').column]);
    expect(findPersonalData('Room 212', patterns)).toEqual([]);
  });

  it('accepts what a plain JavaScript regular expression accepts (no u flag), and says why a bad one is unusable', () => {
    // Valid in /…/ without flags, errors with the u flag: a provider testing in a browser expects them to work.
    const { patterns, problems } = compileProviderPatterns(['Room\\ 1\\d\\d', 'Bed[\\w-.]+', 'R\\-\\d{3}']);
    expect(problems).toEqual([]);
    expect(findPersonalData('Room 104, Bed-4a, R-123', patterns).map((h) => h.patternIndex)).toEqual([0, 1, 2]);
    const reasons: [string, string][] = [
      ['(Room', 'Unterminated group'],
      ['Bed [A', 'Unterminated character class'],
      ['*R01', 'Nothing to repeat'],
      ['R{2,1}', 'numbers out of order in {} quantifier'],
    ];
    compileProviderPatterns(reasons.map(([source]) => source)).problems.forEach((p, i) => {
      expect(p.message).toContain(`(${reasons[i]![1]})`);
      expect(p.message).not.toContain(reasons[i]![0]);
    });
  });

  it('reports a Unicode class, which without the u flag would silently look for the letters "p{"', () => {
    const { problems } = compileProviderPatterns(['\\p{Lu}\\p{Ll}+ ward', '[\\p{L}]+ ward', 'a\\\\p{L}']);
    expect(problems.map((p) => p.index)).toEqual([0, 1]);
    expect(problems[0]!.message).toContain('uses a Unicode class such as \\p{L}');
  });

  it("does not move the caller's RegExp objects", () => {
    const given = /Room \d/g;
    given.lastIndex = 3;
    expect(findPersonalData('Room 1 Room 2', [given])).toHaveLength(2);
    expect(findPersonalData('Room 1 Room 2', [given])).toHaveLength(2);
    expect(given.lastIndex).toBe(3);
  });
});

describe('repeatsARepeat', () => {
  it('flags an unbounded repeat of a group holding an unbounded repeat', () => {
    for (const source of ['(a+)+', '(a*)*', '(?:\\d+ )+x', '(a|b+){2,}', '((ab)+c)*', '(?<n>\\w+)+$']) {
      expect(repeatsARepeat(source), source).toBe(true);
    }
  });

  it('passes bounded repeats, unrepeated groups, and quantifier characters that are literal', () => {
    for (const source of ['(ab)+', 'a+b+', '(a+){0,9}', '(a+)?', '(a+)b+', '[(+)]+', '\\(a+\\)+', '(a{2})+', 'Room \\d+( \\d+){0,9}']) {
      expect(repeatsARepeat(source), source).toBe(false);
    }
  });
});
