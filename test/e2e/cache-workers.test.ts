// Speed must never change the answer: the cache and worker threads give byte-identical results.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { generatedRepo } from '../helpers/generated.js';

let repo: string;
let cacheHome: string;

beforeAll(() => {
  repo = generatedRepo('cache', { actions: 120, perAction: 4, seed: 7 });
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
    expect(JSON.parse(single).summary.evidence).toBe(480);
    expect(check({ CQC_WORKERS: '2' }, ['--no-cache'])).toBe(single);
    expect(readdirSync(cacheHome)).toEqual([]);
    expect(check({ CQC_WORKERS: '2' })).toBe(single); // fills the caches
    const files = readdirSync(join(cacheHome, 'cqc')).sort();
    expect(files.map((f) => f.replace(/-[0-9a-f]+\./, '.'))).toEqual(['records.bin', 'result.json']);
    expect(check({ CQC_WORKERS: '1' })).toBe(single); // the whole result, remembered
    rmSync(join(cacheHome, 'cqc', files[1]!));
    expect(check({ CQC_WORKERS: '1' })).toBe(single); // every record from the record cache
  });

  it('give the same JSON with the git rules on, whatever the threads', () => {
    const run = (workers: string, env: Record<string, string> = {}) => {
      const r = cqc(['check', '--no-cache', '--as-of', '2026-11-26', '--format', 'json'], { cwd: repo, env: { XDG_CACHE_HOME: cacheHome, CQC_WORKERS: workers, ...env } });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const alone = run('0');
    expect(JSON.parse(alone).summary.git).toBe(true);
    expect(run('1')).toBe(alone);
    expect(run('3')).toBe(alone);
    // No temporary folder for git's output: it comes through pipes instead, to the same answer.
    expect(run('1', { TMPDIR: join(cacheHome, 'no-such-folder') })).toBe(alone);
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

describe('remembered results', () => {
  function checkGit() {
    const r = cqc(['check', '--as-of', '2026-11-26', '--format', 'json'], { cwd: repo, env: { XDG_CACHE_HOME: cacheHome } });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { findings: { rule: string; file: string; message: string }[]; summary: { evidence: number } };
  }

  it('are reused when nothing changed, and not after a new file, an edit or a commit', () => {
    const first = checkGit();
    expect(checkGit()).toEqual(first);
    const file = join(repo, 'actions', readdirSync(join(repo, 'actions'))[0]!);
    // a new untracked evidence file
    const id = readdirSync(join(repo, 'actions'))[0]!.replace('.yaml', '');
    writeFileSync(join(repo, 'evidence', id, `${id}-E99.yaml`), `id: ${id}-E99\naction: ${id}\ntype: trend\ndate: 2026-10-01\nfinding: neutral\n`);
    const added = checkGit();
    expect(added.summary.evidence).toBe(first.summary.evidence + 1);
    expect(added.findings.some((f) => f.rule === 'not-committed' && f.file.endsWith('-E99.yaml'))).toBe(true);
    // an edit to a tracked file
    appendFileSync(file, 'x-note: edited\n');
    expect(checkGit().findings.some((f) => f.rule === 'not-committed' && f.file === `actions/${id}.yaml`)).toBe(true);
    // committing both: the not-committed warnings go
    spawnSync('git', ['add', '-A'], { cwd: repo });
    spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-qm', 'edit'], { cwd: repo });
    expect(checkGit().findings.some((f) => f.rule === 'not-committed')).toBe(false);
  });
});
