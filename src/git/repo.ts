// Where the assurance folder sits in git, and what in it is not yet part of the audit trail.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { GitError, GitMissingError, gitClient, isGitMissing, runGit } from './run.js';

export { GitError, GitMissingError } from './run.js';

export interface GitInfo {
  /** Absolute top-level folder of the git work tree. */
  gitRoot: string;
  /** The assurance root relative to gitRoot: '' or 'sub/dir/'. */
  prefix: string;
  /** Full hash of HEAD, or null in a repository with no commits yet. */
  head: string | null;
  /** A shallow clone has lost the start of the trail. */
  shallow: boolean;
}

/** Is git telling us "this is not a work tree" (a normal answer), rather than failing? */
function isOutsideWorkTree(message: string): boolean {
  return /not a git repository|must be run in a work tree/i.test(message);
}

/**
 * Locate the git work tree holding `root`. Null when `root` is not inside one (or is inside .git);
 * throws GitMissingError when git is not installed, GitError when git refuses (e.g. unsafe owner).
 */
export async function gitInfo(root: string): Promise<GitInfo | null> {
  const dir = resolve(root);
  if (!existsSync(dir)) return null;
  let lines: string[];
  try {
    const out = await runGit(dir, ['rev-parse', '--is-inside-work-tree', '--show-toplevel', '--show-prefix',
      '--is-shallow-repository'], 'find the git repository');
    lines = out.toString('utf8').split('\n');
  } catch (error) {
    if (error instanceof GitError && isOutsideWorkTree(error.message)) return null;
    throw error;
  }
  if (lines[0] !== 'true') return null;
  // Exit 1 with no output: a repository with no commits yet.
  const head = (await runGit(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}'],
    'read HEAD', { okCodes: [1] })).toString('utf8').trim();
  return {
    gitRoot: lines[1] ?? dir,
    prefix: lines[2] ?? '',
    head: /^[0-9a-f]{40,64}$/.test(head) ? head : null,
    shallow: lines[3] === 'true',
  };
}

/** A path relative to the assurance root, taken literally. */
export type Pathspec = string;

/**
 * Pathspecs for git, from paths relative to the assurance root ('' or none = the whole root).
 * Literal, so a file called `*.yaml` is just that file.
 */
export function gitPathspecs(info: GitInfo, pathspecs: readonly Pathspec[] = []): string[] {
  const specs = pathspecs.length > 0 ? pathspecs : [''];
  const magic = specs.map((spec) => {
    const path = `${info.prefix}${spec.replace(/^\.\/?/, '')}`.replace(/\/+$/, '');
    return path === '' ? ':(top)' : `:(top,literal)${path}`;
  });
  return magic.filter((spec, i) => magic.indexOf(spec) === i);
}

/** Turn a path relative to the git root into one relative to the assurance root (null if outside). */
export function toAssurancePath(info: GitInfo, gitPath: string): string | null {
  if (!gitPath.startsWith(info.prefix)) return null;
  return gitPath.slice(info.prefix.length);
}

/**
 * A path relative to the git root as seen from the assurance root: inside it, the plain relative
 * path; outside it (a registry file elsewhere, a folder the root moved from), `../…`.
 */
export function relativeToRoot(info: GitInfo, gitPath: string): string {
  if (gitPath.startsWith(info.prefix)) return gitPath.slice(info.prefix.length);
  const depth = info.prefix.split('/').filter(Boolean).length;
  return `${'../'.repeat(depth)}${gitPath}`;
}

/**
 * Files under the assurance root (limited to `pathspecs`) that are modified, staged, deleted or
 * untracked: changes outside the audit trail. Paths relative to the assurance root, with `/`.
 */
export async function uncommittedPaths(info: GitInfo, pathspecs: readonly Pathspec[]): Promise<string[]> {
  const out = (await runGit(info.gitRoot, ['status', '--porcelain=v1', '-z', '--no-renames',
    '--untracked-files=all', '--ignore-submodules=all', '--', ...gitPathspecs(info, pathspecs)],
  'list uncommitted changes')).toString('utf8');
  const paths = new Set<string>();
  // Each entry is "XY path"; with --no-renames there is never a second (original) path.
  for (const entry of out.split('\0')) {
    if (entry.length < 4) continue;
    const path = toAssurancePath(info, entry.slice(3));
    if (path !== null && path !== '') paths.add(path);
  }
  return [...paths].sort();
}

/** The identity a commit made now would carry: GIT_AUTHOR_* if set (as git commit does), else config. */
export async function currentIdentity(root: string): Promise<{ name?: string; email?: string }> {
  const git = gitClient(resolve(root));
  const fromConfig = async (key: string): Promise<string | undefined> => {
    try {
      const { value } = await git.getConfig(key);
      return value?.trim() || undefined;
    } catch (error) {
      if (isGitMissing(error)) throw new GitMissingError();
      return undefined;
    }
  };
  const name = process.env.GIT_AUTHOR_NAME?.trim() || await fromConfig('user.name');
  const email = process.env.GIT_AUTHOR_EMAIL?.trim() || await fromConfig('user.email');
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

/** The signing key git would sign a commit with (user.signingkey), if one is set. */
export async function signingKeySet(root: string): Promise<boolean> {
  const out = await runGit(resolve(root), ['config', '--get', 'user.signingkey'], 'read the signing key setting', { okCodes: [1] });
  return out.toString('utf8').trim() !== '';
}

/** Is there a `.git` at or above `dir`? (Then a missing git program is an error, not "not in git".) */
export function hasGitFolder(dir: string): boolean {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return true;
    if (dirname(at) === at) return false;
  }
}
