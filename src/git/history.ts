// The whole audit trail in one `git log` pass: every commit touching the assurance folder, with its
// people, dates, message and changed files. Signatures are deliberately not asked for here: %G? makes git
// verify every commit, which costs milliseconds each (see signatures.ts).
import { type GitInfo, gitPathspecs, type Pathspec, toAssurancePath } from './repo.js';
import { runGit } from './run.js';
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
  pathspecs?: Pathspec[];
  /**
   * With firstParent false: also list what each merge changed against its first parent (by default
   * a merge lists nothing), so content that only a merge brought in (a conflict resolution) is seen.
   */
  mergeChanges?: boolean;
  /** Commits whose history is left out (git's ^<commit>), e.g. where a trail begins. */
  excluding?: string[];
}

const MARKER = '\x1eCQC';
// Raw fields only: %an/%ae/%cn/%ce ignore .mailmap (unlike %aN/%aE), %aI/%cI are strict ISO 8601.
const FORMAT = `${MARKER}%x00%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00`;
const HEADER_FIELDS = 9;
// A --raw entry: ":<old mode> <new mode> <old blob> <new blob> <status>[score]".
const RAW = /^\n?:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) ([AMDRCTUXB])\d*$/;
const NO_BLOB = /^0+$/;

/** Every commit that touched the assurance folder (or `pathspecs`), oldest first: one git process over a pipe. */
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
    ...(firstParent ? ['--first-parent', '--diff-merges=first-parent'] : [`--diff-merges=${opts.mergeChanges ? 'first-parent' : 'off'}`]),
    info.head, ...(opts.excluding ?? []).map((rev) => `^${rev}`), ...pathspecs];
  const commits = parseLog((await runGit(info.gitRoot, args, 'read the git history')).toString('utf8'), info);
  return firstParent ? commits.reverse() : commits;
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
