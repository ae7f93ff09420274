// For end-to-end tests of `cqc report`: make sure bin/cqc.js runs the current source, and build
// repos to run it on. The build happens once, in vitest's global setup (test/global-setup.ts),
// before any test file starts: a rebuild while other files run the CLI would pull dist/ from under
// them, and waiting for one another's build would make a run depend on timing.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const BUILT = join(PROJECT, 'dist/commands/report.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** dist/ is at least as new as every file of src/ and schemas/ (the build compiles both). */
export function isFresh(): boolean {
  return existsSync(BUILT) && statSync(BUILT).mtimeMs >= Math.max(newestSource(join(PROJECT, 'src')), newestSource(join(PROJECT, 'schemas')));
}

/**
 * `npm run build` without emptying dist/ first. tsc still writes dist/ when a file elsewhere has
 * type errors; type-checking is `npm test`'s job, so only a build that left dist/ stale fails.
 */
function build(): void {
  try {
    execFileSync(process.execPath, [join(PROJECT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: PROJECT, stdio: 'pipe' });
  } catch (error) {
    if (!isFresh()) throw error;
  }
  execFileSync(process.execPath, [join(PROJECT, 'dist/schema/write-standalone.js')], { cwd: PROJECT, stdio: 'pipe' });
}

/** Builds dist/ if it is older than src/. Called once, before any test file runs. */
export function ensureBuilt(): void {
  if (!isFresh()) build();
}

/** A copy of examples/ as a git repository with one commit by an explicit, test-only identity. */
export function examplesRepo(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cqc-report-examples-')), 'repo');
  cpSync(join(PROJECT, 'examples'), dir, { recursive: true });
  const who = { GIT_AUTHOR_NAME: 'Report Test', GIT_AUTHOR_EMAIL: 'report.test@example.org', GIT_AUTHOR_DATE: '2026-11-25T10:00:00Z' };
  const env = { ...process.env, ...who, GIT_COMMITTER_NAME: who.GIT_AUTHOR_NAME, GIT_COMMITTER_EMAIL: who.GIT_AUTHOR_EMAIL, GIT_COMMITTER_DATE: who.GIT_AUTHOR_DATE, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'Example records');
  return dir;
}

/** The folders of one kind of record, in the flat layout or the group layout (locations/<id>/…). */
function recordFolders(repo: string, kind: 'actions' | 'evidence'): string[] {
  const locations = existsSync(join(repo, 'locations')) ? readdirSync(join(repo, 'locations')).map((l) => join(repo, 'locations', l, kind)) : [];
  return [join(repo, kind), ...locations].filter((dir) => existsSync(dir));
}

/**
 * One entry per measured target, as the pack draws its charts: each action's id once for every
 * target (in the file's order) that has at least one measurement, actions by id. Read straight
 * from the YAML.
 */
export function measuredActions(repo: string): string[] {
  const measured = new Map<string, Set<string>>();
  for (const root of recordFolders(repo, 'evidence')) {
    for (const id of readdirSync(root)) {
      for (const f of readdirSync(join(root, id)).filter((name) => name.endsWith('.yaml'))) {
        const item = parse(readFileSync(join(root, id, f), 'utf8')) as { measurement?: { target?: string } };
        if (item?.measurement) measured.set(id, (measured.get(id) ?? new Set()).add(item.measurement.target ?? 'target'));
      }
    }
  }
  const out: string[] = [];
  const files = recordFolders(repo, 'actions').flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)));
  for (const file of files.sort((a, b) => basename(a).localeCompare(basename(b)))) {
    const action = parse(readFileSync(file, 'utf8')) as { id: string; target?: unknown; targets?: { id: string }[] };
    const targets = action.target ? ['target'] : (action.targets ?? []).map((t) => t.id);
    for (const target of targets) if (measured.get(action.id)?.has(target)) out.push(action.id);
  }
  return out;
}
