// Property: whatever identifier is found, the hit that reports it holds none of its digits.
import { describe, expect, it } from 'vitest';
import { compileProviderPatterns, findPersonalData, type PersonalDataKind } from '../../src/personal-data/index.js';
import { nhsCheckDigit, seededRandom, spaced } from './fixture.js';

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const digits = (r: Random, n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const pad = (n: number): string => String(n).padStart(2, '0');

function nhsNumber(r: Random): string {
  for (;;) {
    const nine = digits(r, 9);
    const check = nhsCheckDigit(nine);
    if (check === undefined || nine.startsWith('999')) continue;
    return pick(r, [(t: string) => t, (t: string) => spaced(t), (t: string) => spaced(t, '-')])(`${nine}${check}`);
  }
}

function niNumber(r: Random): string {
  for (;;) {
    const prefix = pick(r, [...'ABCEGHJKLMNOPRSTWXYZ']) + pick(r, [...'ABCEGHJKLMNPRSTWXYZ']);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix)) continue;
    const gap = () => pick(r, ['', ' ']);
    const text = `${prefix}${gap()}${digits(r, 2)}${gap()}${digits(r, 2)}${gap()}${digits(r, 2)}${gap()}${pick(r, [...'ABCD'])}`;
    return r() < 0.5 ? text : text.toLowerCase();
  }
}

function birthDate(r: Random): string {
  const [d, m, y] = [1 + Math.floor(r() * 28), 1 + Math.floor(r() * 12), 1920 + Math.floor(r() * 80)];
  const month = ['January', 'Feb', 'March', 'Apr', 'May', 'June', 'Jul', 'August', 'Sept', 'October', 'Nov', 'December'][m - 1];
  return pick(r, [`${d}/${m}/${y}`, `${pad(d)}.${pad(m)}.${y}`, `${d}-${pad(m)}-${String(y).slice(2)}`, `${d} ${month} ${y}`, `${y}-${pad(m)}-${pad(d)}`]);
}

const ROOM = compileProviderPatterns(['Room \\d{3}']).patterns;
const FILLER = ['id: MH-001', 'status: open', '# reviewed weekly', 'owner: sam-smith', ''];

// Line and column stay single digits, so any two-digit run of the value in the JSON would be the value.
function sample(r: Random): { text: string; kind: PersonalDataKind; value: string; line: number } {
  const kind = pick(r, ['nhs-number', 'ni-number', 'date-of-birth', 'provider-pattern'] as const);
  const value = kind === 'nhs-number' ? nhsNumber(r) : kind === 'ni-number' ? niNumber(r)
    : kind === 'date-of-birth' ? birthDate(r) : `Room ${100 + Math.floor(r() * 900)}`;
  const written = `${pick(r, ['', '# ', '- '])}${kind === 'date-of-birth' ? `${pick(r, ['DOB', 'dob', 'born'])} ` : ''}${value}`;
  const lines = Array.from({ length: 1 + Math.floor(r() * 8) }, () => pick(r, FILLER));
  const at = Math.floor(r() * (lines.length + 1));
  lines.splice(at, 0, written);
  return { text: lines.join(pick(r, ['\n', '\r\n'])), kind, value, line: at + 1 };
}

describe('no hit holds the value it reports', () => {
  it('for 500 generated identifiers of every kind', () => {
    const r = seededRandom(16);
    const seen = new Set<PersonalDataKind>();
    for (let i = 0; i < 500; i++) {
      const { text, kind, value, line } = sample(r);
      const hits = findPersonalData(text, ROOM);
      // It was found, once, where it was put: a property over no hits would prove nothing.
      expect(hits.map((h) => [h.kind, h.line]), text).toEqual([[kind, line]]);
      expect(hits[0]!.column).toBeLessThan(10);
      const json = JSON.stringify(hits);
      for (const run of value.match(/\d{2,}/g) ?? []) expect(json, `${value} in ${json}`).not.toContain(run);
      expect(json.toLowerCase()).not.toContain(value.toLowerCase());
      seen.add(kind);
    }
    expect(seen.size).toBe(4);
  });
});
