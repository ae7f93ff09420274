// Stage 3: the audit trail from git. One `git log` over a pipe (started before the records are read,
// so git works while they are parsed), one batched blob read for the file versions the trail needs,
// and signature checks only for the commits judged.
import { applyTrailStart, buildTrail, commitsAfter as trailCommitsAfter, fileChains, versionKey, versionRequests, type FileChain, type Trail, type TrailStart, type VersionRequest } from '../audit/index.js';
import { mapping, parseVersion, type Data } from '../audit/parse.js';
import { signatureRequests, type VerifyScope } from '../audit/verify.js';
import { CqcError } from '../errors.js';
import { BlobReader, blobId, commitsAfter, gitInfo, GitMissingError, hasGitFolder, readHistory, renamesIn, uncommittedPaths, verifyCommitSignatures, type Commit, type GitInfo } from '../git/index.js';
import { CONFIG_FILE, PEOPLE_FILE, type HistoryPath, type Layout } from '../repo/layout.js';
import type { RuleContext } from './types.js';

export const GIT_SKIPPED_NOTE = 'Git rules skipped (--no-git): the audit trail was not checked.';
export const NOT_A_REPO_NOTE = 'Not a git repository: the audit trail was not checked (git rules need the assurance repo to be in git).';
export const SHALLOW_NOTE = 'This is a shallow clone: the audit trail is incomplete (see shallow-history).';

/** What git can tell before the records are read: the history, the file versions, what is uncommitted. */
export interface GitReading {
  info: GitInfo;
  commits: Commit[];
  chains: FileChain[];
  uncommitted: string[];
  /** Older versions of the files, parsed, by versionKey. */
  versions: Map<string, Data | null>;
  /** Each file's newest committed version: usually identical to the work tree, and read from it. */
  newest: VersionRequest[];
}

/** The history stage's answer: the trail, or why there is none. */
export interface History { trail?: Trail; note?: string }

/**
 * Start reading git now; resolves to null outside git. A failure (git missing inside a work tree,
 * git refusing) is raised where the reading is awaited.
 */
export function startHistory(root: string, layout: Layout, paths?: HistoryPath[]): Promise<GitReading | null> {
  const reading = locate(root).then((info) => (info ? readFrom(info, layout, paths ?? []) : null));
  reading.catch(() => { /* raised where it is awaited */ });
  return reading;
}

/** `paths` limit the history (a scoped run at one location); empty means the whole assurance folder. */
async function readFrom(info: GitInfo, layout: Layout, paths: HistoryPath[]): Promise<GitReading> {
  // Every cqc.yaml and people.yaml in the repository, wherever it sits: a register the assurance
  // root was moved away from is still the one its move is judged against.
  const registers = info.prefix === '' ? [] : [`:(top,glob)**/${CONFIG_FILE}`, `:(top,glob)**/${PEOPLE_FILE}`];
  const [firstRead, uncommitted] = await Promise.all([readHistory(info, { pathspecs: paths, topPathspecs: registers }), uncommittedPaths(info, paths)]);
  let commits = firstRead;
  // The root was moved here from a folder outside it: read again with that folder, so each record's
  // history continues through the move (rare: one more pass only then).
  const from = movedFrom(info, commits);
  // ('' is the top of the work tree itself: the root moved down into a folder, so the whole tree is read.)
  const tops = [...registers, ...from.map((dir) => (dir === '' ? ':(top)' : `:(top,literal)${dir}`))];
  if (from.length) commits = await readHistory(info, { pathspecs: paths, topPathspecs: tops });
  // A run at one location: a record moved here from another location's folder keeps its past
  // (SPEC Scoping: "its history followed through renames"), so read again with that folder too.
  // Without it the move would look like the record's creation, credited to whoever moved it.
  for (let wanted = paths; wanted.length > 0;) {
    const more = await movedFromFolders(info, commits, wanted);
    if (more.length === 0) break;
    wanted = [...wanted, ...more];
    commits = await readHistory(info, { pathspecs: wanted, topPathspecs: tops });
  }
  const chains = fileChains(commits, layout.kindOf);
  const newestKeys = new Set(chains.flatMap((chain) => {
    const last = chain.steps[chain.steps.length - 1];
    return last && last.status !== 'D' && !last.path.startsWith('../') ? [versionKey(last)] : [];
  }));
  const requests = versionRequests(commits, chains);
  const older = requests.filter((r) => !newestKeys.has(r.key));
  const texts = await new BlobReader(info).readMany(older.map((r) => r.spec));
  const versions = new Map<string, Data | null>();
  older.forEach((r, i) => { const text = texts[i]; versions.set(r.key, typeof text === 'string' ? parseVersion(text) : null); });
  return { info, commits, chains, uncommitted, versions, newest: requests.filter((r) => newestKeys.has(r.key)) };
}

/**
 * Folders (from the top of the work tree, '' for the top) outside the root that a commit moved the
 * root from: where the cqc.yaml it renames into the root came from (git's pairing), else its
 * people.yaml, else the one folder whose cqc.yaml it deleted while adding the root's (the settings
 * rewritten in the move, so git pairs nothing).
 */
