// Each file's history as one chain of steps, following renames, from the one history pass.
import type { Commit, FileChange } from '../git/index.js';
import type { FileKind } from '../repo/layout.js';
import type { FileChain } from './types.js';

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
  commits.forEach((commit, index) => {
    for (const change of commit.changes) {
      if (change.status === 'D') {
        const chain = live.get(change.path) ?? open(change.path);
        chain.steps.push({ index, status: 'D', path: change.path });
        live.delete(change.path);
        ended.set(change.path, chain);
        continue;
      }
      if (change.status === 'R' && change.oldPath !== undefined) {
        const chain = live.get(change.oldPath);
        live.delete(change.oldPath);
        const moved = chain ?? open(change.path);
        live.set(change.path, moved);
        moved.path = change.path;
        // A record renamed out of the records folders keeps its kind; one renamed into them gains it.
        if (moved.kind === 'other') moved.kind = kindOf(change.path);
        moved.steps.push({ index, status: 'R', path: change.path, oldPath: change.oldPath, ...blobOf(change) });
        continue;
      }
      const chain = live.get(change.path) ?? open(change.path);
      // A copy is a new file as far as the trail is concerned.
      chain.steps.push({ index, status: change.status === 'C' ? 'A' : change.status, path: change.path, ...blobOf(change) });
    }
  });
  return all;
}

function blobOf(change: FileChange): { blob?: string } {
  return change.blob !== undefined ? { blob: change.blob } : {};
}
