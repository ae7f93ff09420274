// Minimal glob support for the record locations in cqc.yaml (`*`, `**`, `?`, `{a,b}`), so that
// Node 20 (which has no fs.glob) needs no extra dependency for two patterns.
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more folders
        i++;
        if (glob[i + 1] === '/') { i++; out += '(?:[^/]+/)*'; } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) { out += '\\{'; continue; }
      out += '(?:' + glob.slice(i + 1, end).split(',').map(escape).join('|') + ')';
      i = end;
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

function escape(s: string): string {
  return s.replace(/[.+^$()|[\]\\]/g, '\\$&');
}

/**
 * Files under root matching the glob, as `/`-separated paths relative to root, sorted. Hidden files
 * are skipped; those ending `seen.leftoverSuffix` (a write's temporary file) are added to
 * `seen.leftovers`. Symbolic links on the way (the glob's own folders, and any entry below them) are
 * not followed but added to `seen.links`: the trail cannot follow them (layout-link).
 */
export function globFiles(root: string, glob: string, seen: { links?: Set<string>; leftovers?: string[]; leftoverSuffix?: string } = {}): string[] {
  const { links, leftovers, leftoverSuffix = '.cqc-tmp' } = seen;
  const re = globToRegExp(glob);
  const literal = glob.split('/').findIndex((part) => /[*?{]/.test(part));
  const base = literal <= 0 ? '' : glob.split('/').slice(0, literal).join('/');
  const found: string[] = [];
  if (links && base !== '') {
    const parts = base.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const path = parts.slice(0, i).join('/');
      try {
        if (lstatSync(join(root, path)).isSymbolicLink()) links.add(path);
      } catch {
        break;
      }
    }
  }
  const walk = (rel: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.name.startsWith('.')) {
        if (leftovers && e.name.endsWith(leftoverSuffix)) leftovers.push(path);
        continue;
      }
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && re.test(path)) found.push(path);
      else if (e.isSymbolicLink()) links?.add(path);
    }
  };
  walk(base);
  return found.sort();
}
