// Where an attachment path really leads: inside the repo, missing, a folder, or outside.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AttachmentState } from '../engine/types.js';

const realRoots = new Map<string, string>();

export function attachmentState(root: string, path: string): AttachmentState {
  if (isAbsolute(path) || /^[a-zA-Z]:[\\/]/.test(path) || path.split(/[\\/]/).includes('..')) return 'outside';
  const abs = resolve(root, path);
  let real: string;
  try {
    // The operating system's own realpath: one call, where the portable one checks each folder.
    real = realpathSync.native(abs);
  } catch {
    return 'missing'; // nothing there, or a link to nothing
  }
  let realRoot = realRoots.get(root);
  if (realRoot === undefined) realRoots.set(root, (realRoot = realpathSync.native(root)));
  const rel = relative(realRoot, real);
  if (rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) return 'outside';
  return statSync(real).isDirectory() ? 'folder' : 'ok';
}

const LENIENT_UTF8 = new TextDecoder('utf-8');

/**
 * The text of an attachment already found inside the repo (state 'ok'), for the personal-data rule;
 * null if it cannot be read. Decoded leniently: a CSV saved by a spreadsheet in another encoding
 * still shows its digits, and an undecodable byte must not hide the identifier beside it.
 */
export function readAttachmentText(root: string, path: string): string | null {
  try {
    return LENIENT_UTF8.decode(readFileSync(resolve(root, path)));
  } catch {
    return null;
  }
}
