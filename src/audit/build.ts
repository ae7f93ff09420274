// Assemble the audit trail from the one history pass and the batched file versions. Pure: the git
// stage reads history and blobs, this turns them into judged commits, versions and events.
import type { Commit } from '../git/index.js';
import { actionEvents } from './events.js';
import { str, type Data } from './parse.js';
import { versionKey } from './plan.js';
import { EMPTY_REGISTRY, peopleChanges, peopleOf, personByEmail, policyChanged, withConfig, withPeople } from './registry.js';
import type { ActionTrail, EvidenceTrail, FileChain, Registry, RegistryChange, Trail, TrailCommit, Version } from './types.js';

export interface TrailStart {
  /** policy.audit_trail_from as written. */
  from: string;
  /** For a commit id: the commits after it on the first-parent line. Absent for a date. */
  after?: ReadonlySet<string>;
}

export interface TrailInput {
  commits: readonly Commit[];
  /** fileChains(commits, kinds): computed once, as the version requests were planned from it. */
  chains: readonly FileChain[];
  /**
   * Each version asked for by versionRequests, by versionKey(index, path): the mapping it held,
   * or null when it was not read, did not parse or is not a mapping (see parseVersion).
   */
  versions: ReadonlyMap<string, Data | null>;
  shallow: boolean;
  uncommitted?: string[];
  start?: TrailStart;
  /** The action id an evidence file's folder names (the layout's answer). */
  folderActionOf(path: string): string | undefined;
}

export function buildTrail(input: TrailInput): Trail {
  const chains = input.chains;
  const { commits, registryChanges } = judgedCommits(input, chains);
  const versionsOf = (chain: FileChain): Version[] => chain.steps.map((step) => {
    const commit = commits[step.index]!;
    if (step.status === 'D') return { commit, step, data: null, broken: false };
    const data = versionData(input, step.index, step.path);
    return { commit, step, data, broken: data === null };
  });
  const actions: ActionTrail[] = [];
  const evidence: EvidenceTrail[] = [];
  const others: FileChain[] = [];
  for (const chain of chains) {
    if (chain.kind === 'action') {
      const versions = versionsOf(chain);
      const id = lastString(versions, 'id') ?? baseName(chain.path);
      actions.push({ id, chain, versions, events: actionEvents(id, versions) });
    } else if (chain.kind === 'evidence') {
      const versions = chain.steps.length > 1 ? versionsOf(chain) : [];
      const owners = new Set(versions.map((v) => str(v.data, 'action')).filter((a): a is string => a !== undefined));
      const folder = input.folderActionOf(chain.path);
      if (folder !== undefined) owners.add(folder);
      evidence.push({ chain, versions, actions: owners });
    } else if (chain.kind === 'other') others.push(chain);
  }
  return {
    shallow: input.shallow, commits, actions, evidence, others, registryChanges,
    uncommitted: input.uncommitted ?? [],
    ...(input.start ? { start: input.start.from } : {}),
  };
}

/** Every commit with the registry of its parent, and the registry changes each made. */
function judgedCommits(input: TrailInput, chains: readonly FileChain[]): { commits: TrailCommit[]; registryChanges: RegistryChange[] } {
  const registryAt = new Map<number, { people?: Data | null; config?: Data | null }>();
  for (const chain of chains) {
    if (chain.kind !== 'people' && chain.kind !== 'config') continue;
    for (const step of chain.steps) {
      if (step.status === 'D' || (step.path !== 'people.yaml' && step.path !== 'cqc.yaml')) continue;
      const entry = registryAt.get(step.index) ?? {};
      entry[chain.kind] = versionData(input, step.index, step.path);
      registryAt.set(step.index, entry);
    }
  }
  let registry: Registry = EMPTY_REGISTRY;
  let config: Data | null = null;
  const commits: TrailCommit[] = [];
  const registryChanges: RegistryChange[] = [];
  input.commits.forEach((c, index) => {
    const changed = registryAt.get(index);
    // The commit that first creates people.yaml (or cqc.yaml) starts the register: there is none
    // before it to judge it against, so it is judged against the one it sets up, just as
    // registry-change exempts it. Every later commit is judged against its parent's register.
    const started = !registry.hasPeople && changed?.people ? withPeople(registry, changed.people) : registry;
    const judgedBy = config === null && changed?.config ? withConfig(started, changed.config) : started;
    const person = judgedBy.hasPeople ? personByEmail(judgedBy, c.author.email) : undefined;
    const commit: TrailCommit = {
      hash: c.hash, index, author: c.author, committer: c.committer, subject: c.message.split('\n')[0] ?? '',
      trailers: c.trailers, before: judgedBy, judged: isJudged(input, c, index),
      ...(person !== undefined ? { person } : {}),
    };
    commits.push(commit);
    // A version that does not parse leaves the registry as it was: a typo must not wipe everyone's roles.
    if (changed?.people) {
      const { changes, people } = peopleChanges(registry, peopleOf(changed.people));
      if (changes.length) registryChanges.push({ commit, file: 'people.yaml', changes, people, exempt: index === 0 || !registry.hasPeople });
      registry = withPeople(registry, changed.people);
    }
    if (changed?.config) {
      if (policyChanged(config, changed.config)) {
        registryChanges.push({ commit, file: 'cqc.yaml', changes: ['the policy in cqc.yaml changed'], people: [], exempt: index === 0 || config === null });
      }
      registry = withConfig(registry, changed.config);
      config = changed.config;
    }
  });
  return { commits, registryChanges };
}

/** The mapping a file held at commit `index`; null when it was not read or is not a mapping. */
function versionData(input: TrailInput, index: number, path: string): Data | null {
  return input.versions.get(versionKey(index, path)) ?? null;
}

function isJudged(input: TrailInput, c: Commit, index: number): boolean {
  // The first commit of a shallow clone shows everything as newly added: it cannot be judged.
  if (input.shallow && index === 0) return false;
  const start = input.start;
  if (!start) return true;
  if (start.after) return start.after.has(c.hash);
  return c.committer.date.slice(0, 10) >= start.from;
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
