#!/usr/bin/env node
// `npm run bench`: time cqc against its yardsticks on one generated repo, in one run.
//
//   node bench/run.js [--actions 5000] [--runs 5] [--keep] [--seed 1] [--evidence-per-action 10]
//                     [--example-runs 10] [--no-double]
//
// Generates the repo under bench/out/ (reused when a previous run kept it with --keep), then
// times, as medians of --runs fresh processes: cold `cqc check --no-cache`, warm `cqc check`,
// `cqc check --no-git --no-cache`, ajv-cli on the same files, and `git log --name-status` as the
// floor; plus peak memory of the cold check, the bundled example, a `cqc demo` repo, and cold
// checks (up to 3) of a repo twice the size. Prints a table with the issue-7 targets and writes
// bench/out/results.json. Every check passes `--as-of` the repo's last history day, so the
// findings do not drift as the calendar moves on.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateRepo, GENERATOR_VERSION, MANIFEST } from './generate.js';
import { git } from './lib/fast-import.js';
import { median, repeat, timeCommand } from './lib/measure.js';
import { runAjv, writeAjvSchemas } from './lib/ajv-baseline.js';
import { createCli, compareReports } from './lib/cli-runs.js';
import { evaluateTargets, formatReport } from './lib/report.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, 'bench', 'out');
const CLI = join(ROOT, 'bin', 'cqc.js');

function options() {
  const { values } = parseArgs({
    options: {
      actions: { type: 'string', default: '5000' },
      runs: { type: 'string', default: '5' },
      keep: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      'evidence-per-action': { type: 'string', default: '10' },
      'example-runs': { type: 'string', default: '10' },
      'no-double': { type: 'boolean', default: false },
    },
  });
  return {
    actions: Number(values.actions), runs: Number(values.runs), keep: values.keep, seed: Number(values.seed),
    perAction: Number(values['evidence-per-action']), exampleRuns: Number(values['example-runs']), double: !values['no-double'],
  };
}

/** The generated repo for a size, reused when an identical, unmodified one is already there. */
async function ensureRepo(actions, opts) {
  const dir = join(OUT, `repo-a${actions}-e${opts.perAction}-s${opts.seed}`);
  const manifestPath = join(dir, '.git', MANIFEST);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const same = manifest.generator === GENERATOR_VERSION && manifest.options.actions === actions
      && manifest.options.perAction === opts.perAction && manifest.options.seed === opts.seed;
    if (same && git(dir, ['status', '--porcelain', '--untracked-files=no']) === '') {
      console.log(`Reusing ${dir}`);
      return { dir, manifest, reused: true };
    }
  }
  console.log(`Generating ${actions} actions × ${opts.perAction} evidence items in ${dir} …`);
  const manifest = await generateRepo(dir, { actions, perAction: opts.perAction, seed: opts.seed, force: true });
  console.log(`  ${manifest.sizes.commits} commits, ${manifest.sizes.trackedFiles} files in ${manifest.seconds.toFixed(1)} s`);
  return { dir, manifest, reused: false };
}

function reportFailure(label, measure) {
  if (!measure.ok) console.error(`\n${label} FAILED:\n${measure.error}\n`);
  return measure;
}

