// The last step of every writing command: write its files atomically and, with --commit, record
// exactly those files in one commit whose trailers name the action and the governance event.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CqcError } from '../errors.js';
import { commitFiles } from '../git/commit.js';
import { gitInfo, uncommittedPaths } from '../git/repo.js';
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
export interface CommitPlan { action: string | readonly string[]; event: WorkflowEvent; subject: string; /** Sign it (policy.require_signed_closures). */ sign?: boolean }

export interface Saved { written: string[]; commit?: string }

function onDisk(path: string): Expected {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export async function saveRecords(root: string, writes: PlannedWrite[], commit?: CommitPlan): Promise<Saved> {
  const info = commit ? await gitInfo(root) : null;
  if (commit && !info) {
    throw new CqcError(`${root} is not inside a git repository, so --commit cannot record this step. Run "git init" there first, or leave out --commit.`);
  }
  // --commit records exactly this step, as the person taking it: changes someone left uncommitted
  // in a file it edits would go into that commit under their name (a lowered goal in a closure commit).
  const existing = writes.filter((w) => w.expected !== null).map((w) => w.path);
  const pending = info && existing.length ? await uncommittedPaths(info, existing) : [];
  if (pending.length) {
    const files = pending.join(', ');
    const them = pending.length > 1 ? 'them' : 'it';
    throw new CqcError(`${files} ${pending.length > 1 ? 'have' : 'has'} changes that are not committed, and --commit would put ${them} into this step's commit under your name. Nothing was written. Have whoever made the changes commit ${them} first (or undo ${them} with "git checkout -- ${files}"), then run the command again.`);
  }
  // Check every file before writing any, so a multi-file step is not left half done.
  for (const w of writes) {
    if (onDisk(join(root, w.path)) !== w.expected) {
      throw new CqcError(w.expected === null
        ? `${w.path} already exists; cqc will not overwrite it. Nothing was written. Choose another id, or run the command again.`
        : `${w.path} changed on disk while cqc was working, so cqc did not overwrite it; nothing was written. Run the command again.`);
    }
  }
  writeAll(root, writes);
  const written = writes.map((w) => w.path);
  if (!commit) return { written };
  let hash: string;
  try {
    hash = await commitFiles({
      cwd: root,
      files: written.map((p) => join(root, p)),
      subject: commit.subject,
      trailers: [...[commit.action].flat().map((id): [string, string] => ['Cqc-Action', id]), ['Cqc-Event', commit.event]],
      ...(commit.sign ? { sign: true } : {}),
    });
  } catch (e) {
    throw uncommitted(written, e);
  }
  return { written, commit: hash };
}

/**
 * Write every file or, if one fails, put back those already written: a step is recorded whole or
 * not at all. The first failure is what the user hears about.
 */
function writeAll(root: string, writes: readonly PlannedWrite[]): void {
  const done: PlannedWrite[] = [];
  for (const w of writes) {
    try {
      writeFileAtomic(join(root, w.path), w.text, w.expected, w.path);
      done.push(w);
    } catch (e) {
      const stuck = done.reverse().filter((d) => !undo(root, d)).map((d) => d.path);
      if (!stuck.length) throw e;
      const reason = e instanceof Error ? e.message : String(e);
      throw new CqcError(`${reason} ${stuck.join(', ')} ${stuck.length > 1 ? 'were' : 'was'} already written and could not be put back: check ${stuck.length > 1 ? 'them' : 'it'} with "git diff" before running the command again.`);
    }
  }
}

/** Put a written file back as it was; false when that too failed. */
function undo(root: string, w: PlannedWrite): boolean {
  try {
    if (w.expected === null) rmSync(join(root, w.path), { force: true });
    else writeFileAtomic(join(root, w.path), w.expected, typeof w.text === 'string' ? w.text : onDisk(join(root, w.path)), w.path);
    return true;
  } catch {
    return false;
  }
}

/** The files are written but git refused the commit: say exactly that, and what to do. */
function uncommitted(written: readonly string[], e: unknown): CqcError {
  const files = written.join(', ');
  const reason = (e instanceof Error ? e.message : String(e)).replace(/^Could not commit the written files: /, '');
  const them = written.length > 1 ? 'them' : 'it';
  return new CqcError(`Wrote ${files}, but git could not commit ${them} (${reason.replace(/\.$/, '')}). The change is on disk but not yet in the audit trail: fix what git says, then commit ${them} yourself ("git add ${files}" and "git commit"), or undo the change with "git checkout -- ${files}".`);
}

/** "Wrote actions/MH-001.yaml. Committed 1a2b3c4." for the command's closing line. */
export function savedNote(saved: Saved): string {
  const files = saved.written.join(', ');
  return saved.commit ? `Wrote ${files} and committed ${saved.written.length > 1 ? "them" : "it"} as ${saved.commit.slice(0, 7)}.` : `Wrote ${files}.`;
}
