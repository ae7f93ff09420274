// Stage 3 of a check: read the audit trail from git, once. One history pass (shared between git
// processes on a long history), batched blob reads for the file versions the trail needs, and
// signature checks only for the commits judged.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildTrail, fileChains, versionKey, versionRequests, type FileChain, type PathKinds, type Trail, type TrailStart, type VersionRequest } from '../audit/index.js';
import { signatureRequests, type VerifyScope } from '../audit/verify.js';
import { unapprovedWaivers } from '../audit/waivers.js';
import { CqcError } from '../errors.js';
import { GIT_SKIPPED_NOTE } from './notes.js';
import type { Timings } from './timing.js';
import { BlobReader, commitsAfter, gitInfo, GitMissingError, readHistory, uncommittedPaths, verifyCommitSignatures, type Commit, type GitInfo } from '../git/index.js';
import type { Finding } from '../model.js';
import { mapping, parseVersion, type Data } from '../audit/parse.js';
import { globToRegExp } from '../repo/glob.js';
import { DEFAULT_ACTIONS_GLOB, DEFAULT_EVIDENCE_GLOB } from '../repo/load.js';
import type { RuleContext } from '../rules/types.js';

export interface GitStage {
  /** True when git rules ran. */
  ran: boolean;
  /** One line for the summary when they did not (or ran with a caveat). */
  note?: string;
  /** Findings about the repository itself (the git rules report through ctx.trail). */
  findings: Finding[];
  trail?: Trail;
  /** Waivers whose git record makes them invalid, as "<action>#<index>". */
  invalidWaivers?: Set<string>;
}

export interface GitStageOptions {
  /** 'judged' (cqc check): only what require_signed_closures judges; 'decisions' (cqc audit): every recommendation and decision; or one action's. */
  verify?: VerifyScope;
}

export const NOT_A_REPO_NOTE = 'Not a git repository: the audit trail was not checked (git rules need the assurance repo to be in git).';

/** What git can tell before the records are read: the history, the file versions, what is uncommitted. */
export interface GitReading {
  info: GitInfo;
  commits: Commit[];
  chains: FileChain[];
  /** Versions of the files, parsed, by versionKey; the newest ones are in `newest` until resolved. */
  versions: Map<string, Data | null>;
  /** Each file's newest committed version, usually identical to the work tree and read from it. */
  newest: VersionRequest[];
  uncommitted: string[];
}

/**
 * Start reading git at once, so the git processes work while the records are parsed and validated
 * on the other cores. Only the record globs from cqc.yaml are needed this early. Resolves to null
 * outside git; a failure is raised where the reading is awaited, not here.
 */
export function readGit(root: string, config: Pick<RuleContext, 'config'>): Promise<GitReading | null> {
  return startGit(root, config).then((started) => started.reading);
}

export interface StartOptions {
  /** Where to note when git's background reads finish (CQC_TIMING). */
  timings?: Timings;
  /** Settles when the caller has nothing left to do but wait for git (see readHistory). */
  spareCore?: Promise<void>;
}

/**
 * Find the repository now (a few milliseconds), then leave the history reading in the background.
 * Awaiting the search before the records are read matters: this thread is about to be busy for
 * seconds, and git must not wait for it to get going. Failures surface where `reading` is awaited.
 */
export async function startGit(root: string, config: Pick<RuleContext, 'config'>, opts: StartOptions = {}): Promise<{ reading: Promise<GitReading | null> }> {
  let info: GitInfo | null;
  try {
    info = await locate(root);
  } catch (error) {
    return { reading: quietly(Promise.reject(error as Error)) };
  }
  return { reading: quietly(info ? readFrom(info, config, opts) : Promise.resolve(null)) };
}

/** A promise whose rejection is handled later, where it is awaited. */
function quietly<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => { /* awaited (and reported) by gitStage */ });
  return promise;
}

async function readFrom(info: GitInfo, config: Pick<RuleContext, 'config'>, { timings, spareCore }: StartOptions): Promise<GitReading> {
  const onShare = (processes: number) => timings?.moment(`git log shared by ${processes}`);
  const [commits, uncommitted] = await Promise.all([
    readHistory(info, spareCore ? { spareCore, onShare } : {}).finally(() => timings?.moment('git log read')),
    uncommittedPaths(info, []).finally(() => timings?.moment('git status read')),
  ]);
  const chains = fileChains(commits, pathKinds(config));
  const newestKeys = new Set(chains.flatMap((chain) => {
    const last = chain.steps[chain.steps.length - 1];
    return last && last.status !== 'D' ? [versionKey(last.index, last.path)] : [];
  }));
  const requests = versionRequests(commits, chains);
  const older = requests.filter((r) => !newestKeys.has(r.key));
  // Each slice of versions is parsed as soon as git has read it, while git reads the next.
  const versions = new Map<string, Data | null>();
  await new BlobReader(info).readInSlices(older.map((r) => r.spec), (start, texts) => {
    texts.forEach((text, i) => versions.set(older[start + i]!.key, text === null ? null : parseVersion(text)));
  });
  timings?.moment('older versions read');
  return { info, commits, chains, uncommitted, versions, newest: requests.filter((r) => newestKeys.has(r.key)) };
}