async function main() {
  const opts = options();
  const notes = [];
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(join(ROOT, 'dist', 'cli', 'index.js'))) notes.push('dist/cli/index.js is missing: run `npm run build` (npm run bench does it first)');
  const repo = await ensureRepo(opts.actions, opts);
  const asOf = ['--as-of', repo.manifest.end];
  const cli = createCli(CLI, ROOT);
  const measures = {};
  const reports = {};
  let memory = { bytes: NaN, method: 'not measured' };

  // "Cold" means cqc's own caches are off, not that the files must come from disk: one untimed run
  // first, so every measure (ajv-cli's too) reads the repo from the operating system's page cache.
  console.log('Warming the page cache …');
  cli.check(['-C', repo.dir, '--no-cache', '--no-git', ...asOf]);
  console.log('Timing cold checks (--no-cache) …');
  measures.cold = reportFailure('cold check', await repeatAsync(opts.runs, async () => {
    const run = await cli.checkWithMemory(['-C', repo.dir, '--no-cache', ...asOf]);
    if (run.ok) {
      memory = { bytes: Math.max(memory.bytes || 0, run.bytes), method: run.method };
      reports.cold = run.report;
    }
    return run;
  }));

  console.log('Timing warm checks …');
  const fill = cli.check(['-C', repo.dir, ...asOf]);
  measures.warm = reportFailure('warm check', fill.ok
    ? repeat(opts.runs, () => { const run = cli.check(['-C', repo.dir, ...asOf]); if (run.ok) reports.warm = run.report; return run; })
    : { ok: false, samples: [], median: NaN, error: fill.error });

  console.log('Timing --no-git checks …');
  measures.nogit = reportFailure('no-git check', repeat(opts.runs, () => cli.check(['-C', repo.dir, '--no-git', '--no-cache', ...asOf])));

  console.log('Timing ajv-cli …');
  const schemaDir = writeAjvSchemas(join(ROOT, 'schemas'), join(OUT, 'ajv-schemas'));
  const ajvBin = join(ROOT, 'node_modules', '.bin', 'ajv');
  let ajvInvalid = 0;
  measures.ajv = reportFailure('ajv-cli', repeat(opts.runs, () => {
    const run = runAjv({ ajvBin, schemaDir, repoDir: repo.dir, cwd: ROOT });
    ajvInvalid = run.invalid;
    return run;
  }));
  const records = repo.manifest.sizes.actions + repo.manifest.sizes.evidence;
  if (ajvInvalid > records * 0.05) notes.push(`ajv-cli rejected ${ajvInvalid} of ${records} files: the schema variant may not fit, so its time is suspect`);

  console.log('Timing git log --name-status …');
  measures.gitlog = reportFailure('git log', repeat(opts.runs, () => gitLog(repo.dir)));

  console.log('Timing the bundled example …');
  measures.example = reportFailure('example check', repeat(opts.exampleRuns, () => cli.check(['-C', join(ROOT, 'examples'), '--no-git'])));
  measures.demo = timeDemo(cli, opts, notes);

  if (opts.double) {
    const big = await ensureRepo(opts.actions * 2, opts);
    const doubleArgs = ['-C', big.dir, '--no-cache', '--as-of', big.manifest.end];
    console.log('Timing cold checks at double size …');
    cli.check([...doubleArgs, '--no-git']); // the page cache, as above
    measures.double = reportFailure('double-size check', repeat(Math.min(opts.runs, 3), () => cli.check(doubleArgs)));
    // The floor grows too, and faster than the repo: each commit's folder comparison widens with it.
    measures.gitlogDouble = reportFailure('git log at double size', repeat(Math.min(opts.runs, 3), () => gitLog(big.dir)));
    if (!opts.keep) rmSync(big.dir, { recursive: true, force: true });
  } else {
    notes.push('doubling run skipped (--no-double)');
  }

  const consistency = reports.cold && reports.warm ? compareReports(reports.cold, reports.warm) : undefined;
  if (reports.cold) {
    const s = reports.cold.summary;
    if (s.actions !== repo.manifest.sizes.actions || s.evidence !== repo.manifest.sizes.evidence) {
      notes.push(`cqc counted ${s.actions} actions and ${s.evidence} evidence items; the repo has ${repo.manifest.sizes.actions} and ${repo.manifest.sizes.evidence}`);
    }
  }
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, platform: process.platform },
    options: opts,
    repo: { dir: repo.dir, reused: repo.reused, sizes: repo.manifest.sizes, generatorSeconds: repo.manifest.seconds, asOf: repo.manifest.end },
    measures,
    memory,
    ajvInvalidFiles: ajvInvalid,
    checkSummary: reports.cold?.summary ?? null,
    plantedProblems: repo.manifest.problemCounts,
    consistency: consistency ?? null,
    targets: evaluateTargets(measures, memory.bytes, consistency),
    notes,
  };
  console.log(`\n${formatReport(results)}`);
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${join(OUT, 'results.json')}`);
  if (!opts.keep) rmSync(repo.dir, { recursive: true, force: true });
  process.exitCode = results.targets.every((t) => t.pass) ? 0 : 1;
}

/** One plain `git log --name-status` pass: the floor any reader of the whole history pays. */
function gitLog(dir) {
  const run = timeCommand('git', ['-C', dir, 'log', '--name-status'], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
  return { ...run, ok: run.status === 0, error: run.stderr };
}

/** `repeat` for steps that must be awaited (the memory-measuring cold runs). */
async function repeatAsync(runs, step) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const outcome = await step(i);
    if (!outcome.ok) return { median: NaN, samples, ok: false, error: outcome.error };
    samples.push(outcome.ms);
  }
  return { median: median(samples), samples, ok: true };
}

/** Build a repo with `cqc demo` and time checks on it, or explain why not. */
function timeDemo(cli, opts, notes) {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-bench-demo-'));
  try {
    const target = join(dir, 'demo');
    const identity = { GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.org' };
    const built = cli.run(['demo', target], identity);
    if (!existsSync(join(target, 'cqc.yaml'))) {
      notes.push(`cqc demo did not build a repo (exit ${built.status}); demo timing skipped${built.stderr ? `: ${built.stderr.trim().split('\n')[0]}` : ''}`);
      return undefined;
    }
    console.log('Timing a cqc demo repo …');
    return reportFailure('demo check', repeat(opts.exampleRuns, () => cli.check(['-C', target])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.stack ?? String(error));
  process.exitCode = 2;
});
