// Find the assurance repo: the nearest folder at or above the start that holds cqc.yaml.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CqcError } from '../errors.js';

import { CONFIG_FILE } from './layout.js';

export function findRoot(start: string, explicit = false): string {
  const from = resolve(start);
  if (!existsSync(from) || !statSync(from).isDirectory()) {
    throw new CqcError(`${start} is not a folder. Give -C the folder that holds cqc.yaml.`);
  }
  if (explicit) {
    if (existsSync(join(from, CONFIG_FILE))) return from;
    throw new CqcError(`No cqc.yaml in ${from}. Run "cqc init" there to start an assurance repo, or point -C at the folder that holds cqc.yaml.`);
  }
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) break;
  }
  throw new CqcError(`No cqc.yaml found in ${from} or any folder above it. Run "cqc init" to start an assurance repo, or use -C <dir>.`);
}
