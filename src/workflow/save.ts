// The last step of every writing command: write its files atomically and, with --commit, record
// exactly those files in one commit whose trailers name the action and the governance event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CqcError } from '../errors.js';
import { commitFiles } from '../git/commit.js';
import { gitInfo } from '../git/repo.js';
import { writeFileAtomic, type Expected } from '../repo/write.js';

/** The events `Cqc-Event:` trailers name. */
export type WorkflowEvent = 'raised' | 'evidence' | 'recommended' | 'decided' | 'held' | 'reopened' | 'reviewed' | 'imported';

export interface PlannedWrite {
  /** Relative to the assurance root, with `/`. */
  path: string;
  /** Text for records; bytes for copied attachments. */
  text: string | Uint8Array;
  /** What the file held when read (null: new file). */
  expected: Expected;
}

/** `action`: the action the step is about, or several (one `Cqc-Action` trailer each, e.g. an import). */
export interface CommitPlan { action: string | readonly string[]; event: WorkflowEvent; subject: string }

export interface Saved { written: string[]; commit?: string }

function onDisk(path: string): Expected {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export async function saveRecords(root: string, writes: PlannedWrite[], commit?: CommitPlan): Promise<Saved> {
  if (commit && !(await gitInfo(root))) {
    throw new CqcError(`${root} is not inside a git repository, so --commit cannot record this step. Run "git init" there first, or leave out --commit.`);
  }
  // Check every file before writing any, so a multi-file step is not left half done.
  for (const w of writes) {
    if (onDisk(join(root, w.path)) !== w.expected) {
      throw new CqcError(w.expected === null
        ? `${w.path} already exists; cqc will not overwrite it. Nothing was written. Choose another id, or run the command again.`
        : `${w.path} changed on disk while cqc was working, so cqc did not overwrite it; nothing was written. Run the command again.`);
    }
  }
  for (const w of writes) writeFileAtomic(join(root, w.path), w.text, w.expected, w.path);
  const written = writes.map((w) => w.path);
  if (!commit) return { written };
  const hash = await commitFiles({
    cwd: root,
    files: written.map((p) => join(root, p)),
    subject: commit.subject,
    trailers: [...[commit.action].flat().map((id): [string, string] => ['Cqc-Action', id]), ['Cqc-Event', commit.event]],
  });
  return { written, commit: hash };
}

/** "Wrote actions/MH-001.yaml. Committed 1a2b3c4." for the command's closing line. */
export function savedNote(saved: Saved): string {
  const files = saved.written.join(', ');
  return saved.commit ? `Wrote ${files} and committed ${saved.written.length > 1 ? "them" : "it"} as ${saved.commit.slice(0, 7)}.` : `Wrote ${files}.`;
}
