// The pure parts of the trail: chains, weakenings, registry changes, tolerant parsing, and the
// decision commits the meeting pack shows.
import { afterAll, describe, expect, it } from 'vitest';
import { fileChains } from '../../src/audit/chains.js';
import { weakenings } from '../../src/audit/criteria.js';
import { parseVersion, sameValue, stable } from '../../src/audit/parse.js';
import { EMPTY_REGISTRY, withPeople } from '../../src/audit/registry.js';
import { peopleDiffs } from '../../src/audit/registry-diff.js';
import { blobId, type Commit } from '../../src/git/index.js';
import { DEFAULT_POLICY } from '../../src/policy.js';
import { layoutOf } from '../../src/repo/layout.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanupRepos, git, tempDir, writeFiles } from '../git/helpers.js';
import { ACTION, actionYaml, dan, PEOPLE, recommendedStory, rulesOf, gitFindings, story } from './fixture.js';

afterAll(cleanupRepos);

const commit = (changes: Commit['changes']): Commit => ({
  hash: 'h', parents: [], author: { name: 'a', email: 'a@x', date: '2026-01-01T00:00:00Z' },
  committer: { name: 'a', email: 'a@x', date: '2026-01-01T00:00:00Z' }, message: 'm', trailers: {}, changes,
});

describe('fileChains', () => {
  it('follows renames, ends a chain at a deletion and continues it when the path returns', () => {
    const chains = fileChains([
      commit([{ status: 'A', path: 'actions/A.yaml' }, { status: 'A', path: 'people.yaml' }]),
      commit([{ status: 'R', path: 'actions/B.yaml', oldPath: 'actions/A.yaml' }]),
      commit([{ status: 'D', path: 'actions/B.yaml' }, { status: 'A', path: 'evidence/B/files/x.pdf' }]),
      commit([{ status: 'A', path: 'actions/B.yaml' }, { status: 'C', path: 'actions/C.yaml', oldPath: 'actions/A.yaml' }]),
    ], layoutOf({}).kindOf);
    expect(chains.map((c) => [c.kind, c.path, c.steps.map((s) => `${s.index}${s.status}`).join(' ')])).toEqual([
      ['action', 'actions/B.yaml', '0A 1R 2D 3A'],
      ['people', 'people.yaml', '0A'],
      ['other', 'evidence/B/files/x.pdf', '2A'],
      ['action', 'actions/C.yaml', '3A'],
    ]);
  });
});

describe('weakenings', () => {
  const base = parseVersion(actionYaml('in_progress'))!;
  it('names each way criteria were relaxed, and nothing for a stricter change', () => {
    const weaker = parseVersion(actionYaml('in_progress', (a) => { delete a.closure_criteria!.min_sources; a.closure_criteria!.sustained_for = 3; }))!;
    // min_sources falls back to the policy default (2): no weaker; sustained_for rose: stricter.
    expect(weakenings(base, weaker, DEFAULT_POLICY)).toEqual([]);
    const gone = parseVersion(actionYaml('in_progress', (a) => { delete a.target; delete a.closure_criteria; }))!;
    expect(weakenings(base, gone, DEFAULT_POLICY).map((w) => w.what)).toEqual(['the target was removed', 'the closure criteria were removed']);
    expect(weakenings(base, parseVersion(actionYaml('in_progress', (a) => { delete a.target!.due; }))!, DEFAULT_POLICY)).toEqual([{ field: ['target'], what: 'the due date 2026-11-30 was removed' }]);
  });
});

describe('peopleDiffs', () => {
  const before = withPeople(EMPTY_REGISTRY, { people: PEOPLE });
  it('ignores the order of lists and the case of emails', () => {
    const same = structuredClone(PEOPLE).reverse();
    same[0]!.emails = same[0]!.emails!.map((e) => e.toUpperCase());
    expect(peopleDiffs(before, withPeople(EMPTY_REGISTRY, { people: same }))).toEqual([]);
  });
});

describe('sameValue', () => {
  it('agrees with stable() on equal and unequal values, whatever the key order', () => {
    const cases: [unknown, unknown][] = [
      [{ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }],
      [{ a: 1 }, { a: 1, b: undefined }], [{ a: 1 }, { a: 2 }], [[1, 2], [2, 1]], [[1], [1, 1]],
      [null, undefined], [undefined, undefined], [NaN, NaN], ['1', 1], [{}, []], [{ a: null }, { a: null }],
    ];
    for (const [a, b] of cases) expect(sameValue(a, b), JSON.stringify([a, b])).toBe(stable(a) === stable(b));
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
  });
});

describe('parseVersion', () => {
  it('reads YAML 1.2 like today\'s files and refuses broken or non-mapping text', () => {
    expect(parseVersion('status: open\ndue: 2026-10-01\nflag: yes\n')).toEqual({ status: 'open', due: '2026-10-01', flag: 'yes' });
    expect(parseVersion('a: 1\na: 2\n')).toBeNull();
    expect(parseVersion('status: [open\n')).toBeNull();
    expect(parseVersion('- a\n')).toBeNull();
  });

  it('lets the trail step over a version that was committed broken', async () => {
    const s = story();
    s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('in_progress') }, 'raise');
    s.commit(dan, '2026-09-02', { [ACTION]: 'id: MH-001\nstatus: [monitoring\n' }, 'oops');
    // Compared with the last readable version (in progress), not read as a file restored at monitoring.
    s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('monitoring') }, 'fix');
    expect(rulesOf(await gitFindings(s.dir))).toEqual([]);
  });
});

describe('the newest committed version of each file', () => {
  it('comes from git, not the work tree, when the file was changed after its last commit', async () => {
    // Grace's closure is typed into the file but never committed: the trail must still show the
    // last commit (Priya's recommendation) as it was, or that commit would appear to record a
    // decision by Grace and be reported as misattributed.
    const s = recommendedStory();
    writeFiles(s.repo, { [ACTION]: actionYaml('closed') });
    const findings = await gitFindings(s.dir);
    expect(findings.map((f) => [f.rule, f.file])).toEqual([['not-committed', ACTION]]);
  });

  it('is identified by the object id git gives the same bytes', () => {
    const dir = tempDir();
    for (const text of ['id: MH-001\n', 'summary: café — 10 % ✓\n', '']) {
      writeFileSync(join(dir, 'f.yaml'), text);
      expect(blobId(text, 40)).toBe(git(dir, ['hash-object', 'f.yaml']).trim());
    }
    expect(blobId('', 64)).toMatch(/^[0-9a-f]{64}$/);
  });
});
