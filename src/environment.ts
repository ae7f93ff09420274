// When the machine, not cqc, is the problem (a full disk, a read-only folder, a permission, a file
// that vanished), say so in one line with the path and what to do, never "internal error … please
// report": there is nothing for the developers to fix, and everything for the user to check.
import { CqcError } from './errors.js';

const WHY: Record<string, [reason: string, todo: string]> = {
  ENOSPC: ['the disk is full', 'Free some space and run the command again.'],
  EDQUOT: ['your disk quota is used up', 'Free some space and run the command again.'],
  EROFS: ['the folder is on a read-only disk', 'Work in a copy of the repo that you can write to.'],
  EACCES: ['permission was denied', 'Check that you may write to that folder (ls -l), or ask whoever looks after the machine.'],
  EPERM: ['the operating system did not allow it', 'Check the file is not locked or protected, and that you may change it.'],
  ENOENT: ['it vanished while cqc was working (or its folder did)', 'Check nothing else is moving or deleting files there, then run the command again.'],
  ENOTDIR: ['a file stands where a folder should be', 'Move that file out of the way, then run the command again.'],
  EISDIR: ['a folder stands where a file should be', 'Move that folder out of the way, then run the command again.'],
  EEXIST: ['something already exists there', 'Move it out of the way, then run the command again.'],
  EMFILE: ['too many files are open on this machine', 'Close some programs and run the command again.'],
  ENFILE: ['too many files are open on this machine', 'Close some programs and run the command again.'],
  EIO: ['the disk reported an error', 'Check the disk (or network drive) is working, then run the command again.'],
  EBUSY: ['the file is in use by another program', 'Close the other program, then run the command again.'],
};

/** The error's errno code when it is one the machine raised (not a mistake in cqc). */
export function environmentCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in WHY ? code : undefined;
}

/** "Could not write actions/MH-001.yaml: the disk is full (ENOSPC). …" as a CqcError, or undefined. */
export function environmentError(error: unknown, doing: string, after = ''): CqcError | undefined {
  const code = environmentCode(error);
  if (!code) return undefined;
  const [reason, todo] = WHY[code]!;
  return new CqcError(`Could not ${doing}: ${reason} (${code}).${after ? ` ${after}` : ''} ${todo}`);
}

/** For errors nobody caught: the path node gives, in the same plain words. */
export function uncaughtEnvironmentError(error: unknown): CqcError | undefined {
  const path = (error as NodeJS.ErrnoException | null)?.path;
  return environmentError(error, path ? `use ${path}` : 'finish, because of the machine it runs on');
}
