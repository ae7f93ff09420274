// Which file versions the trail needs, so one batched blob read fetches exactly those: every version
// of action files, people.yaml and cqc.yaml, and evidence only where it changed after being added.
import type { BlobSpec, Commit } from '../git/index.js';
import type { FileChain, FileStep } from './types.js';

export function versionKey(index: number, path: string): string {
  return `${index}:${path}`;
}

function needsVersions(chain: FileChain): boolean {
  if (chain.kind === 'action' || chain.kind === 'people' || chain.kind === 'config') return true;
  // Evidence added once and never touched again is read from the work tree instead.
  return chain.kind === 'evidence' && chain.steps.length > 1;
}

export interface VersionRequest { key: string; spec: BlobSpec }

/** The versions to read, each keyed by "<history index>:<path>". */
export function versionRequests(commits: readonly Commit[], chains: readonly FileChain[]): VersionRequest[] {
  const out: VersionRequest[] = [];
  for (const chain of chains) {
    if (!needsVersions(chain)) continue;
    for (const step of chain.steps) if (step.status !== 'D') out.push(request(commits, step));
  }
  return out;
}

function request(commits: readonly Commit[], step: FileStep): VersionRequest {
  const spec = { rev: commits[step.index]?.hash ?? 'HEAD', path: step.path, ...(step.blob !== undefined ? { blob: step.blob } : {}) };
  return { key: versionKey(step.index, step.path), spec };
}
