// Where a provider's audit trail begins when policy.audit_trail_from names a commit that did not
// touch the assurance folder: the commits after it (every commit HEAD has that it has not). One git
// process, only when that setting is such a commit id.
import type { GitInfo } from './repo.js';
import { runGit } from './run.js';

/** The full hash of the commit `rev` names (an id or its abbreviation); null when it is not a commit here. */
export async function resolveCommit(info: GitInfo, rev: string): Promise<string | null> {
  if (!/^[0-9a-f]{4,64}$/i.test(rev) || info.head === null) return null;
  const resolved = (await runGit(info.gitRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
    'find the commit named by policy.audit_trail_from', { okCodes: [1, 128] })).toString('utf8').trim();
  return /^[0-9a-f]{40,64}$/.test(resolved) ? resolved : null;
}

/** Full hashes of HEAD's commits that are not `rev` nor reachable from it; null when `rev` is not a commit here. */
export async function commitsAfter(info: GitInfo, rev: string): Promise<Set<string> | null> {
  const resolved = await resolveCommit(info, rev);
  if (resolved === null || info.head === null) return null;
  const out = await runGit(info.gitRoot, ['rev-list', `${resolved}..${info.head}`], 'list the commits after policy.audit_trail_from');
  return new Set(out.toString('utf8').split('\n').filter(Boolean));
}
