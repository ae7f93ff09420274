// Assemble the audit trail from the one history pass and the batched file versions. Pure: the git
// stage reads history and blobs, this turns them into judged commits, versions and events.
import type { Commit } from '../git/index.js';
import { committedOn } from './commit-date.js';
import { actionEvents, type EventContext } from './events.js';
import { str, type Data } from './parse.js';
import { versionKey } from './plan.js';
import { registerHistory } from './registry-history.js';
import { trailStartValue } from './registry-verdict.js';
import type { ActionTrail, EvidenceTrail, FileChain, Trail, TrailCommit, Version } from './types.js';

export interface TrailStart {
  /** policy.audit_trail_from as written. */
  from: string;
  /** For a commit id: the commits after it (not it, nor any commit it descends from). Absent for a date. */
  after?: ReadonlySet<string>;
}

export interface TrailInput {
  commits: readonly Commit[];
  /** fileChains(commits, kinds): computed once, as the version requests were planned from it. */
  chains: readonly FileChain[];
  /**
   * Each version asked for by versionRequests, by versionKey: the mapping it held, or null when it
   * was not read, did not parse or is not a mapping (see parseVersion).
   */
  versions: ReadonlyMap<string, Data | null>;
  shallow: boolean;
  uncommitted?: string[];
  /** What criteria changes are weighed with: the framework behind effective risk areas. */
  events?: EventContext;
  /** The action id an evidence file's folder names (the layout's answer). */
  folderActionOf(path: string): string | undefined;
}

export function buildTrail(input: TrailInput): Trail {
  const dataOf = (key: string) => input.versions.get(key) ?? null;
  const { commits, registryChanges, head } = registerHistory({
    commits: input.commits, dataOf,
    // The first commit of a shallow clone shows everything as newly added: it cannot be judged.
    judged: (c) => !(input.shallow && c.parents.length === 0),
  });
  const actions: ActionTrail[] = [];
  const evidence: EvidenceTrail[] = [];
  const others: FileChain[] = [];
  for (const chain of input.chains) {
    if (chain.kind === 'action') {
      const versions = versionsOf(chain, commits, dataOf);
      const id = lastString(versions, 'id') ?? baseName(chain.path);
      actions.push({ id, chain, versions, events: actionEvents(id, versions, input.events) });
    } else if (chain.kind === 'evidence') {
      const versions = chain.steps.length > 1 ? versionsOf(chain, commits, dataOf) : [];
      const owners = new Set(versions.map((v) => str(v.data, 'action')).filter((a): a is string => a !== undefined));
      const folder = input.folderActionOf(chain.path);
      if (folder !== undefined) owners.add(folder);
      evidence.push({ chain, versions, actions: owners });
    } else if (chain.kind === 'other') others.push(chain);
  }
  const start = trailStartValue(registryChanges, commits, head);
  const links = input.chains.flatMap((chain) => {
    const last = chain.steps[chain.steps.length - 1];
    return last?.link && last.status !== 'D' ? [last.path] : [];
  });
  return {
    shallow: input.shallow, commits, actions, evidence, others, registryChanges, links,
    uncommitted: input.uncommitted ?? [],
    ...(start !== undefined ? { start } : {}),
  };
}

/**
 * Mark the commits before the trail start as not judged. A date is compared with each commit's
 * committer date in UTC; a commit id starts the trail after that commit and all it descends from.
 */
export function applyTrailStart(trail: Trail, start: TrailStart): void {
  for (const commit of trail.commits) {
    if (!commit.judged) continue;
    commit.judged = start.after ? start.after.has(commit.hash) : committedOn(commit) >= start.from;
  }
}

/** The commits of the trail that are not `hash` nor any of its ancestors; undefined when `hash` is not in it. */
export function commitsAfter(trail: Trail, hash: string): Set<string> | undefined {
  const start = trail.commits.find((c) => c.hash.startsWith(hash.toLowerCase()));
  if (!start) return undefined;
  const before = new Set<number>();
  const walk = [start.index];
  while (walk.length) {
    const i = walk.pop()!;
    if (before.has(i)) continue;
    before.add(i);
    walk.push(...trail.commits[i]!.parents);
  }
  return new Set(trail.commits.filter((c) => !before.has(c.index)).map((c) => c.hash));
}

/**
 * A chain's versions, each with the versions it was made from: for every parent of its commit, the
 * latest earlier version holding what that parent held (null where the file did not exist there).
 */
function versionsOf(chain: FileChain, commits: readonly TrailCommit[], dataOf: (key: string) => Data | null): Version[] {
  const out: Version[] = [];
  for (const step of chain.steps) {
    const commit = commits[step.index]!;
    const data = step.status === 'D' ? null : dataOf(versionKey(step));
    const broken = step.status !== 'D' && data === null;
    const bases = step.bases?.map((blob) => (blob === '' ? null : latestWith(out, blob)))
      // Without the blob ids (tests of odd inputs), the version before is the base.
      ?? [out[out.length - 1] ?? null];
    out.push({ commit, step, data, broken, bases: bases.map((b) => (b?.data === null && !b.broken ? null : b)) });
  }
  return out;
}

function latestWith(versions: readonly Version[], blob: string): Version | null {
  for (let i = versions.length - 1; i >= 0; i--) if (versions[i]!.step.blob === blob) return versions[i]!;
  return null;
}

function lastString(versions: readonly Version[], key: string): string | undefined {
  for (let i = versions.length - 1; i >= 0; i--) {
    const v = str(versions[i]!.data, key);
    if (v !== undefined) return v;
  }
  return undefined;
}

function baseName(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}
