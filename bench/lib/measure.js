// Wall-clock timing of child processes, and the peak memory of one. Every measurement spawns a
// fresh process, as a pre-commit hook or a CI step would, so Node start-up is part of the time.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Run a command to completion; returns { ms, status, stdout, stderr }. */
export function timeCommand(command, args, options = {}) {
  const began = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = performance.now() - began;
  return { ms, status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: (result.stderr ?? '') + (result.error ? String(result.error) : '') };
}

/**
 * Time `runs` runs of a step (a function returning { ms, ok, detail }). Stops at the first failure,
 * so a broken CLI costs one run, not five. Returns { median, samples, ok, error }.
 */
export function repeat(runs, step) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const outcome = step(i);
    if (!outcome.ok) return { median: NaN, samples, ok: false, error: outcome.error };
    samples.push(outcome.ms);
  }
  return { median: median(samples), samples, ok: true };
}

const GNU_TIME = '/usr/bin/time';

/** True when GNU time can report peak RSS (BusyBox and BSD time cannot take -f %M -o). */
function gnuTimeWorks() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /^\d+\s*$/m.test(probe.stderr);
}

const canUseGnuTime = gnuTimeWorks();

/**
 * Run a command and report its peak resident memory in bytes (and its result). Uses GNU time's
 * %M where available; otherwise samples /proc/<pid>/status VmHWM (the kernel's own high-water
 * mark, so a late sample still sees the peak) until the process exits.
 */
export async function peakMemory(command, args, options = {}) {
  if (canUseGnuTime) {
    const dir = mkdtempSync(join(tmpdir(), 'cqc-bench-mem-'));
    try {
      const out = join(dir, 'rss');
      const result = timeCommand(GNU_TIME, ['-f', '%M', '-o', out, command, ...args], options);
      const kib = Number(readFileSync(out, 'utf8').trim().split('\n').pop());
      return { ...result, bytes: kib * 1024, method: 'GNU time %M' };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return sampleVmHwm(command, args, options);
}

function sampleVmHwm(command, args, options) {
  return new Promise((resolve) => {
    const began = performance.now();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peak = 0;
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const sample = () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (match) peak = Math.max(peak, Number(match[1]) * 1024);
      } catch { /* the process has gone; the last sample stands */ }
    };
    const timer = setInterval(sample, 10);
    child.on('exit', sample);
    child.on('close', (status, signal) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - began, status, signal, stdout, stderr, bytes: peak || NaN, method: '/proc VmHWM sampling' });
    });
  });
}
