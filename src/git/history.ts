// The whole audit trail in one `git log` pass: every commit touching the assurance folder, with its
// people, dates, message and changed files (on a long history, the pass may be shared between
// processes; see shareTheRest). Signatures are deliberately not asked for here: %G? makes git
// verify every commit, which costs milliseconds each (see signatures.ts).
import { availableParallelism } from 'node:os';
import { type GitInfo, gitPathspecs, toAssurancePath } from './repo.js';
import { runGit, startGitJob, type GitJob } from './run.js';
import { parseTrailers } from './trailers.js';

export interface FileChange {
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  /** Relative to the assurance root, with `/`. */
  path: string;
  /** For renames and copies: where the file came from. */
  oldPath?: string;
  /** Object id of the file's content after the change (absent for deletions). */
  blob?: string;
}

export interface GitIdentity {
  name: string;
  email: string;
  /** Strict ISO 8601 with offset, as git recorded it. */
  date: string;
}

export interface Commit {
  hash: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
  trailers: Record<string, string[]>;
  changes: FileChange[];
}

export interface HistoryOptions {
  /** Follow only the first parent, judging merges by what they changed on the main line. Default true. */
  firstParent?: boolean;
  /** Paths relative to the assurance root to limit the history to; default the whole root. */
  pathspecs?: string[];
  /**
   * Settles when the caller has nothing left to do but wait for the history, so its core is free.
   * If git is still reading a long first-parent history then, more git processes take the older
   * part of it (see shareTheRest). Without it one process reads the whole history.
   */
  spareCore?: Promise<void>;
  /** Share only when at least this many commits remain (default 2,000); for tests. */
  shareFrom?: number;
  /** Told how many processes shared the reading, when more than one did; for tests and timing. */
  onShare?: (processes: number) => void;
}

const MARKER = '\x1eCQC';
/** How each commit's record begins in the output: the marker, then the hash. */
const RECORD_START = `${MARKER}\0`;
// Raw fields only: %an/%ae/%cn/%ce ignore .mailmap (unlike %aN/%aE), %aI/%cI are strict ISO 8601.
const FORMAT = `${MARKER}%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00`;
const HEADER_FIELDS = 9;
// A --raw entry: ":<old mode> <new mode> <old blob> <new blob> <status>[score]".
const RAW = /^\n?:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMDRCTUXB])\d*$/;
const NO_BLOB = /^0+$/;

/** Every commit that touched the assurance folder (or `pathspecs`), oldest first. */
export async function readHistory(info: GitInfo, opts: HistoryOptions = {}): Promise<Commit[]> {
  if (info.head === null) return [];
  const firstParent = opts.firstParent ?? true;
  // Along first parents the history is one line, so git's topological sort (costly on a big
  // history) adds nothing: the newest-first list is simply reversed here. Without a subfolder or
  // a narrower pathspec, limiting to "." only makes git test every commit for changes.
  const pathspecs = info.prefix === '' && !opts.pathspecs?.length ? [] : ['--', ...gitPathspecs(info, opts.pathspecs)];
  const args = ['log', '-z', `--format=${FORMAT}`, '--raw', '--no-abbrev', '-M',
    ...(firstParent ? [] : ['--reverse', '--topo-order']),
    '--no-color', '--no-mailmap', '--no-show-signature', '--no-abbrev-commit', '--no-notes',
    '--no-relative', '--no-ext-diff', '--no-textconv',
    ...(firstParent ? ['--first-parent', '--diff-merges=first-parent'] : ['--diff-merges=off'])];
  if (!firstParent) return parseLog((await runGit(info.gitRoot, [...args, 'HEAD', ...pathspecs], 'read the git history', { spool: true })).toString('utf8'), info);
  // One tip for every process, so a commit made meanwhile cannot shift the slices.
  const tip = info.head;
  const first = startGitJob(info.gitRoot, [...args, tip, ...pathspecs], 'read the git history', { spool: true });
  const parse = (out: Buffer) => parseLog(out.toString('utf8'), info);
  const parts = opts.spareCore ? await shareTheRest(info, first, { ...opts, args, tip, pathspecs }, parse) : [parse(await first.result)];
  return parts.flat().reverse();
}

/** Commits per process below which sharing is not worth starting processes for. */
const SHARE_FROM = 2000;

/**
 * git's --raw pass compares each commit's folders with its parent's, so its cost grows with the
 * length of the history times the size of the folders: on a big repository it outlasts everything
 * else a check does. Once the caller's core is free (opts.spareCore) and the first process is still
 * going, list the first-parent line, see how far the first process has got (newest first), and
 * give the older part of what remains to one more process per core. The first process is stopped
 * where the next one starts. Returns the parsed outputs newest first; together they are exactly
 * the output of the one process.
 */
