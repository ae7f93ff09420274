// Which file versions the trail needs, so one batched blob read fetches exactly those: every version
// of action files and of every people.yaml and cqc.yaml, and evidence only where it changed after
// being added. Versions are keyed by blob id, so the same content is read once.
import type { BlobSpec, Commit } from '../git/index.js';
import { CONFIG_FILE, PEOPLE_FILE } from '../repo/layout.js';
import type { FileChain, FileStep } from './types.js';

/** How a step's content is found among the versions read: its blob id (else commit and path). */
export function versionKey(step: Pick<FileStep, 'index' | 'path' | 'blob'>): string {
  return step.blob ?? `${step.index}:${step.path}`;
}

function needsVersions(chain: FileChain): boolean {
  if (chain.kind === 'action' || chain.kind === 'people' || chain.kind === 'config') return true;
  // Evidence added once and never touched again is read from the work tree instead.
  return chain.kind === 'evidence' && chain.steps.length > 1;
}

export interface VersionRequest { key: string; spec: BlobSpec }

const isRegisterFile = (path: string) => [CONFIG_FILE, PEOPLE_FILE].includes(path.slice(path.lastIndexOf('/') + 1));

/** The versions to read, each keyed by versionKey, each once. */
export function versionRequests(commits: readonly Commit[], chains: readonly FileChain[]): VersionRequest[] {
  const out = new Map<string, VersionRequest>();
  const ask = (step: Pick<FileStep, 'index' | 'path' | 'blob'>) => {
    const key = versionKey(step);
    if (!out.has(key)) out.set(key, { key, spec: { rev: commits[step.index]?.hash ?? 'HEAD', path: step.path, ...(step.blob !== undefined ? { blob: step.blob } : {}) } });
  };
  for (const chain of chains) {
    // Any people.yaml or cqc.yaml, wherever it sat: the register before a move of the assurance root.
    if (!needsVersions(chain) && !chain.steps.some((s) => isRegisterFile(s.path))) continue;
    for (const step of chain.steps) if (step.status !== 'D') ask(step);
  }
  return [...out.values()];
}
