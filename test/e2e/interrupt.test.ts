// Stopping a check part-way (Ctrl-C, a cancelled CI job) must also stop the git processes it started:
// a cancelled pipeline must not leave git reading a large history in the background.
// No race with the clock: a stand-in `git` first on the PATH passes every call to the real git except
// `git log`, which tells the test its process id and then waits for ever. So the check is certainly
// waiting on git when the test stops it, however slow or loaded the machine.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { CONFIG, EVIDENCE, OPEN_ACTION, PEOPLE } from '../helpers/repo.js';
import { cleanupRepos, commitAs, makeRepo, tempDir, type TestRepo } from '../git/helpers.js';

let repo: TestRepo;
let shims: string;
let waiting: number | undefined;

beforeAll(() => {
  repo = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': OPEN_ACTION });
  commitAs(repo, { name: 'Priya Patel', email: 'priya.patel@example.org' }, '2026-09-10T10:00:00Z', { 'evidence/MH-001/MH-001-E01.yaml': EVIDENCE }, 'Baseline audit');
  shims = tempDir('cqc-git-shim-');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  execFileSync('mkfifo', [join(shims, 'started'), join(shims, 'never')]);
  // `exec` keeps the process id the test was told: the process that waits is the one cqc started.
  writeFileSync(join(shims, 'git'), `#!/bin/sh
for arg in "$@"; do
  if [ "$arg" = log ]; then
    echo $$ > '${join(shims, 'started')}'
    exec cat '${join(shims, 'never')}'
  fi
done
exec '${realGit}' "$@"
`);
  chmodSync(join(shims, 'git'), 0o755);
});

afterAll(() => {
  // If cqc failed to stop it, the stand-in would wait for ever: end it here so no run leaves it behind.
  if (waiting !== undefined && !stopped(waiting)) process.kill(waiting, 'SIGKILL');
  cleanupRepos();
});

/** Stopped, or told to stop: gone, a zombie waiting to be reaped, or with SIGTERM pending. */
function stopped(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return true;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const pending = ['SigPnd', 'ShdPnd'].map((k) => BigInt(`0x${new RegExp(`^${k}:\\s+([0-9a-f]+)`, 'm').exec(status)?.[1] ?? '0'}`));
    const sigterm = 1n << 14n; // signal 15
    return /^State:\s+Z/m.test(status) || pending.some((mask) => (mask & sigterm) !== 0n);
  } catch {
    return true; // ended while we looked
  }
}

it('stops the git processes it started when stopped by a signal, then stops as the signal asks', async () => {
  const env = { ...process.env, PATH: `${shims}:${process.env.PATH ?? ''}` };
  const child = spawn(process.execPath, [BIN, 'check', '--no-cache', '--as-of', '2026-11-26', '--format', 'json'], { cwd: repo.dir, env, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  // Reading the FIFO waits until the stand-in git has started and written its process id.
  const git = Number((await readFile(join(shims, 'started'), 'utf8')).trim());
  waiting = git;
  expect(git).toBeGreaterThan(0);
  expect(stopped(git)).toBe(false);
  child.kill('SIGTERM');
  const { signal } = await exited;
  expect(signal).toBe('SIGTERM');
  // By the time cqc has ended, the git process it started has ended or been told to stop.
  expect(stopped(git)).toBe(true);
}, 60_000);
