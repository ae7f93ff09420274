// Where an attachment path really leads: inside the repo, missing, a folder, or outside.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { AttachmentState } from '../rules/types.js';

const realRoots = new Map<string, string>();

export function attachmentState(root: string, path: string): AttachmentState {
  if (isAbsolute(path) || /^[a-zA-Z]:[\\/]/.test(path) || path.split(/[\\/]/).includes('..')) return 'outside';
  const abs = resolve(root, path);
  try {
    lstatSync(abs);
  } catch {
    return 'missing';
  }
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return 'missing';
  }
  let realRoot = realRoots.get(root);
  if (realRoot === undefined) realRoots.set(root, (realRoot = realpathSync(root)));
  const rel = relative(realRoot, real);
  if (rel.startsWith('..' + sep) || rel === '..' || isAbsolute(rel)) return 'outside';
  return statSync(real).isDirectory() ? 'folder' : 'ok';
}
