// Commits made as a named person at a given time, for building a repository with a real history
// (`cqc demo`). Isolated from the user's own git settings (hooks, signing, templates), so the
// history is the same on every machine.
import { devNull } from 'node:os';
import { runGit } from './run.js';

export interface Author { name: string; email: string; /** ISO 8601 with offset. */ date: string }

const ISOLATED = ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', '-c', `core.hooksPath=${devNull}`];

export async function initRepository(dir: string): Promise<void> {
  await runGit(dir, [...ISOLATED, 'init', '-q', '-b', 'main'], 'create the git repository', { env: isolatedEnv() });
}

/** Stage `paths` (added, changed or deleted) and commit them, authored and committed by `author`. */
export async function commitAs(dir: string, paths: readonly string[], author: Author, message: string): Promise<void> {
  const env = {
    ...isolatedEnv(),
    GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_AUTHOR_DATE: author.date,
    GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email, GIT_COMMITTER_DATE: author.date,
  };
  if (paths.length > 0) await runGit(dir, [...ISOLATED, 'add', '-A', '--', ...paths], 'stage the files', { env });
  await runGit(dir, [...ISOLATED, 'commit', '-q', '--no-verify', '--allow-empty', '-F', '-'], 'commit the files', { env, input: message });
}

function isolatedEnv(): Record<string, string> {
  return { GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, GIT_TERMINAL_PROMPT: '0' };
}
