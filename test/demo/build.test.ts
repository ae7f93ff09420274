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
    expect(commits).toHaveLength(69);
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

  // Who added a line to an action file, read from git itself.
  const addedBy = (path: string, line: string) => log().filter((c) => git('show', c.hash, '--', path).includes(`\n+${line}\n`)).map((c) => c.email);
  const MH = 'locations/rose-house/actions/MH-001.yaml';
  const NUT = 'locations/maple-lodge/actions/NUT-001.yaml';
  const SUP = 'locations/rose-house/actions/SUP-001.yaml';

  it('keeps the records in one folder per home from the first commit', () => {
    expect(git('show', `${log()[0]?.hash}:cqc.yaml`)).toMatch(/^layout: by-location$/m);
    const paths = git('log', '--format=', '--name-only').split('\n').filter(Boolean);
    expect(paths.filter((p) => !/^(locations\/(rose-house|maple-lodge)\/|cqc\.yaml$|people\.yaml$|README\.md$|\.gitlab-ci\.yml$|\.github\/)/.test(p))).toEqual([]);
  });

  it('records the NUT-001 decision in a commit not authored by the decider: the one deliberate problem', () => {
    expect(addedBy(NUT, '  decided_by: ruth-adeyemi')).toEqual([emailOf.get('nadia-hussain')]);
    expect(addedBy(NUT, 'status: closed')).toEqual([emailOf.get('nadia-hussain')]);
  });

  it('records every other recommendation, decision, hold and review in a commit by the person named', () => {
    expect(addedBy(MH, '  recommended_by: priya-patel')).toEqual([emailOf.get('priya-patel')]);
    expect(addedBy(MH, '  decided_by: grace-okafor')).toEqual([emailOf.get('grace-okafor')]);
    expect(addedBy(MH, 'status: closed')).toEqual([emailOf.get('grace-okafor')]);
    expect(addedBy(MH, '      by: ruth-adeyemi')).toEqual([emailOf.get('ruth-adeyemi')]);
    expect(addedBy(NUT, '  recommended_by: tom-walsh')).toEqual([emailOf.get('tom-walsh')]);
    expect(addedBy(NUT, '      by: grace-okafor')).toEqual([emailOf.get('grace-okafor')]);
    expect(addedBy(SUP, '  recommended_by: priya-patel')).toEqual([emailOf.get('priya-patel')]);
    expect(addedBy(SUP, '  decision: hold')).toEqual([emailOf.get('ruth-adeyemi')]);
    expect(addedBy(SUP, '  return_by: 2027-01-26')).toEqual([emailOf.get('ruth-adeyemi')]);
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
