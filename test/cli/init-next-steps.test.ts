// `cqc init` ends by telling a new user how to put the records under git. The commands it prints
// are run here exactly as printed, so the test fails if they would not start the audit trail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';

const WRITTEN = ['.githooks/pre-commit', '.github/workflows/cqc.yml', '.vscode/settings.json', 'actions/.gitkeep', 'cqc.yaml', 'evidence/.gitkeep', 'people.yaml'];

/** A git with no global or system settings, so nothing on the test machine leaks in. */
function cleanEnv(identity: boolean): NodeJS.ProcessEnv {
  const home = mkdtempSync(join(tmpdir(), 'cqc-init-home-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1' };
  for (const key of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'EMAIL', 'GIT_CONFIG_GLOBAL']) delete env[key];
  if (identity) {
    Object.assign(env, { GIT_AUTHOR_NAME: 'Priya Patel', GIT_AUTHOR_EMAIL: 'priya.patel@example.org', GIT_COMMITTER_NAME: 'Priya Patel', GIT_COMMITTER_EMAIL: 'priya.patel@example.org' });
  }
  return env;
}

/** The shell lines printed under step 3, in order. */
function printedCommands(stdout: string): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => /^ {2}3\. Start the audit trail/.test(l));
  expect(start, stdout).toBeGreaterThan(-1);
  const commands: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('       ')) break;
    commands.push(line.trim());
  }
  return commands;
}

function sh(script: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return spawnSync('sh', ['-ec', script.join('\n')], { cwd, env, encoding: 'utf8' });
}

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('cqc init next steps', () => {
  it('in a folder that is not a repository: git init, add what was written, commit; then check passes on the trail', () => {
    const env = cleanEnv(true);
    const cwd = mkdtempSync(join(tmpdir(), 'cqc-init-steps-'));
    const r = cqc(['init', 'care records', '--provider', 'Example Care Ltd'], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    const commands = printedCommands(r.stdout);
    expect(commands).toEqual([
      "cd 'care records'",
      'git init',
      'git add cqc.yaml people.yaml actions evidence .vscode .github .githooks',
      'git commit -m "Start the assurance repo"',
    ]);
    // The first action is raised after the commit, so it is recorded in the trail too.
    expect(r.stdout.indexOf('git commit')).toBeLessThan(r.stdout.indexOf('cqc new'));

    const ran = sh(commands, cwd, env);
    expect(ran.status, ran.stderr).toBe(0);
    const repo = join(cwd, 'care records');
    expect(git(['ls-tree', '-r', '--name-only', 'HEAD'], repo, env).trim().split('\n').sort()).toEqual(WRITTEN);
    expect(git(['status', '--porcelain'], repo, env)).toBe('');
    const check = cqc(['check'], { cwd: repo, env });
    expect(check.stdout).toMatch(/No problems/);
    expect(check.stdout).not.toMatch(/Not a git repository|audit trail was not checked/);
    expect(check.code).toBe(0);
    // v2: people.yaml is governed once committed, as step 2 warns; the registered manager who ran init
    // adding a colleague afterwards is reported.
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/add everyone else now: after the first commit only a senior person \(policy\.senior_roles\) may change people\.yaml or cqc\.yaml/);
    sh(['printf \'  - id: sam-smith\\n    roles: [senior-carer]\\n    emails: [sam.smith@example.org]\\n\' >> people.yaml', 'git commit -q -am "Add Sam"'], repo, env);
    const later = cqc(['check', '--format', 'json'], { cwd: repo, env });
    expect(JSON.parse(later.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['registry-change']);
  });

  it('inside an existing repository: no git init, and the commit holds only what init wrote', () => {
    const env = cleanEnv(true);
    const cwd = mkdtempSync(join(tmpdir(), 'cqc-init-steps-'));
    git(['init', '-q'], cwd, env);
    spawnSync('sh', ['-c', 'echo notes > notes.txt'], { cwd });
    const r = cqc(['init'], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    const commands = printedCommands(r.stdout);
    expect(commands).not.toContain('git init');
    expect(commands.some((c) => c.startsWith('cd '))).toBe(false);
    const ran = sh(commands, cwd, env);
    expect(ran.status, ran.stderr).toBe(0);
    expect(git(['ls-tree', '-r', '--name-only', 'HEAD'], cwd, env).trim().split('\n').sort()).toEqual(WRITTEN);
    expect(git(['status', '--porcelain'], cwd, env)).toBe('?? notes.txt\n');
  });

  it('fits an 80-column terminal, or a narrower one, without breaking a command across lines', () => {
    const env = cleanEnv(true);
    for (const columns of [undefined, 60]) {
      const cwd = mkdtempSync(join(tmpdir(), 'cqc-init-steps-'));
      const r = cqc(['init', 'records', '--provider', 'Example Care Ltd'], { cwd, env: columns === undefined ? env : { ...env, COLUMNS: String(columns) } });
      expect(r.code, r.stderr).toBe(0);
      const next = r.stdout.slice(r.stdout.indexOf('Next:'));
      // A command is never broken, even in a narrow terminal; the words around it are.
      const prose = next.split('\n').filter((line) => columns === undefined || !line.startsWith('       '));
      expect(prose.filter((line) => line.length > (columns ?? 80))).toEqual([]);
      // Commands sit on lines of their own, to be copied whole.
      for (const command of ['git commit -m "Start the assurance repo"', 'cqc new --template moving-and-handling --commit', 'git config core.hooksPath .githooks']) {
        expect(next.split('\n').map((line) => line.trim())).toContain(command);
      }
    }
  });

  it('with no git identity: says how to set one before the commit', () => {
    const env = cleanEnv(false);
    const cwd = mkdtempSync(join(tmpdir(), 'cqc-init-steps-'));
    mkdirSync(join(cwd, 'records'));
    const r = cqc(['init', 'records'], { cwd, env });
    expect(r.code, r.stderr).toBe(0);
    const commands = printedCommands(r.stdout);
    const setEmail = commands.findIndex((c) => c.startsWith('git config user.email '));
    expect(setEmail).toBeGreaterThan(commands.indexOf('git init'));
    expect(setEmail).toBeLessThan(commands.findIndex((c) => c.startsWith('git commit')));
    const ran = sh(commands, cwd, env);
    expect(ran.status, ran.stderr).toBe(0);
  });
});
