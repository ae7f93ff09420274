// The one place that decides how git is started. The audit trail must not depend on whoever runs
// cqc: replace refs, mailmaps, signature display, colour, pagers and locale all change git's output,
// so every call pins them here.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
export function spawnGit(cwd: string, args: readonly string[], stdio: StdioOptions = ['pipe', 'pipe', 'pipe']): ChildProcess {
  return spawn('git', [...SAFE_GLOBAL_ARGS, ...args], { cwd, env: gitEnv(), stdio });
}

export interface RunGitOptions {
  input?: string;
  okCodes?: number[];
  /**
   * Pass input and output through temporary files instead of pipes. For big jobs started while this
   * thread is busy: a pipe holds 64 KiB, so git would stall each time it filled one and waited for
   * the event loop to drain it; with files git runs at full speed whatever this thread is doing.
   */
  spool?: boolean;
}

/**
 * Run git to completion and return its stdout bytes. `what` names the job in plain words for the
 * error ("read the git history"). Exit codes listed in `okCodes` are not failures.
 */
export function runGit(cwd: string, args: readonly string[], what: string, options: RunGitOptions = {}): Promise<Buffer> {
  return startGitJob(cwd, args, what, options).result;
}

/** A git process under way: its eventual output, and (when spooled) a look at what it wrote so far. */
export interface GitJob {
  result: Promise<Buffer>;
  /** Bytes written so far from `offset` (spooled jobs only; empty otherwise). */
  peek(offset: number): Buffer;
  /** End the process early: `result` then holds what it wrote until then. */
  stop(): void;
  /** True once `result` has settled. */
  readonly ended: boolean;
}

export function startGitJob(cwd: string, args: readonly string[], what: string, options: RunGitOptions = {}): GitJob {
  const spool = options.spool ? Spool.tryCreate(options.input ?? '') : undefined;
  let stopped = false;
  let child: ChildProcess | undefined;
  const result = new Promise<Buffer>((resolve, reject) => {
    child = spawnGit(cwd, args, spool ? [spool.inFd, spool.outFd, 'pipe'] : ['pipe', 'pipe', 'pipe']);
    spool?.handedOver();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (error) => reject(isGitMissing(error) ? new GitMissingError()
      : new GitError(`Could not ${what}: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0 || stopped || (code !== null && options.okCodes?.includes(code))) return resolve(spool ? spool.output() : Buffer.concat(out));
      const reason = firstLine(Buffer.concat(err).toString('utf8')) || `git exited with code ${String(code)}`;
      reject(new GitError(`Could not ${what}: ${reason}`));
    });
    if (!spool) {
      child.stdin?.on('error', () => { /* git may exit before reading all input; 'close' reports it */ });
      child.stdin?.end(options.input ?? '');
    }
  }).finally(() => spool?.remove());
  let ended = false;
  result.then(() => { ended = true; }, () => { ended = true; });
  return {
    result,
    get ended() { return ended; },
    peek: (offset) => spool?.peek(offset) ?? Buffer.alloc(0),
    stop: () => {
      if (stopped) return;
      stopped = true;
      child?.kill();
    },
  };
}

/** Temporary folders in use, removed if the process is told to stop before their calls end. */
const liveSpools = new Set<string>();
let cleanupInstalled = false;

/**
 * On Ctrl-C (or a CI job being cancelled) remove the temporary folders, which may hold megabytes of
 * history, then stop as the signal asks. A normal end removes each folder as its call finishes.
 */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  const removeAll = () => {
    for (const dir of liveSpools) rmSync(dir, { recursive: true, force: true });
    liveSpools.clear();
  };
  process.once('exit', removeAll);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeAll();
      process.kill(process.pid, signal); // the handler is gone: the signal now ends the process as usual
    });
  }
}

/** A private temporary folder holding one git call's input and output. */
class Spool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'cqc-git-'));
  readonly inFd: number;
  readonly outFd: number;
  private open = true;

  /** A spool, or undefined where no temporary folder can be made (then pipes do the job). */
  static tryCreate(input: string): Spool | undefined {
    try {
      return new Spool(input);
    } catch {
      return undefined;
    }
  }

  constructor(input: string) {
    installCleanup();
    liveSpools.add(this.dir);
    try {
      writeFileSync(join(this.dir, 'in'), input);
      this.inFd = openSync(join(this.dir, 'in'), 'r');
      this.outFd = openSync(join(this.dir, 'out'), 'w');
    } catch (error) {
      this.remove();
      throw error;
    }
  }

  /** The child has its own copies of the descriptors now. */
  handedOver(): void {
    if (!this.open) return;
    this.open = false;
    // Both are set unless opening them failed, when the constructor tidies up through remove().
    for (const fd of [this.inFd, this.outFd] as (number | undefined)[]) if (fd !== undefined) closeSync(fd);
  }

  output(): Buffer {
    return readFileSync(join(this.dir, 'out'));
  }

  peek(offset: number): Buffer {
    try {
      const fd = openSync(join(this.dir, 'out'), 'r');
      try {
        // As much as is there now: git may write more while this reads, which the next peek sees.
        const chunk = Buffer.allocUnsafe(Math.max(0, fstatSync(fd).size - offset));
        return chunk.subarray(0, chunk.length ? readSync(fd, chunk, 0, chunk.length, offset) : 0);
      } finally {
        closeSync(fd);
      }
    } catch {
      return Buffer.alloc(0); // already removed: the job is over
    }
  }

  remove(): void {
    this.handedOver();
    rmSync(this.dir, { recursive: true, force: true });
    liveSpools.delete(this.dir);
  }
}
