#!/usr/bin/env node
// Time `cqc audit --personal-data` beside `git log -p` over the same history: the floor for any
// tool that reads every version of every file from git. Both are fresh processes, as a user runs
// them; the median of --runs runs of each, wall clock and (with GNU time) CPU seconds, which a
// busy shared machine disturbs less.
//
//   node bench/personal-data.js [repoDir] [--runs 3]
//
// repoDir defaults to the standard bench repo (`node bench/generate.js bench/out/repo-a5000-e10-s1-by-location`,
// or `npm run bench -- --keep`).

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, timeCommand } from './lib/measure.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
const repo = resolve(positionals[0] ?? join(ROOT, 'bench', 'out', 'repo-a5000-e10-s1-by-location'));
if (!existsSync(join(repo, '.git'))) {
  console.error(`${repo} is not a generated bench repo: run "node bench/generate.js ${repo}" first.`);
  process.exit(2);
}
const gnuTime = existsSync('/usr/bin/time');

/** One timed run: wall ms, and CPU seconds (user + system, children included) where GNU time runs. */
function timed(command, args) {
  if (!gnuTime) return { ...timeCommand(command, args, { cwd: repo }), cpu: NaN };
  const dir = mkdtempSync(join(tmpdir(), 'cqc-bench-pd-'));
  try {
    const out = join(dir, 'cpu');
    const run = timeCommand('/usr/bin/time', ['-f', '%U %S', '-o', out, command, ...args], { cwd: repo });
    const [user, system] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    return { ...run, cpu: user + system };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const steps = {
  'cqc audit --personal-data': [process.execPath, [join(ROOT, 'bin', 'cqc.js'), 'audit', '--personal-data', '--format', 'json']],
  'git log -p': ['git', ['log', '-p', '--no-color', '--no-ext-diff', '--no-textconv', 'HEAD']],
};
const runs = Number(values.runs);
const results = {};
for (const [name, [command, args]] of Object.entries(steps)) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const run = timed(command, args);
    // Exit 1 from the audit means it found something: still a complete run.
    if (run.status !== 0 && !(name.startsWith('cqc') && run.status === 1)) {
      console.error(`${name} failed (exit ${run.status}): ${run.stderr.split('\n')[0]}`);
      process.exit(1);
    }
    if (name.startsWith('cqc') && i === 0) results.scanned = JSON.parse(run.stdout).scanned;
    samples.push(run);
  }
  results[name] = { wall: median(samples.map((s) => s.ms)) / 1000, cpu: median(samples.map((s) => s.cpu)) };
}
console.log(`${repo}: ${results.scanned.commits} commits, ${results.scanned.versions} versions of ${results.scanned.files} files scanned`);
for (const name of Object.keys(steps)) {
  const { wall, cpu } = results[name];
  console.log(`${name.padEnd(26)} ${wall.toFixed(1)} s wall, ${Number.isNaN(cpu) ? '?' : cpu.toFixed(1)} s CPU (median of ${runs})`);
}
