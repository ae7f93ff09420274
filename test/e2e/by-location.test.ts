// The group layout end to end: records kept per location, a per-location check that reads only its
// own part, and a real history moved to flat and back, one commit each, every record's past still judged.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { testGitEnv } from '../git/helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'cqc-by-location-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Json { summary: Record<string, unknown>; findings: { rule: string; file: string; action?: string; message: string; line?: number }[]; actions: { id: string }[] }

const AS_OF = ['--as-of', '2026-11-26'];
const json = (dir: string, extra: string[] = []): Json => JSON.parse(cqc(['check', '--format', 'json', ...AS_OF, ...extra], { cwd: dir }).stdout) as Json;
const git = (dir: string, args: string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: dir, env: testGitEnv(env), encoding: 'utf8' });
const GRACE = { GIT_AUTHOR_NAME: 'Grace Okafor', GIT_AUTHOR_EMAIL: 'grace.okafor@example.org', GIT_COMMITTER_NAME: 'Grace Okafor', GIT_COMMITTER_EMAIL: 'grace.okafor@example.org' };

describe('a group repo started with cqc init --layout by-location', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(scratch, 'group');
    const init = cqc(['init', dir, '--layout', 'by-location', '--provider', 'Example Care Group', '--location', 'rose-house=Rose House', '--location', 'oak-lodge=Oak Lodge'], { cwd: scratch });
    expect(init.code, init.stderr).toBe(0);
    // Someone to own and record things, whoever runs the test.
    writeFileSync(join(dir, 'people.yaml'), 'people:\n  - { id: dan-jones, name: Dan Jones, roles: [deputy-manager], emails: [dan.jones@example.org] }\n');
  });

  it('keeps cqc.yaml saying so, and a folder per location', () => {
    expect(readFileSync(join(dir, 'cqc.yaml'), 'utf8')).toMatch(/^layout: by-location$/m);
    for (const l of ['rose-house', 'oak-lodge']) {
      expect(existsSync(join(dir, 'locations', l, 'actions', '.gitkeep'))).toBe(true);
      expect(existsSync(join(dir, 'locations', l, 'evidence', '.gitkeep'))).toBe(true);
    }
  });

  it('writes new actions and evidence into the location\'s folder, and checks them clean', () => {
    const made = cqc(['new', '--no-input', '--title', 'Falls risk assessments out of date', '--location', 'oak-lodge', '--owner', 'dan-jones', '--raised', '2026-11-02',
      '--measure', 'Falls risk assessments reviewed monthly', '--unit', 'percent', '--goal', '100', '--direction', 'at_least',
      '--reviewer', 'deputy-manager', '--approver', 'deputy-manager', '--required-evidence', 'audit'], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(join(dir, 'locations/oak-lodge/actions/FRA-001.yaml'))).toBe(true);
    const ev = cqc(['evidence', 'add', 'FRA-001', '--no-input', '--type', 'audit', '--date', '2026-11-03', '--summary', 'Baseline audit of 10 files', '--by', 'dan-jones'], { cwd: dir });
    expect(ev.code, ev.stderr).toBe(0);
    expect(existsSync(join(dir, 'locations/oak-lodge/evidence/FRA-001/FRA-001-E01.yaml'))).toBe(true);
    expect(json(dir, ['--no-git']).findings.filter((f) => f.rule === 'id-filename' || f.rule === 'schema')).toEqual([]);
  });

  it('refuses a new action with no location, naming the locations to choose from', () => {
    const r = cqc(['new', '--no-input', '--title', 'Medicines audit overdue', '--owner', 'dan-jones', '--raised', '2026-11-02'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a location.*rose-house, oak-lodge/);
  });
});

