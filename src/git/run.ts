// The one place that decides how git is started. The audit trail must not depend on whoever runs
// cqc: replace refs, mailmaps, signature display, colour, pagers and locale all change git's output,
// so every call pins them here.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type { SimpleGit, simpleGit as SimpleGitFactory } from 'simple-git';
import { CqcError } from '../errors.js';

/** Options placed before the git sub-command on every call. */
export const SAFE_GLOBAL_ARGS: readonly string[] = [
  '--no-replace-objects',
  '--no-pager',
  '-c', 'log.showSignature=false',
  '-c', 'log.follow=false',
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=false',
  '-c', 'i18n.logOutputEncoding=UTF-8',
];

/** Ambient variables that would point git at another repository or index than the one asked for. */
const LOCATING_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_REPLACE_REF_BASE'];

/** Environment for every git child: stable messages, no prompts, replace refs off. */
export function gitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !LOCATING_VARIABLES.includes(key)) env[key] = value;
  }
  env.LC_ALL = 'C';
  env.GIT_NO_REPLACE_OBJECTS = '1';
  env.GIT_TERMINAL_PROMPT = '0';
  return env;
}

/** git could not do what was asked; the message is one plain line fit to show a user. */
export class GitError extends CqcError {
  override name = 'GitError';
}

/** git is not installed (or not on PATH), so the audit trail cannot be read at all. */
export class GitMissingError extends CqcError {
  override name = 'GitMissingError';
  constructor() {
    super('git is not installed or not on the PATH: install git, or run with --no-git to skip the audit-trail rules');
  }
}

/** True when an error means the git program itself could not be started. */
export function isGitMissing(error: unknown): boolean {
  const err = error as { code?: unknown; message?: unknown } | null;
  if (err?.code === 'ENOENT') return true;
  return typeof err?.message === 'string' && /spawn git ENOENT/.test(err.message);
}

/** The line of git's complaint worth showing (its "fatal:"/"error:" line if any), without that prefix. */
export function firstLine(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const line = lines.find((l) => /^(fatal|error):/i.test(l)) ?? lines[0] ?? '';
  return line.replace(/^(fatal|error):\s*/i, '');
}

/**
 * simple-git client for everyday calls, with the same pinned options and environment. Loaded on
 * first use: a check calls git directly (runGit) and should not pay for loading it.
 */
export function gitClient(cwd: string): SimpleGit {
  const { simpleGit } = createRequire(import.meta.url)('simple-git') as { simpleGit: typeof SimpleGitFactory };
  return simpleGit({
    baseDir: cwd,
    config: pairsOf(SAFE_GLOBAL_ARGS),
    allowEnvironment: SIMPLE_GIT_ALLOWED,
  }).env(simpleGitEnv());
}

const SIMPLE_GIT_ALLOWED = ['GIT_NO_REPLACE_OBJECTS', 'GIT_TERMINAL_PROMPT'];
const SIMPLE_GIT_GUARDED = /^(git_|editor$|visual$|pager$|prefix$|ssh_askpass$)/i;

// simple-git refuses explicitly passed variables it guards (GIT_*, editors, pagers), so hand it only
// the ones it allows; it would strip the ambient ones itself anyway.
function simpleGitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(gitEnv())) {
    if (!SIMPLE_GIT_GUARDED.test(key) || SIMPLE_GIT_ALLOWED.includes(key)) env[key] = value;
  }
  return env;
}

function pairsOf(args: readonly string[]): string[] {
  const config: string[] = [];
  for (let i = 0; i < args.length; i++) if (args[i] === '-c') config.push(args[++i] ?? '');
  return config;
}

/** Start git directly (no shell) for streamed commands; callers own the process. */
export function spawnGit(cwd: string, args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn('git', [...SAFE_GLOBAL_ARGS, ...args], { cwd, env: { ...gitEnv(), ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
}

export interface RunGitOptions {
  input?: string;
  okCodes?: number[];
  /** Extra environment for this call (e.g. the author of a commit). */
  env?: Record<string, string>;
}

/** git processes still running, stopped with cqc (Ctrl-C, a cancelled CI job) so none is left behind. */
const running = new Set<ChildProcess>();
let stopOnExit = false;

function stopChildrenWithUs(): void {
  if (stopOnExit) return;
  stopOnExit = true;
  const stopAll = () => { for (const child of running) child.kill(); };
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopAll();
      process.kill(process.pid, signal); // the handler is gone: the signal now ends the process as usual
    });
  }
}

/**
 * Run git to completion over pipes and return its stdout bytes. `what` names the job in plain words
 * for the error ("read the git history"). Exit codes listed in `okCodes` are not failures.
 */
export function runGit(cwd: string, args: readonly string[], what: string, options: RunGitOptions = {}): Promise<Buffer> {
  stopChildrenWithUs();
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawnGit(cwd, args, options.env);
    running.add(child);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => {
      running.delete(child);
      reject(isGitMissing(error) ? new GitMissingError() : new GitError(`Could not ${what}: ${error.message}`));
    });
    child.on('close', (code) => {
      running.delete(child);
      if (code === 0 || (code !== null && options.okCodes?.includes(code))) return resolve(Buffer.concat(out));
      const reason = firstLine(Buffer.concat(err).toString('utf8')) || `git exited with code ${String(code)}`;
      reject(new GitError(`Could not ${what}: ${reason}`));
    });
    child.stdin?.on('error', () => { /* git may exit before reading all input; 'close' reports it */ });
    child.stdin?.end(options.input ?? '');
  });
}
