import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDemoRepo } from '../../src/demo/build.js';
import { findExamplesDir, readExampleFiles } from '../../src/demo/example-files.js';
import { DEMO_STORY } from '../../src/demo/story.js';

const examplesDir = findExamplesDir();
const work = mkdtempSync(join(tmpdir(), 'cqc-demo-'));
const repo = join(work, 'demo');

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
}

interface LoggedCommit { hash: string; email: string; date: string; subject: string }
function log(): LoggedCommit[] {
  return git('log', '--reverse', '--format=%H%x09%ae%x09%aI%x09%s')
    .trim().split('\n').map((line) => {
      const [hash = '', email = '', date = '', subject = ''] = line.split('\t');
      return { hash, email, date, subject };
    });
}

const emailOf = new Map(
  (parse(readFileSync(join(examplesDir, 'people.yaml'), 'utf8'), { version: '1.2' }) as { people: { id: string; emails: string[] }[] })
    .people.map((p) => [p.id, p.emails[0]]),
);

beforeAll(async () => {
  await buildDemoRepo(repo);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('buildDemoRepo', () => {
  it('ends with files byte-identical to examples/, and no others', () => {
    const built = readExampleFiles(repo);
    const builtFiles = Object.keys(built);
    const expected = readExampleFiles(examplesDir);
    expect(builtFiles.sort()).toEqual(Object.keys(expected).sort());
    for (const [path, text] of Object.entries(expected)) expect(built[path], path).toBe(text);
    expect(git('status', '--porcelain')).toBe('');
  });

  it('makes one commit per story entry, authored by the person the story names', () => {
    const commits = log();
    expect(commits).toHaveLength(DEMO_STORY.length);
    expect(commits).toHaveLength(37);
    commits.forEach((commit, i) => {
      const entry = DEMO_STORY[i];
      expect(commit.email).toBe(emailOf.get(entry?.author ?? ''));
      expect(commit.subject).toBe(entry?.message);
    });
    expect(commits[0]?.email).toBe('grace.okafor@example.org');
  });

  it('dates every commit in story order, in UK time', () => {
    const dates = log().map((c) => c.date);
    expect(dates[0]).toBe('2026-07-01T09:30:00+01:00');
    expect(dates.at(-1)).toBe('2026-11-25T10:00:00+00:00');
    const instants = dates.map((d) => Date.parse(d));
    for (let i = 1; i < instants.length; i++) expect(instants[i]).toBeGreaterThan(instants[i - 1] ?? 0);
  });

  it('writes Cqc-Action and Cqc-Event trailers on action commits', () => {
    const decision = log().find((c) => c.subject.startsWith('MH-001: closure approved'));
    const trailers = git('show', '-s', '--format=%(trailers:only,unfold)', decision?.hash ?? 'HEAD');
    expect(trailers).toContain('Cqc-Action: MH-001');
    expect(trailers).toContain('Cqc-Event: decided');
  });

  it('records the NUT-001 decision in a commit not authored by the decider', () => {
    const diffs = log().filter((c) => git('show', c.hash, '--', 'actions/NUT-001.yaml').includes('+  decided_by: ruth-adeyemi'));
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.email).toBe(emailOf.get('nadia-hussain'));
    expect(diffs[0]?.email).not.toBe(emailOf.get('ruth-adeyemi'));
  });

  it('records the MH-001 recommendation and decision in commits by the people named', () => {
    const added = (line: string) => log().filter((c) => git('show', c.hash, '--', 'actions/MH-001.yaml').includes(`+  ${line}`));
    expect(added('recommended_by: priya-patel').map((c) => c.email)).toEqual([emailOf.get('priya-patel')]);
    expect(added('decided_by: grace-okafor').map((c) => c.email)).toEqual([emailOf.get('grace-okafor')]);
  });
});

describe('buildDemoRepo refuses to overwrite', () => {
  it('throws for a folder that already has files in it', async () => {
    const busy = join(work, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'notes.txt'), 'mine');
    await expect(buildDemoRepo(busy)).rejects.toThrow(/not empty/);
    expect(readFileSync(join(busy, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
