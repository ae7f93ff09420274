// Wherever a git rule compares a commit with a calendar date (the trail start, backdating, "after the
// decision"), the commit's date is its committer date in UTC (SPEC "Dates of commits"): the author
// date is whatever the author's machine said, and a local offset must not move a commit across midnight.
import type { GitIdentity } from '../git/index.js';

/** The UTC calendar day (YYYY-MM-DD) of a commit's committer date. */
export function committedOn(commit: { committer: GitIdentity }): string {
  const at = Date.parse(commit.committer.date);
  return Number.isNaN(at) ? commit.committer.date.slice(0, 10) : new Date(at).toISOString().slice(0, 10);
}