/**
 * Fill in the newest committed versions: from the work tree where the file's bytes hash to the
 * committed blob (so they are exactly what was committed), from git for the rest.
 */
async function resolveNewest(reading: GitReading, ctx: RuleContext): Promise<void> {
  const files = new Map([...ctx.files.map((f) => f.file), ctx.configFile, ...(ctx.peopleFile ? [ctx.peopleFile] : [])].map((f) => [f.path, f] as const));
  const fetch: VersionRequest[] = [];
  for (const request of reading.newest) {
    const file = files.get(request.spec.path);
    if (file && request.spec.blob !== undefined && blobId(file.text, request.spec.blob.length) === request.spec.blob) {
      // The very bytes committed, already parsed (as parseVersion would: null unless a clean mapping).
      reading.versions.set(request.key, file.syntax.length === 0 ? mapping(file.data) ?? null : null);
    } else {
      fetch.push(request);
    }
  }
  reading.newest = [];
  if (fetch.length === 0) return;
  const texts = await new BlobReader(reading.info).readMany(fetch.map((r) => r.spec));
  fetch.forEach((r, i) => { const text = texts[i]; reading.versions.set(r.key, typeof text === 'string' ? parseVersion(text) : null); });
}

/** git's object id for a file holding `text` as UTF-8, in the repository's hash (40 hex: SHA-1, 64: SHA-256). */
export function blobId(text: string, hexLength: number): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash(hexLength === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export async function gitStage(ctx: RuleContext, enabled: boolean, opts: GitStageOptions = {}, early?: Promise<GitReading | null>): Promise<GitStage> {
  if (!enabled) return { ran: false, note: GIT_SKIPPED_NOTE, findings: [] };
  const reading = await (early ?? readGit(ctx.root, ctx));
  if (!reading) return { ran: false, note: NOT_A_REPO_NOTE, findings: [] };
  const { info } = reading;
  await resolveNewest(reading, ctx);
  const trail = await readTrail(reading, ctx, opts.verify ?? 'judged');
  const invalidWaivers = new Set(unapprovedWaivers(trail, ctx).map((w) => `${w.action}#${w.index}`));
  return {
    ran: true, findings: [], trail, invalidWaivers,
    ...(info.shallow ? { note: 'This is a shallow clone: the audit trail is incomplete (see shallow-history).' } : {}),
  };
}

/** The git work tree holding the root; null outside git. Git missing inside a work tree ends the run. */
async function locate(root: string): Promise<GitInfo | null> {
  try {
    return await gitInfo(root);
  } catch (error) {
    if (error instanceof GitMissingError && !insideGitFolder(root)) return null;
    throw error;
  }
}

function insideGitFolder(root: string): boolean {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return true;
    if (dirname(dir) === dir) return false;
  }
}

export function pathKinds(ctx: Pick<RuleContext, 'config'>): PathKinds {
  const paths = ctx.config.paths;
  return {
    action: globToRegExp(typeof paths?.actions === 'string' ? paths.actions : DEFAULT_ACTIONS_GLOB),
    evidence: globToRegExp(typeof paths?.evidence === 'string' ? paths.evidence : DEFAULT_EVIDENCE_GLOB),
  };
}

async function readTrail(reading: GitReading, ctx: RuleContext, scope: VerifyScope): Promise<Trail> {
  const { info, commits, chains, versions, uncommitted } = reading;
  const start = await trailStart(info, ctx, commits);
  const trail = buildTrail({ commits, chains, shallow: info.shallow, versions, uncommitted, ...(start ? { start } : {}) });
  const wanted = signatureRequests(trail, ctx, scope);
  if (wanted.size > 0) {
    const verified = await verifyCommitSignatures(info, [...wanted.keys()], (hash) => wanted.get(hash) ?? []);
    for (const commit of trail.commits) {
      const sig = verified.get(commit.hash);
      if (sig) commit.signature = sig;
    }
  }
  return trail;
}

async function trailStart(info: GitInfo, ctx: RuleContext, commits: readonly Commit[]): Promise<TrailStart | undefined> {
  const from = ctx.policy.audit_trail_from;
  if (from === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(from)) return { from };
  const known = commits.findIndex((c) => c.hash.startsWith(from.toLowerCase()));
  if (known >= 0) return { from, after: new Set(commits.slice(known + 1).map((c) => c.hash)) };
  const after = await commitsAfter(info, from);
  if (after === null) {
    throw new CqcError(`policy.audit_trail_from in cqc.yaml names the commit "${from}", which is not in this repository. Give a commit id from "git log" (or a date YYYY-MM-DD), or fetch the full history.`);
  }
  return { from, after };
}
