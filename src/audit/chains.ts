// Each file's history as one chain of steps, following renames, from the one history pass. The
// steps are in the order of the history (parents before children); each remembers what the file
// held in each parent of its commit, so a merged branch's steps are compared with their own past.
import type { Commit, FileChange } from '../git/index.js';
import type { FileKind } from '../repo/layout.js';
import type { FileChain, FileStep } from './types.js';

/** What a path holds (the layout's answer). */
export type KindOf = (path: string) => FileKind;

/** Chains of every file the history touched, in order of first appearance. */
export function fileChains(commits: readonly Commit[], kindOf: KindOf): FileChain[] {
  const all: FileChain[] = [];
  const live = new Map<string, FileChain>();
  // A deleted path that comes back continues its chain: the same record restored.
  const ended = new Map<string, FileChain>();
  const open = (path: string): FileChain => {
    const chain = ended.get(path) ?? { kind: kindOf(path), path, steps: [] };
    if (!ended.delete(path)) all.push(chain);
    live.set(path, chain);
    return chain;
  };
  const step = (index: number, change: FileChange, bases: string[] | undefined): void => {
    const extra = { ...blobOf(change), ...(bases ? { bases } : {}), ...(change.link ? { link: true } : {}) };
    if (change.status === 'D') {
      const chain = live.get(change.path) ?? open(change.path);
      chain.steps.push({ index, status: 'D', path: change.path, ...extra });
      live.delete(change.path);
      ended.set(change.path, chain);
      return;
    }
    const from = change.status === 'R' && change.oldPath !== undefined ? live.get(change.oldPath) : undefined;
    if (from && change.oldPath !== undefined) {
      live.delete(change.oldPath);
      live.set(change.path, from);
      from.path = change.path;
      // A record renamed out of the records folders keeps its kind; one renamed into them gains it.
      if (from.kind === 'other') from.kind = kindOf(change.path);
      from.steps.push({ index, status: 'R', path: change.path, oldPath: change.oldPath, ...extra });
      return;
    }
    const chain = live.get(change.path) ?? open(change.path);
    // A copy, or a move in from a path the trail never saw, is a new file as far as the trail is concerned.
    const status = change.status === 'C' || change.status === 'R' ? 'A' : change.status;
    chain.steps.push({ index, status, path: change.path, ...extra });
  };
  commits.forEach((commit, index) => {
    if (!commit.otherChanges) {
      for (const change of commit.changes) step(index, change, basesOf(change));
      return;
    }
    for (const [path, entries] of mergeEntries(commit)) {
      const { change, bases } = mergeStep(path, entries);
      if (entries[0]) {
        step(index, change, bases);
        continue;
      }
      // Unchanged on the main line: a step only where the chain last showed the merged branch's
      // version, so that the chain ends at what the merge holds.
      const chain = live.get(path);
      const last = chain?.steps[chain.steps.length - 1];
      if (change.status === 'D' ? chain !== undefined : last?.blob !== change.blob) step(index, change, bases);
    }
  });
  return all;
}

/** What the file held in its one parent: nothing for an addition or a copy. */
function basesOf(change: FileChange): string[] | undefined {
  if (change.status === 'A' || change.status === 'C') return [''];
  return change.oldBlob !== undefined ? [change.oldBlob] : undefined;
}

/** A merge's changes by path, one entry (or none, where it matched that parent) per parent. */
function mergeEntries(commit: Commit): Map<string, (FileChange | undefined)[]> {
  const against = [commit.changes, ...(commit.otherChanges ?? [])];
  const byPath = new Map<string, (FileChange | undefined)[]>();
  against.forEach((changes, parent) => {
    for (const change of changes) {
      const entries = byPath.get(change.path) ?? against.map(() => undefined);
      entries[parent] = change;
      byPath.set(change.path, entries);
    }
  });
  return byPath;
}

/** The merge's step for one path: its content, and what each parent held (its own, where it matched). */
function mergeStep(path: string, entries: readonly (FileChange | undefined)[]): { change: FileChange; bases: string[] } {
  const kept = entries.find((e) => e !== undefined && e.status !== 'D');
  const blob = kept?.blob;
  const bases = entries.map((e) => (e === undefined ? blob ?? '' : e.status === 'A' || e.status === 'C' ? '' : e.oldBlob ?? ''));
  const first = entries[0];
  const change: FileChange = first ?? (blob === undefined ? { status: 'D', path } : { status: 'M', path, blob });
  return { change: kept?.link ? { ...change, link: true } : change, bases };
}

function blobOf(change: FileChange): Pick<FileStep, 'blob'> {
  return change.blob !== undefined ? { blob: change.blob } : {};
}
