// Stopping a check part-way (Ctrl-C, a cancelled CI job) must also stop the git processes it started:
// a cancelled pipeline must not leave git reading a large history in the background.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { generatedRepo } from '../helpers/generated.js';

let repo: string;

beforeAll(() => {
  // Big enough that git is still reading the history well after the check starts.
  repo = generatedRepo('interrupt', { actions: 1500, perAction: 3, seed: 9 });
}, 120_000);

afterAll(() => rmSync(dirname(repo), { recursive: true, force: true }));

/** The git processes whose parent is `pid`, from /proc. */
function gitChildren(pid: number): number[] {
  return readdirSync('/proc').filter((n) => /^\d+$/.test(n)).flatMap((n) => {
    try {
      const stat = readFileSync(`/proc/${n}/stat`, 'utf8');
      const [, comm = '', rest = ''] = /^\d+ \((.*)\) (.*)$/s.exec(stat) ?? [];
      return comm === 'git' && Number(rest.split(' ')[1]) === pid ? [Number(n)] : [];
    } catch {
      return []; // ended while we looked
    }
  });
}

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
  const child = spawn(process.execPath, [BIN, 'check', '--no-cache', '--as-of', '2026-11-26', '--format', 'json'], { cwd: repo, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let ended = false;
  void exited.then(() => { ended = true; });
  // Wait until a git process is at work for the check, then stop the check.
  let git: number[] = [];
  while (git.length === 0 && !ended) {
    git = gitChildren(child.pid!);
    if (git.length === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  expect(git.length, 'the check ended before git was seen at work').toBeGreaterThan(0);
  child.kill('SIGTERM');
  const { signal } = await exited;
  expect(signal).toBe('SIGTERM');
  // By the time cqc has ended, each git process it started has ended or been told to stop.
  expect(git.filter((pid) => !stopped(pid))).toEqual([]);
}, 60_000);
