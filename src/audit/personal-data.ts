// Personal data that reached the history stays in every clone until the history is rewritten, so the
// provider must learn which commits brought it in. Pure: commits and blob texts in, finds out.
import type { BlobSpec, Commit } from '../git/index.js';
import { findPersonalDataKeyed, isTextAttachment, type PersonalDataHit, withoutLocationIds } from '../personal-data/index.js';
import { fileChains, type KindOf } from './chains.js';
import type { FileChain } from './types.js';

/** One file version to scan: the records, and text files (attachments) anywhere but tool folders. */
export interface ScannedVersion {
  chain: FileChain;
  /** Index into the commits, oldest first. */
  index: number;
  path: string;
  blob: string;
  /** cqc.yaml holds the provider's patterns themselves: only the built-in kinds are looked for there. */
  builtInOnly: boolean;
}

/** A commit that brought an identifier into a file: which, where, never what. */
export interface PersonalDataIntroduction {
  commit: Commit;
  path: string;
  hit: PersonalDataHit;
  /** Whether the newest committed version of the file still holds it. */
  stillThere: boolean;
}

/** The UTC calendar day of a git ISO date (SPEC: commit dates compare as committer dates in UTC). */
export function utcDay(isoDate: string): string {
  const t = Date.parse(isoDate);
  return Number.isNaN(t) ? isoDate.slice(0, 10) : new Date(t).toISOString().slice(0, 10);
}

// .github, .githooks, .vscode: the tool's own scaffolding, not records.
const inToolFolder = (path: string) => path.split('/').slice(0, -1).some((part) => part.startsWith('.'));

function scope(chain: FileChain): 'all' | 'built-in' | undefined {
  if (chain.kind === 'config') return 'built-in';
  if (chain.kind !== 'other') return 'all';
  // A text file in the assurance folder is as permanent as an attachment, whoever lists it.
  return isTextAttachment(chain.path) && !inToolFolder(chain.path) ? 'all' : undefined;
}

/**
 * Every version to scan: each added or changed record and text file in a commit on or after
 * `fromDay` (policy.audit_trail_from as a date; a commit id is applied by leaving earlier commits
 * out of `commits`). Renames continue a file, so a moved record keeps what it already held.
 */
export function versionsToScan(commits: readonly Commit[], kindOf: KindOf, fromDay?: string): ScannedVersion[] {
  const out: ScannedVersion[] = [];
  for (const chain of fileChains(commits, kindOf)) {
    const which = scope(chain);
    if (which === undefined) continue;
    for (const step of chain.steps) {
      if (step.status === 'D' || step.blob === undefined) continue;
      if (fromDay !== undefined && utcDay(commits[step.index]!.committer.date) < fromDay) continue;
      out.push({ chain, index: step.index, path: step.path, blob: step.blob, builtInOnly: which === 'built-in' });
    }
  }
  return out;
}

/** The blobs to read, each once, for one batched read. */
export function blobRequests(commits: readonly Commit[], versions: readonly ScannedVersion[]): BlobSpec[] {
  const seen = new Map<string, BlobSpec>();
  for (const v of versions) if (!seen.has(v.blob)) seen.set(v.blob, { rev: commits[v.index]!.hash, path: v.path, blob: v.blob });
  return [...seen.values()];
}

/**
 * Where each identifier first appeared in each file, oldest first: a later version that still holds
 * it did not bring it in. `texts` by blob id; a blob read once is scanned once.
 */
export function introductions(commits: readonly Commit[], versions: readonly ScannedVersion[], texts: ReadonlyMap<string, string>,
  patterns: readonly RegExp[]): PersonalDataIntroduction[] {
  const scanned = new Map<string, ReturnType<typeof findPersonalDataKeyed>>();
  const scan = (v: ScannedVersion) => {
    const id = `${v.builtInOnly ? 'b' : 'a'}:${v.blob}`;
    let found = scanned.get(id);
    // Only cqc.yaml is scanned built-in only; its locations' CQC IDs are a care home's, not a person's.
    const text = texts.get(v.blob) ?? '';
    if (found === undefined) scanned.set(id, (found = findPersonalDataKeyed(v.builtInOnly ? withoutLocationIds(text) : text, v.builtInOnly ? [] : patterns)));
    return found;
  };
  const seen = new Map<FileChain, Set<string>>();
  const latest = new Map<FileChain, Set<string>>();
  const out: (PersonalDataIntroduction & { key: string; chain: FileChain })[] = [];
  for (const v of [...versions].sort((a, b) => a.index - b.index)) {
    const keys = seen.get(v.chain) ?? new Set<string>();
    seen.set(v.chain, keys);
    const here = new Set<string>();
    for (const { hit, key } of scan(v)) {
      here.add(key);
      if (keys.has(key)) continue;
      keys.add(key);
      out.push({ commit: commits[v.index]!, path: v.path, hit, stillThere: false, key, chain: v.chain });
    }
    latest.set(v.chain, here);
  }
  return out.map(({ key, chain, ...found }) => ({ ...found, stillThere: isCurrent(chain) && (latest.get(chain)?.has(key) ?? false) }));
}

/** A file whose last step is not a deletion is in the newest commit. */
function isCurrent(chain: FileChain): boolean {
  return chain.steps[chain.steps.length - 1]?.status !== 'D';
}
