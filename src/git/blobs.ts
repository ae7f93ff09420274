// File contents at any commit through ONE long-lived `git cat-file --batch`: requests are written
// back to back and answers read in order, framed by the byte size git announces, so binary files
// and thousands of versions cost one process, not one each.
import type { ChildProcess } from 'node:child_process';
import type { GitInfo } from './repo.js';
import { GitError, GitMissingError, firstLine, isGitMissing, runGit, spawnGit } from './run.js';

export interface BlobSpec {
  /** A commit hash or any revision git understands. */
  rev: string;
  /** Relative to the assurance root, with `/`. */
  path: string;
}

interface Pending { resolve: (bytes: Buffer | null) => void; reject: (error: Error) => void }

export class BlobReader {
  private child: ChildProcess | null = null;
  private readonly queue: Pending[] = [];
  private chunks: Buffer[] = [];
  private received = 0;
  private needed = 0;
  private stderr = '';
  private failure: Error | null = null;

  constructor(private readonly info: GitInfo) {}

  /** Text of `path` at `rev`, or null when it did not exist there (or is not a file). */
  async read(rev: string, path: string): Promise<string | null> {
    return (await this.readMany([{ rev, path }]))[0] ?? null;
  }

  /** Texts of many files at many revisions, in the order asked, pipelined through one process. */
  async readMany(specs: readonly BlobSpec[]): Promise<(string | null)[]> {
    const bytes = await this.readBytesMany(specs);
    return bytes.map((b) => (b === null ? null : b.toString('utf8')));
  }

  /** Raw bytes, for callers that must not decode (binary evidence). */
  readBytesMany(specs: readonly BlobSpec[]): Promise<(Buffer | null)[]> {
    return Promise.all(specs.map((spec) => this.request(spec)));
  }

  /** End the git process; safe to call twice. */
  async close(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('close', () => resolve());
      child.stdin?.end();
    });
  }

  private request(spec: BlobSpec): Promise<Buffer | null> {
    if (this.failure) return Promise.reject(this.failure);
    const name = `${spec.rev}:${this.info.prefix}${spec.path}`;
    // The batch protocol is one name per line, so a path with a newline needs its own process.
    if (/[\n\r]/.test(name)) return this.readAlone(name);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      child.stdin?.write(`${name}\n`);
    });
  }

  private async readAlone(name: string): Promise<Buffer | null> {
    const type = (await runGit(this.info.gitRoot, ['cat-file', '-t', name], 'read a file from git history',
      { okCodes: [128] })).toString('utf8').trim();
    if (type !== 'blob') return null;
    return runGit(this.info.gitRoot, ['cat-file', 'blob', name], 'read a file from git history');
  }

  private start(): ChildProcess {
    if (this.child) return this.child;
    const child = spawnGit(this.info.gitRoot, ['cat-file', '--batch']);
    child.stdout?.on('data', (chunk: Buffer) => this.onData(chunk));
    child.stderr?.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
    child.stdin?.on('error', () => { /* reported through 'close' */ });
    child.on('error', (error) => this.fail(isGitMissing(error) ? new GitMissingError()
      : new GitError(`Could not read files from git history: ${error.message}`)));
    child.on('close', (code) => {
      if (this.queue.length > 0) {
        this.fail(new GitError(`Could not read files from git history: ${firstLine(this.stderr)
          || `git cat-file stopped (code ${String(code)})`}`));
      }
    });
    this.child = child;
    return child;
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }

  // Answers are "<hash> <type> <size>\n<content>\n", or "<name> missing\n" / "<name> ambiguous\n".
  // Chunks are only joined once enough bytes for the awaited answer have arrived (large blobs).
  private onData(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.received += chunk.length;
    if (this.received < this.needed) return;
    let buffer = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks);
    this.needed = 0;
    for (;;) {
      const eol = buffer.indexOf(0x0a);
      if (eol < 0) break;
      const header = buffer.subarray(0, eol).toString('utf8');
      if (/ (missing|ambiguous)$/.test(header)) {
        buffer = buffer.subarray(eol + 1);
        this.queue.shift()?.resolve(null);
        continue;
      }
      const [, type, sizeText] = header.split(' ');
      const end = eol + 1 + Number(sizeText);
      if (buffer.length < end + 1) { this.needed = end + 1; break; }
      const content = Buffer.from(buffer.subarray(eol + 1, end));
      buffer = buffer.subarray(end + 1);
      this.queue.shift()?.resolve(type === 'blob' ? content : null);
    }
    this.chunks = buffer.length > 0 ? [buffer] : [];
    this.received = buffer.length;
  }
}

/** One-off convenience: the texts of `paths` at `rev`, through a single short-lived reader. */
export async function readBlobsAt(info: GitInfo, rev: string, paths: readonly string[]): Promise<(string | null)[]> {
  const reader = new BlobReader(info);
  try {
    return await reader.readMany(paths.map((path) => ({ rev, path })));
  } finally {
    await reader.close();
  }
}
