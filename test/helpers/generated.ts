// A synthetic assurance repo with a realistic git history, made by the benchmark's generator, for
// tests that need more history than a hand-written story gives.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GENERATOR = fileURLToPath(new URL('../../bench/generate.js', import.meta.url));

/** Generate a repo in a new temporary folder (its parent is the caller's to remove); returns its path. */
export function generatedRepo(label: string, size: { actions: number; perAction: number; seed: number }): string {
  const repo = join(mkdtempSync(join(tmpdir(), `cqc-${label}-`)), 'repo');
  const gen = spawnSync(process.execPath, [GENERATOR, repo, '--actions', String(size.actions),
    '--evidence-per-action', String(size.perAction), '--seed', String(size.seed)], { encoding: 'utf8' });
  expect(gen.status, gen.stderr).toBe(0);
  return repo;
}
