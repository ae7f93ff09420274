// Minimal glob support for the record locations in cqc.yaml (`*`, `**`, `?`, `{a,b}`), so that
// Node 20 (which has no fs.glob) needs no extra dependency for two patterns.
import { readdirSync } from 'node:fs';
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
 * are skipped; those ending `leftoverSuffix` (a write's temporary file) are added to `leftovers`.
 */
export function globFiles(root: string, glob: string, leftovers?: string[], leftoverSuffix = '.cqc-tmp'): string[] {
  const re = globToRegExp(glob);
  const literal = glob.split('/').findIndex((part) => /[*?{]/.test(part));
  const base = literal <= 0 ? '' : glob.split('/').slice(0, literal).join('/');
  const found: string[] = [];
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
    }
  };
  walk(base);
  return found.sort();
}
