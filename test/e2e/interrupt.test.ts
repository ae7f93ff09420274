// Stopping a check part-way (Ctrl-C, a cancelled CI job) must not leave git's temporary files behind.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { generatedRepo } from '../helpers/generated.js';

let repo: string;
let scratch: string;

beforeAll(() => {
  // Big enough that git is still reading the history well after the check starts.
  repo = generatedRepo('interrupt', { actions: 1500, perAction: 3, seed: 9 });
  scratch = mkdtempSync(join(tmpdir(), 'cqc-scratch-'));
}, 120_000);

afterAll(() => {
  rmSync(dirname(repo), { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const spools = () => readdirSync(scratch).filter((name) => name.startsWith('cqc-git-'));

it('removes its temporary git files when stopped by a signal, then stops as the signal asks', async () => {
  const child = spawn(process.execPath, [BIN, 'check', '--no-cache', '--as-of', '2026-11-26', '--format', 'json'], {
    cwd: repo, env: { ...process.env, TMPDIR: scratch, CQC_WORKERS: '0' }, stdio: 'ignore',
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  // Wait until git is at work (its temporary folder exists), then stop the check.
  let seen = false;
  for (let i = 0; i < 2000 && !seen; i++) {
    seen = spools().length > 0;
    if (!seen) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  expect(seen, 'git never started a spooled job').toBe(true);
  child.kill('SIGTERM');
  const { signal } = await exited;
  expect(signal).toBe('SIGTERM');
  expect(spools()).toEqual([]);
}, 60_000);