async function shareTheRest<T>(info: GitInfo, first: GitJob, opts: HistoryOptions & { args: string[]; tip: string; pathspecs: string[] },
  parse: (out: Buffer) => T): Promise<T[]> {
  await Promise.race([first.result.then(() => undefined, () => undefined), opts.spareCore]);
  const lanes = Math.min(availableParallelism(), 4);
  if (first.ended || lanes < 2) return [parse(await first.result)];
  let hashes: string[];
  try {
    const listed = await runGit(info.gitRoot, ['rev-list', '--first-parent', opts.tip, ...opts.pathspecs], 'list the commits of the git history', { spool: true });
    hashes = listed.toString('utf8').split('\n').filter(Boolean);
  } catch {
    return [parse(await first.result)]; // sharing is only ever a speed-up
  }
  const done = count(first.peek(0), RECORD_START);
  const remaining = hashes.length - done;
  if (first.ended || remaining < (opts.shareFrom ?? SHARE_FROM) * lanes) return [parse(await first.result)];
  // Equal numbers of commits per process; the first keeps the newest (and costliest) of them.
  const size = Math.ceil(remaining / lanes);
  const starts = Array.from({ length: lanes - 1 }, (_, k) => done + (k + 1) * size).filter((at) => at < hashes.length);
  const others = starts.map((at, k) => {
    const end = starts[k + 1];
    return startGitJob(info.gitRoot, [...opts.args, hashes[at]!, ...(end !== undefined ? [`^${hashes[end]}`] : []), ...opts.pathspecs],
      'read the git history', { spool: true });
  });
  opts.onShare?.(others.length + 1);
  // Each output is parsed as soon as its process ends, while the others are still reading.
  const all = Promise.all(others.map((job) => job.result.then(parse)));
  all.catch(() => { /* awaited below, or moot if the first process failed */ });
  try {
    const cut = await stopAt(first, Buffer.from(`${RECORD_START}${hashes[starts[0]!]}\0`, 'latin1'));
    return [parse(cut), ...(await all)];
  } catch (error) {
    for (const job of others) job.stop();
    throw error;
  }
}

/** What `job` wrote before `marker`, stopping it as soon as the marker appears. */
async function stopAt(job: GitJob, marker: Buffer): Promise<Buffer> {
  let scanned = 0;
  while (!job.ended) {
    const seen = job.peek(scanned);
    if (seen.indexOf(marker) >= 0) {
      job.stop();
      break;
    }
    scanned += Math.max(0, seen.length - marker.length);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const out = await job.result;
  const at = out.indexOf(marker);
  return at >= 0 ? out.subarray(0, at) : out;
}

function count(haystack: Buffer, needle: string): number {
  const bytes = Buffer.from(needle, 'latin1');
  let n = 0;
  for (let at = haystack.indexOf(bytes); at >= 0; at = haystack.indexOf(bytes, at + bytes.length)) n++;
  return n;
}

/** Parse `git log -z` output in FORMAT with --raw; exported for tests of odd inputs. */
export function parseLog(text: string, info: GitInfo): Commit[] {
  const tokens = text.split('\0');
  const commits: Commit[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i] !== MARKER) { i++; continue; }
    const f = tokens.slice(i + 1, i + 1 + HEADER_FIELDS);
    i += 1 + HEADER_FIELDS;
    const message = f[8] ?? '';
    const commit: Commit = {
      hash: f[0] ?? '',
      parents: (f[1] ?? '').split(' ').filter(Boolean),
      author: { name: f[2] ?? '', email: f[3] ?? '', date: f[4] ?? '' },
      committer: { name: f[5] ?? '', email: f[6] ?? '', date: f[7] ?? '' },
      message,
      trailers: parseTrailers(message),
      changes: [],
    };
    // After the fields: the record terminator (an empty token), then "raw entry, path[, path]" groups.
    while (i < tokens.length && tokens[i] !== MARKER) {
      const raw = RAW.exec(tokens[i] ?? '');
      i++;
      if (!raw) continue;
      const [, blob = '', status = ''] = raw;
      const twoPaths = status === 'R' || status === 'C';
      const first = tokens[i++] ?? '';
      const second = twoPaths ? tokens[i++] ?? '' : undefined;
      const change = toChange(info, status, first, second);
      if (change && !NO_BLOB.test(blob)) change.blob = blob;
      if (change) commit.changes.push(change);
    }
    commits.push(commit);
  }
  return commits;
}

function toChange(info: GitInfo, status: string, first: string, second: string | undefined): FileChange | null {
  const path = toAssurancePath(info, second ?? first);
  if (path === null || !['A', 'M', 'D', 'R', 'C', 'T'].includes(status)) return null;
  if (second === undefined) return { status: status as FileChange['status'], path };
  const oldPath = toAssurancePath(info, first);
  // Moved in from outside the assurance folder: for the trail it simply appeared.
  if (oldPath === null) return { status: 'A', path };
  return { status: status as 'R' | 'C', path, oldPath };
}
