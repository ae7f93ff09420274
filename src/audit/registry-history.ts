// people.yaml and cqc.yaml through history: which register each commit is judged against (its own
// parent's, wherever cqc.yaml then sat) and what each commit changed in it. A commit that moves the
// assurance root is judged against the register at the old path, so moving the folder never resets
// who may decide; only a commit whose parent had no cqc.yaml anywhere starts a register afresh.
import type { Commit, FileChange } from '../git/index.js';
import { CONFIG_FILE, PEOPLE_FILE } from '../repo/layout.js';
import type { Data } from './parse.js';
import { configDiffs, peopleDiffs, type RegisterDiff } from './registry-diff.js';
import { EMPTY_REGISTRY, personByEmail, withConfig, withPeople } from './registry.js';
import type { Registry, RegistryChange, TrailCommit } from './types.js';

/** Every cqc.yaml and people.yaml in a commit's tree (path -> blob), wherever they sit. */
interface RegisterFiles { configs: ReadonlyMap<string, string>; people: ReadonlyMap<string, string> }

const NO_FILES: RegisterFiles = { configs: new Map(), people: new Map() };
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const dirOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);
const isRegisterFile = (path: string) => nameOf(path) === CONFIG_FILE || nameOf(path) === PEOPLE_FILE;

function applyChanges(files: RegisterFiles, changes: readonly FileChange[]): RegisterFiles {
  if (!changes.some((c) => isRegisterFile(c.path) || (c.oldPath !== undefined && isRegisterFile(c.oldPath)))) return files;
  const configs = new Map(files.configs);
  const people = new Map(files.people);
  const mapOf = (path: string) => (nameOf(path) === CONFIG_FILE ? configs : nameOf(path) === PEOPLE_FILE ? people : undefined);
  for (const c of changes) {
    if (c.status === 'R' && c.oldPath !== undefined) mapOf(c.oldPath)?.delete(c.oldPath);
    if (c.status === 'D') mapOf(c.path)?.delete(c.path);
    else if (c.blob !== undefined) mapOf(c.path)?.set(c.path, c.blob);
  }
  return { configs, people };
}

/**
 * The folder whose cqc.yaml a tree's register comes from: the assurance root's own; else the one
 * this commit renames into it (git's pairing); else the only one in the tree. Undefined when none fits.
 */
function registerDir(files: RegisterFiles, renames: readonly FileChange[] = []): string | undefined {
  if (files.configs.size === 0 || files.configs.has(CONFIG_FILE)) return '';
  const paired = renames.find((c) => c.status === 'R' && c.path === CONFIG_FILE && c.oldPath !== undefined && files.configs.has(c.oldPath));
  if (paired?.oldPath !== undefined) return dirOf(paired.oldPath);
  return files.configs.size === 1 ? dirOf([...files.configs.keys()][0]!) : undefined;
}

export interface RegisterInput {
  commits: readonly Commit[];
  /** Parsed content by blob id (null: not a YAML mapping). */
  dataOf(blob: string): Data | null;
  /** Whether each commit is judged (a shallow clone's cut); the trail start is applied later. */
  judged(commit: Commit): boolean;
}

