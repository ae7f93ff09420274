// File contents at any commit through `git cat-file --batch --buffer`: every name is written up
// front and the answers read back in order, framed by the byte size git announces, so binary files
// and thousands of versions cost one process, not one each. Asking by
// blob id (which the history pass supplies) skips git's walk through each commit's folders.
import { createHash } from 'node:crypto';
import type { GitInfo } from './repo.js';
import { runGit } from './run.js';

export interface BlobSpec {
  /** A commit hash or any revision git understands. */
  rev: string;
  /** Relative to the assurance root, with `/`. */
  path: string;
  /** The blob's object id when known: read directly, without resolving rev:path. */
  blob?: string;
}

export class BlobReader {
  constructor(private readonly info: GitInfo) {}

  /** Text of `path` at `rev`, or null when it did not exist there (or is not a file). */
  async read(rev: string, path: string): Promise<string | null> {
    return (await this.readMany([{ rev, path }]))[0] ?? null;
  }

  /** Texts of many files at many revisions, in the order asked. */
  async readMany(specs: readonly BlobSpec[]): Promise<(string | null)[]> {
    const bytes = await this.views(specs);
    return bytes.map((b) => (b === null ? null : b.toString('utf8')));
  }

  /** Raw bytes, for callers that must not decode (binary evidence). */
  async readBytesMany(specs: readonly BlobSpec[]): Promise<(Buffer | null)[]> {
    // Copies, so that keeping one small file does not keep git's whole answer in memory.
    return (await this.views(specs)).map((b) => (b === null ? null : Buffer.from(b)));
  }

  /** The contents as views into git's answers. */
  private async views(specs: readonly BlobSpec[]): Promise<(Buffer | null)[]> {
    const names = specs.map((s) => s.blob ?? `${s.rev}:${this.info.prefix}${s.path}`);
    const out: (Buffer | null)[] = names.map(() => null);
    // The batch protocol is one name per line, so a path with a newline needs its own process.
    const batched = names.flatMap((n, i) => (/[\n\r]/.test(n) ? [] : [i]));
    if (batched.length > 0) {
      const answers = await runGit(this.info.gitRoot, ['cat-file', '--batch', '--buffer'], 'read files from git history',
        { input: batched.map((i) => names[i]).join('\n') + '\n' });
      parseBatch(answers).forEach((content, k) => { out[batched[k]!] = content; });
    }
    for (const [i, name] of names.entries()) if (/[\n\r]/.test(name)) out[i] = await this.readAlone(name);
    return out;
  }

  private async readAlone(name: string): Promise<Buffer | null> {
    const type = (await runGit(this.info.gitRoot, ['cat-file', '-t', name], 'read a file from git history',
      { okCodes: [128] })).toString('utf8').trim();
    if (type !== 'blob') return null;
    return runGit(this.info.gitRoot, ['cat-file', 'blob', name], 'read a file from git history');
  }
}

/** Answers are "<hash> <type> <size>\n<content>\n", or "<name> missing\n" / "<name> ambiguous\n". */
function parseBatch(buffer: Buffer): (Buffer | null)[] {
  const out: (Buffer | null)[] = [];
  let at = 0;
  while (at < buffer.length) {
    const eol = buffer.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = buffer.subarray(at, eol).toString('utf8');
    if (/ (missing|ambiguous)$/.test(header)) {
      out.push(null);
      at = eol + 1;
      continue;
    }
    const [, type, sizeText] = header.split(' ');
    const end = eol + 1 + Number(sizeText);
    out.push(type === 'blob' ? buffer.subarray(eol + 1, end) : null);
    at = end + 1;
  }
  return out;
}

/** One-off convenience: the texts of `paths` at `rev`. */
export async function readBlobsAt(info: GitInfo, rev: string, paths: readonly string[]): Promise<(string | null)[]> {
  return new BlobReader(info).readMany(paths.map((path) => ({ rev, path })));
}

/** git's object id for a file holding `bytes`, in the repository's hash (40 hex: SHA-1, 64: SHA-256). */
export function blobId(bytes: Buffer | string, hexLength: number): string {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  return createHash(hexLength === 64 ? 'sha256' : 'sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
}
