// A write is a temporary file, then a rename. A command killed in between (kill -9, a power cut)
// leaves the temporary file beside the record; the record itself is untouched. The next run
// removes such files, once the process that wrote them is gone, and says so.
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { TEMP_SUFFIX, tempFileOwner } from './write.js';

/** Is a process with this id running (or running as someone else, which we may not signal)? */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary files of cqc at the top of the repo (cqc.yaml, people.yaml, init's files). */
export function topLevelTemps(root: string): string[] {
  try {
    return readdirSync(root).filter((name) => name.startsWith('.') && name.endsWith(TEMP_SUFFIX));
  } catch {
    return [];
  }
}

/** Remove those of `paths` (relative to root) that a stopped cqc left; returns the ones removed. */
export function removeLeftovers(root: string, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const owner = tempFileOwner(path.slice(path.lastIndexOf('/') + 1));
    if (!owner || owner.pid === process.pid || running(owner.pid)) return false;
    try {
      if (!lstatSync(join(root, path)).isFile()) return false;
      rmSync(join(root, path));
      return true;
    } catch {
      return false;
    }
  });
}

/** One line for stderr naming what was removed, or '' when nothing was. */
export function leftoverNote(removed: readonly string[]): string {
  if (!removed.length) return '';
  const records = removed.map((p) => `${p.slice(0, p.lastIndexOf('/') + 1)}${tempFileOwner(p.slice(p.lastIndexOf('/') + 1))?.record ?? '?'}`);
  return removed.length === 1
    ? `cqc: removed ${removed[0]}, a temporary file left by a cqc command that was stopped part-way; ${records[0]} itself was not changed by it.\n`
    : `cqc: removed ${removed.length} temporary files left by cqc commands that were stopped part-way (${removed.join(', ')}); the records themselves were not changed by them.\n`;
}
