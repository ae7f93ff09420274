// Real temporary git repositories with explicit people and dates, for any test that needs history.
// Independent of the machine's git config: no global or system config, signing off unless asked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TestRepo {
  /** Absolute path of the work tree. */
  dir: string;
}

export interface TestPerson {
  name: string;
  email: string;
}

export interface CommitOptions {
  /** Someone other than the author committed it (e.g. a merge by an administrator). */
  committer?: TestPerson;
  committerDate?: string;
  /** Private key file: the commit is SSH-signed with it (gpg.format=ssh, user.signingkey). */
  signingKey?: string;
  /** Commit even when nothing changed. */
  allowEmpty?: boolean;
}

const created: string[] = [];

/** A fresh temporary folder, removed by cleanupRepos(). */
export function tempDir(label = 'cqc-git-'): string {
  const dir = mkdtempSync(join(tmpdir(), label));
  created.push(dir);
  return dir;
}

/** Environment for test git commands: nothing from the user's or system config leaks in. */
export function testGitEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_')) env[key] = value;
  }
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C', ...extra };
}

/** Run git in `dir` and return its stdout. */
export function git(dir: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args],
    { cwd: dir, env: testGitEnv(env), encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

/** An empty repository on branch main; optional `files` committed by a default person. */
export function makeRepo(files?: Record<string, string | Buffer>, dir = tempDir()): TestRepo {
  git(dir, ['init', '-q', '-b', 'main']);
  const repo = { dir };
  if (files) commitAs(repo, { name: 'Setup', email: 'setup@example.org' }, '2026-01-01T09:00:00Z', files, 'Initial files');
  return repo;
}

/** Write (or with null, delete) files relative to the work tree, without committing. */
export function writeFiles(repo: TestRepo, files: Record<string, string | Buffer | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(repo.dir, path);
    if (content === null) rmSync(full, { force: true });
    else {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
}

/** Write `files` and commit them as `person` at `date` (ISO 8601); returns the full commit hash. */
export function commitAs(repo: TestRepo, person: TestPerson, date: string,
  files: Record<string, string | Buffer | null>, message: string, options: CommitOptions = {}): string {
  writeFiles(repo, files);
  const paths = Object.keys(files);
  if (paths.length > 0) git(repo.dir, ['add', '-A', '--', ...paths]);
  const committer = options.committer ?? person;
  const env = {
    GIT_AUTHOR_NAME: person.name, GIT_AUTHOR_EMAIL: person.email, GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: options.committerDate ?? date,
  };
  const signing = options.signingKey
    ? ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${options.signingKey}`, 'commit', '-S']
    : ['commit'];
  git(repo.dir, [...signing, '-q', ...(options.allowEmpty ? ['--allow-empty'] : []), '-m', message], env);
  return git(repo.dir, ['rev-parse', 'HEAD']).trim();
}

/** A fresh ed25519 key pair (no passphrase); returns the private key path and public key line. */
export function makeSshKey(comment: string): { privateKey: string; publicKey: string } {
  const privateKey = join(tempDir('cqc-key-'), 'id_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', privateKey]);
  const publicKey = readFileSync(`${privateKey}.pub`, 'utf8').trim();
  return { privateKey, publicKey };
}

/** Remove every folder made by these helpers (call from afterAll). */
export function cleanupRepos(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