describe('checking the group layout', () => {
  const CONFIG = 'provider: Example Care Group\nlayout: by-location\nlocations:\n  - { id: rose-house, name: Rose House }\n  - { id: oak-lodge, name: Oak Lodge }\n';
  const PEOPLE = 'people:\n  - { id: dan-jones, name: Dan Jones, roles: [deputy-manager], emails: [dan.jones@example.org] }\n';
  const action = (id: string, location: string) => `id: ${id}\ntitle: Falls risk assessments out of date\nlocation: ${location}\nraised: 2026-11-02\nowner: dan-jones\nstatus: open\n`;
  const evidence = (id: string, action: string) => `id: ${id}\naction: ${action}\ntype: audit\ndate: 2026-11-03\nrecorded_by: dan-jones\nsummary: Baseline audit\n`;
  function repo(files: Record<string, string>): string {
    const d = mkdtempSync(join(scratch, 'check-'));
    for (const [path, text] of Object.entries({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, ...files })) {
      mkdirSync(join(d, path, '..'), { recursive: true });
      writeFileSync(join(d, path), text);
    }
    return d;
  }

  it('reports an action filed under another location\'s folder, and where it belongs', () => {
    const d = repo({ 'locations/rose-house/actions/FRA-001.yaml': action('FRA-001', 'oak-lodge') });
    const found = json(d, ['--no-git']).findings.filter((f) => f.rule === 'id-filename');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('Move it to locations/oak-lodge/actions/FRA-001.yaml');
  });

  it('reports evidence filed under another location than its action\'s, naming the right folder', () => {
    const d = repo({
      'locations/oak-lodge/actions/FRA-001.yaml': action('FRA-001', 'oak-lodge'),
      'locations/rose-house/evidence/FRA-001/FRA-001-E01.yaml': evidence('FRA-001-E01', 'FRA-001'),
    });
    const found = json(d, ['--no-git']).findings.filter((f) => f.rule === 'id-filename');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('Move it to locations/oak-lodge/evidence/FRA-001/')]);
  });

  it('finds an id used at two locations, even when a --location run reads only one of them', () => {
    const d = repo({
      'locations/oak-lodge/actions/FRA-001.yaml': action('FRA-001', 'oak-lodge'),
      'locations/rose-house/actions/FRA-001.yaml': action('FRA-001', 'rose-house'),
    });
    const dupes = (extra: string[]) => json(d, ['--no-git', ...extra]).findings.filter((f) => f.rule === 'duplicate-id').map((f) => f.file);
    expect(dupes([])).toEqual(['locations/oak-lodge/actions/FRA-001.yaml', 'locations/rose-house/actions/FRA-001.yaml']);
    expect(dupes(['--location', 'oak-lodge'])).toEqual(['locations/oak-lodge/actions/FRA-001.yaml']);
  });

  it('--location reads only that location\'s records: nothing in another location\'s folder is even opened', () => {
    const d = repo({
      'locations/oak-lodge/actions/FRA-001.yaml': action('FRA-001', 'oak-lodge'),
      // Misfiled: it says oak-lodge but sits in rose-house's folder. Only reading it could show that.
      'locations/rose-house/actions/MED-001.yaml': action('MED-001', 'oak-lodge'),
    });
    expect(json(d, ['--no-git']).findings.filter((f) => f.rule === 'id-filename').map((f) => f.action)).toEqual(['MED-001']);
    const scoped = json(d, ['--no-git', '--location', 'oak-lodge']);
    expect(scoped.findings.filter((f) => f.file.startsWith('locations/rose-house/'))).toEqual([]);
    expect(scoped.actions.map((a) => a.id)).toEqual(['FRA-001']);
  });

  // SPEC Scoping: "a CI matrix split by location loses nothing". A record misfiled in one location's
  // folder is read only by that location's run, so that run must report it, whatever action it names.
  it('a CI matrix split by location still reports records misfiled in another location\'s folder', () => {
    const d = repo({
      'locations/oak-lodge/actions/FRA-001.yaml': action('FRA-001', 'oak-lodge'),
      'locations/rose-house/evidence/FRA-001/FRA-001-E01.yaml': evidence('FRA-001-E01', 'FRA-001'),
      'locations/rose-house/actions/MED-001.yaml': action('MED-001', 'oak-lodge'),
    });
    const misfiled = (extra: string[]) => json(d, ['--no-git', ...extra]).findings.filter((f) => f.rule === 'id-filename' || f.rule === 'unknown-reference').map((f) => [f.rule, f.file]);
    const expected = [['id-filename', 'locations/rose-house/actions/MED-001.yaml'], ['id-filename', 'locations/rose-house/evidence/FRA-001/FRA-001-E01.yaml']];
    expect(misfiled([])).toEqual(expected);
    expect(misfiled(['--location', 'rose-house'])).toEqual(expected);
    expect(misfiled(['--location', 'oak-lodge'])).toEqual([]);
    const evidenceMessage = json(d, ['--no-git', '--location', 'rose-house']).findings.find((f) => f.file.endsWith('FRA-001-E01.yaml'))!.message;
    expect(evidenceMessage).toContain('Move it to locations/oak-lodge/evidence/FRA-001/');
  });

  // SPEC Scoping: "a CI matrix split by location loses nothing". A matrix runs one job per location
  // cqc.yaml lists, so an action at a location it does not list (a typo, a home not yet added) is in
  // no job's share: every job must judge it, as it judges an action with no location.
  it('a CI matrix split by location still reports an action at a location cqc.yaml does not list', () => {
    const d = repo({
      'locations/oak-lodge/actions/FRA-001.yaml': action('FRA-001', 'oak-lodge'),
      'locations/oak-lodg/actions/MED-001.yaml': action('MED-001', 'oak-lodg'),
      'locations/oak-lodg/evidence/MED-001/MED-001-E01.yaml': evidence('MED-001-E01', 'MED-001'),
    });
    const unknown = (extra: string[]) => json(d, ['--no-git', ...extra]).findings.filter((f) => f.action === 'MED-001').map((f) => [f.rule, f.file]);
    const whole = unknown([]);
    expect(whole).toContainEqual(['unknown-reference', 'locations/oak-lodg/actions/MED-001.yaml']);
    expect(unknown(['--location', 'oak-lodge'])).toEqual(whole);
    expect(unknown(['--location', 'rose-house'])).toEqual(whole);
    expect(json(d, ['--no-git', '--location', 'rose-house']).summary).toMatchObject({ actions: 1, evidence: 1 });
  });

  it('and in the flat layout too', () => {
    const d = repo({
      'cqc.yaml': CONFIG.replace('layout: by-location\n', ''),
      'actions/MED-001.yaml': action('MED-001', 'oak-lodg'),
    });
    const unknown = (extra: string[]) => json(d, ['--no-git', ...extra]).findings.filter((f) => f.action === 'MED-001').map((f) => f.rule);
    expect(unknown([])).toContain('unknown-reference');
    for (const l of ['oak-lodge', 'rose-house']) expect(unknown(['--location', l])).toEqual(unknown([]));
  });
});