function movedFrom(info: GitInfo, commits: readonly Commit[]): string[] {
  const up = '../'.repeat(info.prefix.split('/').filter(Boolean).length);
  const outside = (path: string | undefined): path is string => path !== undefined && path.startsWith('../') && path.startsWith(up);
  const folderOf = (path: string) => path.slice(up.length, path.lastIndexOf('/') + 1).replace(/\/$/, '');
  const dirs = new Set<string>();
  for (const c of commits) {
    const renamed = (file: string) => c.changes.find((ch) => ch.path === file && ch.status === 'R' && outside(ch.oldPath))?.oldPath;
    const added = c.changes.some((ch) => ch.path === CONFIG_FILE && ch.status === 'A');
    const deleted = c.changes.filter((ch) => ch.status === 'D' && outside(ch.path) && ch.path.endsWith(`/${CONFIG_FILE}`)).map((ch) => ch.path);
    const from = renamed(CONFIG_FILE) ?? renamed(PEOPLE_FILE) ?? (added && deleted.length === 1 ? deleted[0] : undefined);
    if (from !== undefined) dirs.add(folderOf(from));
  }
  return [...dirs];
}

/**
 * Location folders (`locations/<id>`) outside `paths` that a commit in this limited history moved a
 * record from. Under a pathspec git shows such a move as an addition, so the commits that add files
 * are compared again, without the pathspec, for renames from another location's folder.
 */
async function movedFromFolders(info: GitInfo, commits: readonly Commit[], paths: readonly HistoryPath[]): Promise<string[]> {
  const adding = commits.filter((c) => c.changes.some((ch) => ch.status === 'A')).map((c) => c.hash);
  const inside = (path: string) => paths.some((p) => path === p || path.startsWith(`${p}/`));
  const folders = new Set<string>();
  for (const { from, to } of await renamesIn(info, adding, ['locations'])) {
    const folder = /^locations\/[^/]+/.exec(from)?.[0];
    if (folder !== undefined && inside(to) && !inside(from)) folders.add(folder);
  }
  return [...folders];
}

/** The git work tree holding the root; null outside git. Git missing inside a work tree ends the run. */
async function locate(root: string): Promise<GitInfo | null> {
  try {
    return await gitInfo(root);
  } catch (error) {
    if (error instanceof GitMissingError && !hasGitFolder(root)) return null;
    throw error;
  }
}

/** The trail from a reading started earlier, judged against the records now loaded. */
export async function readTrail(reading: Promise<GitReading | null>, ctx: RuleContext, verify: VerifyScope = 'judged'): Promise<History> {
  const read = await reading;
  if (!read) return { note: NOT_A_REPO_NOTE };
  await resolveNewest(read, ctx);
  const { info, commits, chains, versions, uncommitted } = read;
  const trail = buildTrail({ commits, chains, shallow: info.shallow, versions, uncommitted, folderActionOf: ctx.layout.folderActionOf, events: { framework: ctx.framework } });
  const start = await trailStart(info, trail);
  if (start) applyTrailStart(trail, start);
  const wanted = signatureRequests(trail, ctx, verify);
  if (wanted.size > 0) {
    const verified = await verifyCommitSignatures(info, [...wanted.keys()], (hash) => wanted.get(hash) ?? []);
    for (const commit of trail.commits) {
      const sig = verified.get(commit.hash);
      if (sig) commit.signature = sig;
    }
  }
  return { trail, ...(info.shallow ? { note: SHALLOW_NOTE } : {}) };
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

/** The trail start in force (SPEC "Trail start"), as a date or the commits after a commit. */
async function trailStart(info: GitInfo, trail: Trail): Promise<TrailStart | undefined> {
  const from = trail.start;
  if (from === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(from)) return { from };
  const after = trailCommitsAfter(trail, from) ?? await commitsAfter(info, from);
  if (after === null) {
    throw new CqcError(`policy.audit_trail_from in cqc.yaml names the commit "${from}", which is not in this repository. Give a commit id from "git log" (or a date YYYY-MM-DD), or fetch the full history.`);
  }
  return { from, after };
}

/**
 * policy.audit_trail_from in force (SPEC "Trail start"), for a command that does not judge the
 * records: the history of cqc.yaml and people.yaml alone is read, so a start set by a commit that
 * broke registry-change falls back to the value before it, as it does for cqc check.
 */
export async function trailStartInForce(info: GitInfo, layout: Layout): Promise<string | undefined> {
  const reading = await readFrom(info, layout, [CONFIG_FILE, PEOPLE_FILE]);
  const texts = await new BlobReader(info).readMany(reading.newest.map((r) => r.spec));
  reading.newest.forEach((r, i) => { const text = texts[i]; reading.versions.set(r.key, typeof text === 'string' ? parseVersion(text) : null); });
  const { commits, chains, versions } = reading;
  return buildTrail({ commits, chains, shallow: info.shallow, versions, folderActionOf: layout.folderActionOf }).start;
}
