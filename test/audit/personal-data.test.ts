// The pure half of `cqc audit --personal-data`: which versions are scanned, and where each
// identifier first appears, from commits and blob texts made up here.
import { describe, expect, it } from 'vitest';
import { introductions, utcDay, versionsToScan } from '../../src/audit/personal-data.js';
import type { Commit, FileChange } from '../../src/git/index.js';
import { compileProviderPatterns } from '../../src/personal-data/index.js';
import { layoutOf } from '../../src/repo/layout.js';
import { withCheckDigit } from '../personal-data/fixture.js';

const NHS = withCheckDigit('736481902');
const kindOf = layoutOf({}).kindOf;

function commit(n: number, date: string, changes: FileChange[]): Commit {
  const who = { name: 'Priya Patel', email: 'priya.patel@example.org', date };
  return { hash: String(n).repeat(40).slice(0, 40), parents: [], author: who, committer: who, message: `c${n}`, trailers: {}, changes };
}

describe('versionsToScan', () => {
  it('takes records, cqc.yaml (built-in kinds only) and text files, not the tool folders or other files', () => {
    const commits = [commit(1, '2026-09-02T10:00:00Z', [
      { status: 'A', path: 'actions/MH-001.yaml', blob: 'a1' },
      { status: 'A', path: 'evidence/MH-001/MH-001-E01.yaml', blob: 'e1' },
      { status: 'A', path: 'evidence/MH-001/files/notes.CSV', blob: 'n1' },
      { status: 'A', path: 'README.md', blob: 'r1' },
      { status: 'A', path: 'people.yaml', blob: 'p1' },
      { status: 'A', path: 'cqc.yaml', blob: 'c1' },
      { status: 'A', path: '.github/workflows/NOTES.md', blob: 'g1' },
      { status: 'A', path: 'evidence/MH-001/files/scan.pdf', blob: 'f1' },
      { status: 'A', path: 'scripts/tool.yaml', blob: 's1' },
    ])];
    expect(versionsToScan(commits, kindOf).map((v) => [v.path, v.builtInOnly]).sort()).toEqual([
      ['README.md', false], ['actions/MH-001.yaml', false], ['cqc.yaml', true], ['evidence/MH-001/MH-001-E01.yaml', false],
      ['evidence/MH-001/files/notes.CSV', false], ['people.yaml', false],
    ]);
  });

  it('leaves out commits before the trail start, comparing the committer date in UTC', () => {
    const commits = [
      commit(1, '2026-09-01T00:30:00+01:00', [{ status: 'A', path: 'actions/A-1.yaml', blob: 'x' }]), // 31 August in UTC
      commit(2, '2026-08-31T23:30:00-01:00', [{ status: 'A', path: 'actions/A-2.yaml', blob: 'y' }]), // 1 September in UTC
    ];
    expect(utcDay(commits[0]!.committer.date)).toBe('2026-08-31');
    expect(versionsToScan(commits, kindOf, '2026-09-01').map((v) => v.path)).toEqual(['actions/A-2.yaml']);
  });
});

describe('introductions', () => {
  it('reports an identifier where a file first holds it, follows renames, and knows whether it is still there', () => {
    const commits = [
      commit(1, '2026-09-02T10:00:00Z', [{ status: 'A', path: 'evidence/MH-001/E1.yaml', blob: 'b1' }]),
      commit(2, '2026-09-03T10:00:00Z', [{ status: 'M', path: 'evidence/MH-001/E1.yaml', blob: 'b2' }]),
      commit(3, '2026-09-04T10:00:00Z', [{ status: 'R', oldPath: 'evidence/MH-001/E1.yaml', path: 'evidence/MH-001/E01.yaml', blob: 'b2' }]),
      commit(4, '2026-09-05T10:00:00Z', [{ status: 'M', path: 'evidence/MH-001/E01.yaml', blob: 'b3' }]),
      commit(5, '2026-09-06T10:00:00Z', [{ status: 'A', path: 'cqc.yaml', blob: 'c1' }]),
    ];
    const texts = new Map([
      ['b1', `summary: NHS ${NHS}\n`],
      ['b2', `summary: NHS ${NHS} seen in room 104\n`], // the same number, and now a room
      ['b3', 'summary: seen in room 104\n'], // the number removed
      ['c1', `patterns: ['room 1\\d\\d'] # e.g. room 104\n# NHS ${NHS}\n`], // its own example is no find
    ]);
    const { patterns } = compileProviderPatterns(['room 1\\d\\d']);
    const found = introductions(commits, versionsToScan(commits, kindOf), texts, patterns);
    expect(found.map((f) => [f.commit.message, f.path, f.hit.kind, f.hit.line, f.stillThere])).toEqual([
      ['c1', 'evidence/MH-001/E1.yaml', 'nhs-number', 1, false],
      ['c2', 'evidence/MH-001/E1.yaml', 'provider-pattern', 1, true],
      ['c5', 'cqc.yaml', 'nhs-number', 2, true],
    ]);
  });
});
