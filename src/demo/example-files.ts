// Locates the bundled examples/ folder and reads it as text. The demo's history is derived from
// these files, so the repo it builds always ends exactly where examples/ is.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The examples/ folder shipped with cqc, found by walking up from this module (src/ or dist/). */
export function findExamplesDir(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'examples');
    if (existsSync(join(candidate, 'cqc.yaml'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error(`Could not find the bundled examples folder near ${start}. Reinstall cqc, or run it from its own folder.`);
}

/**
 * Every file under `root` as UTF-8 text, keyed by its path relative to root with `/` separators.
 * A `.git` folder is skipped, so a built demo repo can be compared with examples/.
 */
export function readExampleFiles(root: string = findExamplesDir()): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(full);
      } else if (entry.isFile()) files[relative(root, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}
