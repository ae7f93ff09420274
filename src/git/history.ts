// The whole audit trail in one `git log` pass: every commit touching the assurance folder, with its
// people, dates, message and changed files. Signatures are deliberately not asked for here: %G? makes git
// verify every commit, which costs milliseconds each (see signatures.ts).
//
// The whole graph is read, parents before children, so a merged branch's commits are judged as
// their own authors' (SPEC "Merges"). A merge lists its changes against each parent, one block per
// parent, but git prints only the non-empty ones: under a pathspec it leaves out a merge that
// matches a parent there, so every merge shown has a block for each; without one (the whole work
// tree, where a pathspec would cost git a second comparison per commit), a merge with one block is
// placed by its tree, which equals the tree of the parent it was not compared with.
import { type GitInfo, gitPathspecs, type Pathspec, relativeToRoot } from './repo.js';
import { runGit } from './run.js';
import { parseTrailers } from './trailers.js';

export interface FileChange {
  status: 'A' | 'M' | 'D' | 'R' | 'C' | 'T';
  /** Relative to the assurance root, with `/` (`../…` for a registry file outside it). */
  path: string;
  /** For renames and copies: where the file came from. */
  oldPath?: string;
  /** Object id of the file's content after the change (absent for deletions). */
  blob?: string;
  /** Object id of the content before it (absent for additions). */
  oldBlob?: string;
  /** True when the path is committed as a symbolic link (mode 120000). */
  link?: boolean;
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
  /** Against the first parent (for a merge, what it changed on the main line). */
  changes: FileChange[];
  /** A merge's changes against its second and later parents, in order. */
  otherChanges?: FileChange[][];
}

export interface HistoryOptions {
  /** Follow only the first parent, judging merges by what they changed on the main line. Default false: the whole graph. */
  firstParent?: boolean;
  /** Paths relative to the assurance root to limit the history to; default the whole root. */
  pathspecs?: Pathspec[];
  /** Also these paths from the top of the git work tree (`:(top)` pathspecs, e.g. `:(top,glob)**\/cqc.yaml`). */
  topPathspecs?: string[];
  /** Commits whose history is left out (git's ^<commit>), e.g. where a trail begins. */
  excluding?: string[];
}

const MARKER = '\x1eCQC';
// Raw fields only: %an/%ae/%cn/%ce ignore .mailmap (unlike %aN/%aE), %aI/%cI are strict ISO 8601.
const FORMAT = `${MARKER}%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%T%x00%B%x00`;
const HEADER_FIELDS = 10;
// A --raw entry: ":<old mode> <new mode> <old blob> <new blob> <status>[score]".
const RAW = /^\n?:\d+ (\d+) ([0-9a-f]+) ([0-9a-f]+) ([AMDRCTUXB])\d*$/;
const NO_BLOB = /^0+$/;
const LINK_MODE = '120000';

/** Every commit that touched the assurance folder (or `pathspecs`), parents before children: one git process over a pipe. */
export async function readHistory(info: GitInfo, opts: HistoryOptions = {}): Promise<Commit[]> {
  if (info.head === null) return [];
  const firstParent = opts.firstParent ?? false;
  // Along first parents the history is one line, so git's topological sort adds nothing: the
  // newest-first list is simply reversed here. --parents makes %P name the nearest parents that
  // the pathspec keeps, so every parent named is in the list (or outside the trail altogether).
  const whole = info.prefix === '' && !opts.pathspecs?.length && !opts.topPathspecs?.length;
  const pathspecs = whole ? [] : ['--', ...gitPathspecs(info, opts.pathspecs), ...(opts.topPathspecs ?? [])];
  const args = ['log', '-z', `--format=${FORMAT}`, '--raw', '--no-abbrev', '-M',
    ...(firstParent ? ['--first-parent', '--diff-merges=first-parent'] : ['--reverse', '--topo-order', '--parents', '--diff-merges=separate']),
    '--no-color', '--no-mailmap', '--no-show-signature', '--no-abbrev-commit', '--no-notes',
    '--no-relative', '--no-ext-diff', '--no-textconv',
    info.head, ...(opts.excluding ?? []).map((rev) => `^${rev}`), ...pathspecs];
  const commits = parseLog((await runGit(info.gitRoot, args, 'read the git history')).toString('utf8'), info);
  return firstParent ? commits.reverse() : commits;
}

/** Parse `git log -z` output in FORMAT with --raw; exported for tests of odd inputs. */
export function parseLog(text: string, info: GitInfo): Commit[] {
  const tokens = text.split('\0');
  const commits: Commit[] = [];
  const trees = new Map<string, string>();
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i] !== MARKER) { i++; continue; }
    const f = tokens.slice(i + 1, i + 1 + HEADER_FIELDS);
    i += 1 + HEADER_FIELDS;
    const message = f[9] ?? '';
    trees.set(f[0] ?? '', f[8] ?? '');
    const previous = commits[commits.length - 1];
    // A merge comes once per parent it differs from: the later blocks are its changes against the others.
    const again = previous !== undefined && previous.hash === f[0] && previous.parents.length > 1;
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
      const [, mode = '', oldBlob = '', blob = '', status = ''] = raw;
      const twoPaths = status === 'R' || status === 'C';
      const first = tokens[i++] ?? '';
      const second = twoPaths ? tokens[i++] ?? '' : undefined;
      const change = toChange(info, status, first, second);
      if (!change) continue;
      if (!NO_BLOB.test(blob)) change.blob = blob;
      if (!NO_BLOB.test(oldBlob) && change.status !== 'A') change.oldBlob = oldBlob;
      if (mode === LINK_MODE) change.link = true;
      commit.changes.push(change);
    }
    if (again) (previous.otherChanges ??= []).push(commit.changes);
    else commits.push(commit);
  }
  for (const c of commits) if (c.parents.length === 2 && !c.otherChanges) placeOneBlock(c, trees);
  return commits;
}

/** A two-parent merge git showed one block for: against the first parent, unless it matches that parent. */
function placeOneBlock(merge: Commit, trees: ReadonlyMap<string, string>): void {
  const [first, second] = merge.parents.map((p) => trees.get(p));
  // The first-parent line alone, where the other parent is not read: it is only ever compared with the first.
  if (second === undefined) return;
  const tree = trees.get(merge.hash);
  merge.otherChanges = tree === first && tree !== second ? [merge.changes] : [[]];
  if (tree === first && tree !== second) merge.changes = [];
}

function toChange(info: GitInfo, status: string, first: string, second: string | undefined): FileChange | null {
  if (!['A', 'M', 'D', 'R', 'C', 'T'].includes(status)) return null;
  const path = relativeToRoot(info, second ?? first);
  if (second === undefined) return { status: status as FileChange['status'], path };
  return { status: status as 'R' | 'C', path, oldPath: relativeToRoot(info, first) };
}
