// Writing records safely. A crash leaves the old file or the new one, never half of either (temp
// file in the same folder, fsync, rename), and a file someone changed since cqc read it is never
// overwritten: their edit would be lost without anyone noticing.
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Document } from 'yaml';
import { environmentError } from '../environment.js';
import { CqcError } from '../errors.js';

/** What the file held when cqc read it: its text, or null when it did not exist yet. */
export type Expected = string | null;

/** The document as text, keeping its comments, key order and flow/block styles; long lines are never folded. */
export function renderDocument(doc: Document, original?: string): string {
  return doc.toString({ ...RENDER_OPTIONS, flowCollectionPadding: original !== undefined && padsFlowCollections(original) });
}

/** Does the file write inline lists and maps as `[ a, b ]` rather than `[a, b]`? yaml applies one style to the whole file. */
export function padsFlowCollections(text: string): boolean {
  const padded = text.match(/: [[{] \S/g)?.length ?? 0;
  const tight = text.match(/: [[{][^\s\]}]/g)?.length ?? 0;
  return padded > tight;
}

/** `[a, b]` as people write it, and no folding of long lines. */
export const RENDER_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

function currentText(path: string): Expected {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function syncFolder(folder: string): void {
  // Makes the rename itself durable; some platforms cannot open a folder, which is harmless.
  try {
    const fd = openSync(folder, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* not supported here */ }
}

/** Temporary files sit beside the record (so the rename is atomic), hidden, and named for the process. */
export const TEMP_SUFFIX = '.cqc-tmp';
const TEMP_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{8}\.cqc-tmp$/;

/** `.<name>.<pid>.<hex>.cqc-tmp` beside `path`. */
export function tempPathFor(path: string, pid = process.pid, tag = randomBytes(4).toString('hex')): string {
  return join(dirname(path), `.${basename(path)}.${pid}.${tag}${TEMP_SUFFIX}`);
}

/** For a temporary file's name: the record it was for and the process that wrote it. */
export function tempFileOwner(name: string): { record: string; pid: number } | undefined {
  const m = TEMP_NAME.exec(name);
  return m ? { record: m[1]!, pid: Number(m[2]) } : undefined;
}

/**
 * Where a write first touches the disk. Tests replace it to inject what a machine can do to a
 * write (a full disk, a denied or read-only folder), which running as root cannot show for real.
 */
export const writeSeam = {
  openTemp: (temp: string): number => openSync(temp, 'wx', 0o644),
};

/**
 * Replace `path` with `text` atomically. `expected` is what the file held when it was read (null: it
 * must not exist); if the file on disk differs right before the rename, nothing is written. A
 * failure the machine causes (full disk, read-only or denied folder) is one plain CqcError naming
 * `display`, and leaves the file as it was.
 */
export function writeFileAtomic(path: string, text: string | Uint8Array, expected: Expected, display = path): void {
  try {
    replaceFile(path, text, expected, display);
  } catch (e) {
    throw environmentError(e, `write ${display}`, expected === null ? 'Nothing was written.' : 'Nothing was written: the file is as it was.') ?? e;
  }
}

function replaceFile(path: string, text: string | Uint8Array, expected: Expected, display: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temp = tempPathFor(path);
  const fd = writeSeam.openTemp(temp);
  try {
    try {
      writeFileSync(fd, text); // loops until every byte is written
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (currentText(path) !== expected) throw changedOnDisk(display);
    if (expected === null) {
      // A new file: link() refuses to replace one that appeared in the meantime, rename() would not.
      try {
        linkSync(temp, path);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw changedOnDisk(display);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
        renameSync(temp, path); // a file system without hard links: the check above is the guard
      }
      rmSync(temp, { force: true });
    } else {
      renameSync(temp, path);
    }
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  syncFolder(folder);
}

function changedOnDisk(display: string): CqcError {
  return new CqcError(`${display} changed on disk while cqc was working, so cqc did not overwrite it; nothing was written. Run the command again.`);
}
