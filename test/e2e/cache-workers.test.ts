// Speed must never change the answer: the cache and worker threads give byte-identical results.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';

let repo: string;
let cacheHome: string;

beforeAll(() => {
  repo = join(mkdtempSync(join(tmpdir(), 'cqc-cache-')), 'repo');
  const gen = spawnSync(process.execPath, ['bench/generate.js', repo, '--actions', '60', '--evidence-per-action', '10', '--seed', '7'], { encoding: 'utf8' });
  expect(gen.status, gen.stderr).toBe(0);
  cacheHome = mkdtempSync(join(tmpdir(), 'cqc-xdg-'));
}, 120_000);

function check(env: Record<string, string>, extra: string[] = []) {
  const r = cqc(['check', '--no-git', '--as-of', '2026-11-26', '--format', 'json', ...extra], { cwd: repo, env: { XDG_CACHE_HOME: cacheHome, ...env } });
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('record cache and worker threads', () => {
  it('give the same JSON with one worker, several workers, a cold cache and a warm cache', () => {
    const single = check({ CQC_WORKERS: '1' }, ['--no-cache']);
    expect(JSON.parse(single).summary.evidence).toBe(600);
    expect(check({ CQC_WORKERS: '2' }, ['--no-cache'])).toBe(single);
    expect(readdirSync(cacheHome)).toEqual([]);
    expect(check({ CQC_WORKERS: '2' })).toBe(single); // fills the cache
    expect(readdirSync(join(cacheHome, 'cqc'))).toHaveLength(1);
    expect(check({ CQC_WORKERS: '1' })).toBe(single); // served from it
  });

  it('never trusts the cache for a changed file', () => {
    check({});
    const evidenceDir = join(repo, 'evidence', readdirSync(join(repo, 'evidence'))[0]!);
    const file = join(evidenceDir, readdirSync(evidenceDir).find((f) => f.endsWith('.yaml'))!);
    appendFileSync(file, 'decided_bye: someone\n');
    const out = JSON.parse(check({}));
    expect(out.findings.some((f: { rule: string; message: string }) => f.rule === 'schema' && f.message.includes('decided_bye'))).toBe(true);
  });
});
