// The benchmark is only as honest as its data: the generated repo must be laid out exactly as
// SPEC.md says (the group layout, a folder per location), parse as YAML 1.2, carry a real
// multi-author dated history, be reproducible, and hold exactly the problems it says it planted.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_DIR: undefined, GIT_WORK_TREE: undefined };

type Doc = Record<string, unknown>;

let base: string;

function generate(dir: string, seed: number): void {
  const result = spawnSync(process.execPath, ['bench/generate.js', dir, '--actions', '20', '--evidence-per-action', '5', '--seed', String(seed)],
    { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`generate.js failed: ${result.stderr}`);
}

function git(dir: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: GIT_ENV });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

function readYaml(path: string): Doc {
  const doc = parseDocument(readFileSync(path, 'utf8'), { version: '1.2', uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0]?.message}`);
  return doc.toJS() as Doc;
}

const repo = () => join(base, 'a');
/** Each action's id with its location folder: locations/<location>/actions/<id>.yaml. */
const actionFiles = () => readdirSync(join(repo(), 'locations')).flatMap((location) =>
  readdirSync(join(repo(), 'locations', location, 'actions')).map((name) => ({ location, id: name.replace(/\.yaml$/, '') })));
const actionIds = () => actionFiles().map((a) => a.id);
const actionFile = (id: string) => { const a = actionFiles().find((f) => f.id === id)!; return join(repo(), 'locations', a.location, 'actions', `${id}.yaml`); };

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'cqc-bench-gen-'));
  generate(join(base, 'a'), 7);
  generate(join(base, 'b'), 7);
  generate(join(base, 'c'), 8);
}, 120_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('bench/generate.js', () => {
  it('lays the repo out as SPEC.md describes, a folder per location', () => {
    expect(existsSync(join(repo(), 'cqc.yaml'))).toBe(true);
    expect(readYaml(join(repo(), 'cqc.yaml')).layout).toBe('by-location');
    expect(existsSync(join(repo(), 'people.yaml'))).toBe(true);
    expect(actionIds()).toHaveLength(20);
    let evidenceFiles = 0;
    for (const { location, id } of actionFiles()) {
      expect(readYaml(actionFile(id)).location).toBe(location);
      for (const name of readdirSync(join(repo(), 'locations', location, 'evidence', id))) {
        if (name === 'files') continue;
        expect(name).toMatch(/\.yaml$/);
        evidenceFiles += 1;
      }
    }
    expect(evidenceFiles).toBe(100);
  });

  it('writes YAML 1.2 that parses, with ids matching their file names and references that resolve', () => {
    const config = readYaml(join(repo(), 'cqc.yaml'));
    const locations = config.locations as { id: string }[];
    expect(config.provider).toEqual(expect.any(String));
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(location.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const people = (readYaml(join(repo(), 'people.yaml')).people as { id: string; roles: string[]; emails: string[] }[]);
    expect(people.length).toBeGreaterThanOrEqual(8);
    const personIds = new Set(people.map((p) => p.id));
    for (const id of actionIds()) {
      expect(id).toMatch(ID);
      const action = readYaml(actionFile(id));
      expect(action.id).toBe(id);
      expect(action.raised).toMatch(ISO_DATE); // YAML 1.2: a date stays a string
      expect(personIds.has(action.owner as string)).toBe(true);
      expect(locations.map((l) => l.id)).toContain(action.location);
      expect(['open', 'in_progress', 'monitoring', 'closed']).toContain(action.status);
      const folder = join(actionFile(id), '..', '..', 'evidence', id);
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) {
        const item = readYaml(join(folder, name));
        expect(`${item.id as string}.yaml`).toBe(name);
        expect(item.id).toMatch(new RegExp(`^${id}-E\\d{2,}$`));
        expect(item.action).toBe(id);
        expect(item.date).toMatch(ISO_DATE);
        expect(personIds.has(item.recorded_by as string) || item.recorded_by === 'agency-worker').toBe(true);
      }
    }
  });

  it('closes some actions through a recommendation and a decision by someone other than the owner', () => {
    const closed = actionIds().map((id) => readYaml(actionFile(id))).filter((a) => a.status === 'closed');
    expect(closed.length).toBeGreaterThan(0);
    for (const action of closed) {
      const closure = action.closure as Doc;
      expect(closure.recommended_by).toEqual(expect.any(String));
      expect(closure.decision).toBe('close');
      expect((action.post_closure as Doc).review_due).toMatch(ISO_DATE);
    }
    expect(closed.some((a) => (a.closure as Doc).decided_by !== a.owner)).toBe(true);
  });

  it('has a dated history by several authors, and a clean work tree', () => {
    const log = git(repo(), 'log', '--reverse', '--format=%at %ae').trim().split('\n');
    expect(log.length).toBeGreaterThan(40);
    const times = log.map((line) => Number(line.split(' ')[0]));
    for (let i = 1; i < times.length; i += 1) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
    const authors = new Set(log.map((line) => line.split(' ')[1]));
    expect(authors.size).toBeGreaterThanOrEqual(4);
    const emails = new Set((readYaml(join(repo(), 'people.yaml')).people as { emails: string[] }[]).flatMap((p) => p.emails));
    for (const author of authors) expect(emails.has(author!)).toBe(true);
    expect(git(repo(), 'status', '--porcelain')).toBe('');
  });

  it('holds exactly the problems it planted: cqc check finds each, and no other error', () => {
    const manifest = JSON.parse(readFileSync(join(repo(), '.git', 'cqc-bench.json'), 'utf8')) as { end: string; problems: { action: string; rules: string[] }[] };
    const r = spawnSync(process.execPath, ['bin/cqc.js', 'check', '-C', repo(), '--no-cache', '--as-of', manifest.end, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { summary: { git: boolean }; findings: { rule: string; severity: string; action?: string }[] };
    expect(report.summary.git).toBe(true);
    const planted = new Map(manifest.problems.map((p) => [p.action, p.rules]));
    const stray = report.findings.filter((f) => f.severity === 'error' && !planted.has(f.action ?? ''));
    expect(stray).toEqual([]);
    for (const [action, rules] of planted) {
      expect(report.findings.some((f) => f.action === action && rules.includes(f.rule)), `${action}: ${rules.join(', ')}`).toBe(true);
    }
  });

  it('gives the same tree for the same seed and a different one for another seed', () => {
    const tree = (dir: string) => git(join(base, dir), 'rev-parse', 'HEAD^{tree}').trim();
    expect(tree('a')).toMatch(/^[0-9a-f]{40}$/);
    expect(tree('b')).toBe(tree('a'));
    expect(git(join(base, 'b'), 'rev-parse', 'HEAD')).toBe(git(repo(), 'rev-parse', 'HEAD'));
    expect(tree('c')).not.toBe(tree('a'));
  });
});
