// Where an attachment path really leads: inside the repo, missing, a folder, or outside.
import { realpathSync, statSync } from 'node:fs';
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
