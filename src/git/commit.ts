// The one git write cqc makes: commit exactly the files a command wrote, as the current git
// identity, with trailers that say which governance step the commit records. Anything else the
// user has staged stays staged and out of the commit.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { runGit } from './run.js';

export interface CommitRequest {
  /** Any folder inside the work tree (the assurance root). */
  cwd: string;
  /** Absolute paths of the files to commit. */
  files: string[];
  /** Subject line, e.g. "MH-001: record closure decision". */
  subject: string;
  /** Trailers in order, e.g. [["Cqc-Action", "MH-001"], ["Cqc-Event", "decided"]]. */
  trailers: [string, string][];
  body?: string;
  /** Sign the commit with the user's configured key ("git commit -S"), as signed mode requires. */
  sign?: boolean;
}

/** The full commit message: subject, optional body, then the trailer block. */
export function commitMessage(req: Pick<CommitRequest, 'subject' | 'trailers' | 'body'>): string {
  const parts = [req.subject.trim()];
  if (req.body?.trim()) parts.push(req.body.trim());
  parts.push(req.trailers.map(([k, v]) => `${k}: ${v}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/**
 * Commit only `files` (new, changed or deleted: a moved file is its old and new path); returns the
 * new commit's full hash. Paths go to git on standard input, so any number of files fits.
 */
export async function commitFiles(req: CommitRequest): Promise<string> {
  const cwd = resolve(req.cwd);
  const specs = req.files.map((f) => `:(literal)${relative(cwd, resolve(f)).split(sep).join('/')}\0`).join('');
  const fromStdin = ['--pathspec-from-file=-', '--pathspec-file-nul'];
  // New files must be known to git before `commit --only` can take them; adding them touches only these paths.
  await runGit(cwd, ['add', '--all', ...fromStdin], 'add the written files to git', { input: specs });
  const dir = await mkdtemp(join(tmpdir(), 'cqc-commit-'));
  try {
    const message = join(dir, 'message');
    await writeFile(message, commitMessage(req));
    // --only builds the commit from HEAD plus these paths, ignoring whatever else is staged.
    await runGit(cwd, ['commit', '--only', '--quiet', '--no-edit', '--cleanup=strip', ...(req.sign ? ['-S'] : []), '-F', message, ...fromStdin],
      'commit the written files', { input: specs });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return (await runGit(cwd, ['rev-parse', '--verify', 'HEAD^{commit}'], 'read the new commit')).toString('utf8').trim();
}