// The demo repo keeps its records per home (examples/ uses the group layout), so the move is
// tested both ways on its real history: to flat, then back to by-location.
describe('cqc migrate on the demo repo (the group layout with a real history): to flat and back', () => {
  let dir: string;
  let before: Json;
  const strip = (r: Json) => r.findings.map((f) => ({ ...f, file: f.file.replace(/^locations\/[^/]+\//, '') }));
  beforeAll(() => {
    dir = join(scratch, 'demo');
    const demo = cqc(['demo', dir], { cwd: scratch });
    expect(demo.code, demo.stderr).toBe(0);
    before = json(dir);
    const moved = cqc(['migrate', '--layout', 'flat'], { cwd: dir, env: GRACE });
    expect(moved.code, moved.stderr).toBe(0);
  }, 120_000);

  it('moves every record in one commit that changes cqc.yaml and renames each file unchanged', () => {
    expect(git(dir, ['log', '-1', '--format=%an|%(trailers:key=Cqc-Event,valueonly)']).trim()).toBe('Grace Okafor|migrated');
    const status = git(dir, ['show', '--name-status', '-M', '--format=', 'HEAD']).trim().split('\n');
    expect(status).toContain('M\tcqc.yaml');
    expect(status.filter((l) => !l.startsWith('R100\t') && l !== 'M\tcqc.yaml')).toEqual([]);
    expect(status.filter((l) => l.startsWith('R100\t'))).toHaveLength(before.summary.actions as number + (before.summary.evidence as number));
    expect(readFileSync(join(dir, 'cqc.yaml'), 'utf8')).not.toMatch(/^layout:/m);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
  });

  it('judges every moved record with its whole past: the same findings, now at the new paths', () => {
    const after = json(dir);
    expect(strip(after)).toEqual(strip(before));
    expect(after.summary).toEqual(before.summary);
    // The demo's misattributed closure decision is from before the move, and is still found.
    expect(after.findings.find((f) => f.rule === 'closure-attribution')?.file).toBe('actions/NUT-001.yaml');
  });

  it('moves back to the group layout in the same way', () => {
    const back = cqc(['migrate', '--layout', 'by-location'], { cwd: dir, env: GRACE });
    expect(back.code, back.stderr).toBe(0);
    expect(existsSync(join(dir, 'locations/maple-lodge/actions/NUT-001.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'cqc.yaml'), 'utf8')).toMatch(/^layout: by-location$/m);
    expect(json(dir).findings).toEqual(before.findings);
  });

  it('a --location run reads that location\'s history through both moves', () => {
    const scoped = json(dir, ['--location', 'maple-lodge']);
    expect(scoped.summary).toMatchObject({ git: true, actions: 2 });
    expect(scoped.findings.filter((f) => f.action === 'NUT-001')).toEqual(json(dir).findings.filter((f) => f.action === 'NUT-001'));
    expect(scoped.findings.map((f) => f.rule)).toContain('closure-attribution');
  });
});

// SPEC Scoping: "Each judged action gets every rule, its history followed through renames". A record
// moved from one home's folder to another's keeps its past in the new home's --location run: the
// demo's decision recorded by someone other than the decider is still found there, and nothing the
// right people committed before the move is credited to whoever moved it.
describe('a record moved to another location\'s folder, checked with --location', () => {
  let dir: string;
  const RUTH = { GIT_AUTHOR_NAME: 'Ruth Adeyemi', GIT_AUTHOR_EMAIL: 'ruth.adeyemi@example.org', GIT_COMMITTER_NAME: 'Ruth Adeyemi', GIT_COMMITTER_EMAIL: 'ruth.adeyemi@example.org' };
  beforeAll(() => {
    dir = join(scratch, 'moved');
    const demo = cqc(['demo', dir], { cwd: scratch });
    expect(demo.code, demo.stderr).toBe(0);
    git(dir, ['mv', 'locations/maple-lodge/actions/NUT-001.yaml', 'locations/rose-house/actions/NUT-001.yaml']);
    git(dir, ['mv', 'locations/maple-lodge/evidence/NUT-001', 'locations/rose-house/evidence/NUT-001']);
    const file = join(dir, 'locations/rose-house/actions/NUT-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^location: maple-lodge$/m, 'location: rose-house'));
    git(dir, ['commit', '-qam', 'NUT-001 now kept with Rose House'], RUTH);
  }, 120_000);

  it('finds the same for it as the whole-repo check', () => {
    const mine = (extra: string[]) => json(dir, extra).findings.filter((f) => f.action === 'NUT-001');
    const whole = mine([]);
    expect(whole.map((f) => f.rule)).toContain('closure-attribution');
    expect(mine(['--location', 'rose-house'])).toEqual(whole);
  });
});