/** Each commit with the register of its parent, and what each commit changed in the register. */
export function registerHistory(input: RegisterInput): { commits: TrailCommit[]; registryChanges: RegistryChange[]; head: Registry } {
  const indexOf = new Map(input.commits.map((c, i) => [c.hash, i] as const));
  const files: RegisterFiles[] = [];
  const after: Registry[] = [];
  // Where each register stood; a version that does not parse leaves the register as it was: a typo
  // must not wipe everyone's roles.
  const registerAt = (tree: RegisterFiles, dir: string | undefined, previous: Registry): Registry => {
    if (dir === undefined) return EMPTY_REGISTRY;
    const [peopleBlob, configBlob] = [tree.people.get(`${dir}${PEOPLE_FILE}`), tree.configs.get(`${dir}${CONFIG_FILE}`)];
    let r: Registry = { ...EMPTY_REGISTRY, dir };
    if (peopleBlob !== undefined) {
      const data = input.dataOf(peopleBlob);
      r = data ? withPeople(r, data) : { ...r, people: previous.people, entries: previous.entries, byEmail: previous.byEmail, hasPeople: previous.hasPeople };
    }
    if (configBlob !== undefined) {
      const data = input.dataOf(configBlob);
      r = data ? withConfig(r, data) : { ...r, policy: previous.policy, config: previous.config };
    }
    return r;
  };
  const commits: TrailCommit[] = [];
  const registryChanges: RegistryChange[] = [];
  let everPeople = false;
  input.commits.forEach((c, index) => {
    const parents = c.parents.map((h) => indexOf.get(h)).filter((i): i is number => i !== undefined);
    const first = parents[0];
    const parentFiles = first === undefined ? NO_FILES : files[first]!;
    const parentRegister = first === undefined ? EMPTY_REGISTRY : after[first]!;
    files[index] = applyChanges(parentFiles, c.changes);
    const touched = files[index] !== parentFiles;
    // Moving the root: the commit is judged against the register at the old path, not the parent's reading of the new one.
    const oldDir = registerDir(parentFiles, c.changes);
    const before = oldDir !== registerDir(parentFiles) ? registerAt(parentFiles, oldDir, parentRegister) : parentRegister;
    after[index] = touched ? registerAt(files[index]!, registerDir(files[index]!), before) : parentRegister;
    const judgedBy = startedBy(before, after[index]!, everPeople);
    everPeople ||= after[index]!.hasPeople;
    const person = judgedBy.hasPeople ? personByEmail(judgedBy, c.author.email) : undefined;
    const commit: TrailCommit = {
      hash: c.hash, index, parents, author: c.author, committer: c.committer, subject: c.message.split('\n')[0] ?? '',
      trailers: c.trailers, before: judgedBy, judged: input.judged(c),
      ...(person !== undefined ? { person } : {}),
    };
    commits.push(commit);
    if (!touched) return;
    // A merge's own change is what differs from every parent; the rest came from a branch, whose commits are judged themselves.
    const others = parents.slice(1).map((p) => after[p]!);
    const exempt = parentFiles.configs.size === 0;
    const peopleChange = own(peopleChanges(before, after[index]!), others.map((o) => peopleChanges(o, after[index]!)));
    if (peopleChange.length) registryChanges.push(change(commit, 'people.yaml', peopleChange, exempt, before, after[index]!));
    const configChange = own(configChanges(before, after[index]!), others.map((o) => configChanges(o, after[index]!)));
    if (configChange.length) registryChanges.push(change(commit, 'cqc.yaml', configChange, exempt, before, after[index]!));
  });
  return { commits, registryChanges, head: after[after.length - 1] ?? EMPTY_REGISTRY };
}

/**
 * The commit that first creates people.yaml has no register before it: it is judged against the one
 * it sets up (who its author is, what roles they hold). So is a first cqc.yaml's policy, except that
 * signed mode applies only where the parent's cqc.yaml enabled it.
 */
function startedBy(before: Registry, after: Registry, everPeople: boolean): Registry {
  let judgedBy = before;
  if (!everPeople && !before.hasPeople && after.hasPeople) judgedBy = { ...judgedBy, people: after.people, entries: after.entries, byEmail: after.byEmail, hasPeople: true };
  if (before.config === null && after.config !== null) judgedBy = { ...judgedBy, policy: { ...after.policy, require_signed_closures: false }, config: after.config };
  return judgedBy;
}

function peopleChanges(before: Registry, now: Registry): RegisterDiff[] {
  if (!before.hasPeople && !now.hasPeople) return [];
  if (!now.hasPeople) return [{ key: 'deleted', words: 'people.yaml was deleted' }];
  const moved = before.hasPeople && before.dir !== now.dir ? [{ key: 'moved', words: `the register moved from ${before.dir}${PEOPLE_FILE} to ${now.dir}${PEOPLE_FILE}` }] : [];
  return [...moved, ...peopleDiffs(before, now)];
}

function configChanges(before: Registry, now: Registry): RegisterDiff[] {
  if (before.config === null && now.config === null) return [];
  if (now.config === null) return [{ key: 'deleted', words: 'cqc.yaml was deleted' }];
  const moved = before.config !== null && before.dir !== now.dir ? [{ key: 'moved', words: `the settings moved from ${before.dir}${CONFIG_FILE} to ${now.dir}${CONFIG_FILE}` }] : [];
  return [...moved, ...configDiffs(before.config, now.config)];
}

/** The differences present against every other parent too. */
function own(diffs: RegisterDiff[], others: readonly RegisterDiff[][]): RegisterDiff[] {
  return diffs.filter((d) => others.every((o) => o.some((x) => x.key === d.key)));
}

function change(commit: TrailCommit, file: RegistryChange['file'], diffs: RegisterDiff[], exempt: boolean, before: Registry, now: Registry): RegistryChange {
  const out: RegistryChange = {
    commit, file, exempt, before, after: now,
    changes: diffs.map((d) => d.words),
    people: [...new Set(diffs.flatMap((d) => (d.person !== undefined ? [d.person] : [])))],
    fields: diffs.flatMap((d) => (d.field ? [d.field] : [])),
  };
  if (diffs.some((d) => d.key === 'policy.audit_trail_from')) out.trailFrom = now.policy.audit_trail_from ?? null;
  return out;
}
