// How the trail names commits and people in messages: short hash, date, and who by raw email.
import { rolesOf } from './registry.js';
import type { TrailCommit } from './types.js';

export function shortHash(hash: string): string {
  return hash.slice(0, 7);
}

/** "2026-10-20" from a git ISO date. */
export function commitDay(commit: TrailCommit): string {
  return commit.author.date.slice(0, 10);
}

/** "grace-okafor" or "Nadia Hussain <nadia@example.org>, an email not in people.yaml". */
export function authorWords(commit: TrailCommit): string {
  if (commit.person !== undefined) return commit.person;
  return `${commit.author.name} <${commit.author.email}>, an email not listed in people.yaml`;
}

/** "commit 1a2b3c4 (2026-10-20)", when the author is named separately. */
export function commitRef(commit: TrailCommit): string {
  return `commit ${shortHash(commit.hash)} (${commitDay(commit)})`;
}

/** "commit 1a2b3c4 (2026-10-20, by grace-okafor)". */
export function commitWords(commit: TrailCommit): string {
  return `commit ${shortHash(commit.hash)} (${commitDay(commit)}, by ${authorWords(commit)})`;
}

/** "grace-okafor (nominated-individual)" or "unknown: nadia@example.org", as the commit's parent knew them. */
export function personWithRoles(commit: TrailCommit): string {
  if (commit.person === undefined) return `unknown: ${commit.author.email}`;
  const roles = rolesOf(commit.before, commit.person);
  return roles.length ? `${commit.person} (${roles.join(', ')})` : commit.person;
}
