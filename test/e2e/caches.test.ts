// Speed must never change the answer: with the caches or without, cold or warm, the JSON is the same byte for byte.
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { generatedRepo } from '../helpers/generated.js';

let repo: string;
let cacheHome: string;

beforeAll(() => {
  repo = generatedRepo('cache', { actions: 120, perAction: 5, seed: 7 });
  cacheHome = mkdtempSync(join(tmpdir(), 'cqc-xdg-'));
}, 120_000);

function check(env: Record<string, string>, extra: string[] = []) {
  const r = cqc(['check', '--no-git', '--as-of', '2026-11-26', '--format', 'json', ...extra], { cwd: repo, env: { XDG_CACHE_HOME: cacheHome, ...env } });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('the result cache', () => {
  it('gives the same JSON with no cache, a cold cache and a warm cache', () => {
    const plain = check({}, ['--no-cache']);
    expect(JSON.parse(plain).summary.evidence).toBe(600);
    expect(readdirSync(cacheHome)).toEqual([]);
    expect(check({})).toBe(plain); // fills the cache
    const files = readdirSync(join(cacheHome, 'cqc')).sort();
    expect(files.map((f) => f.replace(/-[0-9a-f]+\./, '.'))).toEqual(['result.json']);
    expect(check({})).toBe(plain); // the whole result, remembered
    rmSync(join(cacheHome, 'cqc', files[0]!));
    expect(check({})).toBe(plain); // a deleted cache is simply rebuilt
  });

  it('gives the same JSON with the git rules on, cached or not', () => {
    const run = (extra: string[]) => {
      const r = cqc(['check', '--as-of', '2026-11-26', '--format', 'json', ...extra], { cwd: repo, env: { XDG_CACHE_HOME: cacheHome } });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const plain = run(['--no-cache']);
    expect(JSON.parse(plain).summary.git).toBe(true);
    expect(run([])).toBe(plain);
    expect(run([])).toBe(plain);
  });

  it('never trusts the cache for a changed file', () => {
    check({});
    const location = join(repo, 'locations', readdirSync(join(repo, 'locations'))[0]!, 'evidence');
    const evidenceDir = join(location, readdirSync(location)[0]!);
    const file = join(evidenceDir, readdirSync(evidenceDir).find((f) => f.endsWith('.yaml'))!);
    appendFileSync(file, 'decided_bye: someone\n');
    const out = JSON.parse(check({}));
    expect(out.findings.some((f: { rule: string; message: string }) => f.rule === 'schema' && f.message.includes('decided_bye'))).toBe(true);
  });
});
