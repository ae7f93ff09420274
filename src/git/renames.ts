// Renames git finds in given commits, compared with each parent without any pathspec: under a
// pathspec a file moved in from outside it shows as an addition, so this is the second look.
import { gitPathspecs, relativeToRoot, type GitInfo, type Pathspec } from './repo.js';
import { runGit } from './run.js';

export interface Rename { from: string; to: string }

/** The files the commits renamed within `under` (paths relative to the assurance root). */
export async function renamesIn(info: GitInfo, hashes: readonly string[], under: readonly Pathspec[]): Promise<Rename[]> {
  if (hashes.length === 0) return [];
  const out = (await runGit(info.gitRoot, ['diff-tree', '--stdin', '-r', '-M', '-m', '--name-status', '--no-color', '--no-ext-diff', '--', ...gitPathspecs(info, under)],
    'find records moved between folders', { input: `${hashes.join('\n')}\n` })).toString('utf8');
  const renames: Rename[] = [];
  for (const line of out.split('\n')) {
    const [status, from, to] = line.split('\t');
    if (status?.startsWith('R') && from !== undefined && to !== undefined) renames.push({ from: relativeToRoot(info, from), to: relativeToRoot(info, to) });
  }
  return renames;
}
