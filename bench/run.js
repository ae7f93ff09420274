#!/usr/bin/env node
// `npm run bench`: time cqc against its yardsticks on one generated repo, in one run.
//
//   node bench/run.js [--actions 5000] [--runs 5] [--keep] [--seed 1] [--evidence-per-action 10]
//                     [--example-runs 10] [--no-double] [--layout by-location|flat]
//
// Generates the repo under bench/out/ (reused when a previous run kept it with --keep), then
// times, as medians of --runs fresh processes: ajv-cli on the same files; the floors (the records
// read, parsed and validated plainly; git's own history pass; both side by side); cold
// `cqc check --no-cache` (and its peak memory), `--no-git --no-cache`, warm `cqc check` with
// nothing changed, after one new commit, and with one uncommitted edit; one location of the group
// cold; the bundled example and a `cqc demo` repo; and cold checks (up to 3) of a repo twice the
// size. Prints a table with the issue-17 targets as ratios measured in the same run and writes
// bench/out/results.json. Every check passes `--as-of` the repo's last history day, so the
// findings do not drift as the calendar moves on.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
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
      layout: { type: 'string', default: 'by-location' },
    },
  });
  return {
    actions: Number(values.actions), runs: Number(values.runs), keep: values.keep, seed: Number(values.seed),
    perAction: Number(values['evidence-per-action']), exampleRuns: Number(values['example-runs']), double: !values['no-double'],
    layout: values.layout,
  };
}

/** The generated repo for a size, reused when an identical, unmodified one is already there. */
async function ensureRepo(actions, opts) {
  const dir = join(OUT, `repo-a${actions}-e${opts.perAction}-s${opts.seed}-${opts.layout}`);
  const manifestPath = join(dir, '.git', MANIFEST);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const same = manifest.generator === GENERATOR_VERSION && manifest.options.actions === actions
      && manifest.options.perAction === opts.perAction && manifest.options.seed === opts.seed && manifest.options.layout === opts.layout;
    if (same && git(dir, ['status', '--porcelain', '--untracked-files=no']) === '') {
      console.log(`Reusing ${dir}`);
      return { dir, manifest, reused: true };
    }
  }
  console.log(`Generating ${actions} actions × ${opts.perAction} evidence items in ${dir} …`);
  const manifest = await generateRepo(dir, { actions, perAction: opts.perAction, seed: opts.seed, force: true, layout: opts.layout });
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
  const env = { XDG_CACHE_HOME: join(OUT, 'cache-home') };
  const check = (args) => cli.check(args, env);

  // "Cold" means cqc's own caches are off, not that the files must come from disk: one untimed run
  // first, so every measure (ajv-cli's too) reads the repo from the operating system's page cache.
  console.log('Warming the page cache …');
  check(['-C', repo.dir, '--no-cache', '--no-git', ...asOf]);

  console.log('Timing ajv-cli …');
  const schemaDir = writeAjvSchemas(join(ROOT, 'schemas'), join(OUT, 'ajv-schemas'));
  const ajvBin = join(ROOT, 'node_modules', '.bin', 'ajv');
  let ajvInvalid = 0;
  measures.ajv = reportFailure('ajv-cli', repeat(opts.runs, () => {
    const run = runAjv({ ajvBin, schemaDir, repoDir: repo.dir, cwd: ROOT, layout: opts.layout });
    ajvInvalid = run.invalid;
    return run;
  }));
  const records = repo.manifest.sizes.actions + repo.manifest.sizes.evidence;
  if (ajvInvalid > records * 0.05) notes.push(`ajv-cli rejected ${ajvInvalid} of ${records} files: the schema variant may not fit, so its time is suspect`);

  console.log('Timing the floors …');
  measures.floorRecords = reportFailure('records floor', repeat(opts.runs, () => floorRecords(repo.dir)));
  measures.gitPass = reportFailure('git pass', repeat(opts.runs, () => gitPass(repo.dir)));
  measures.floorFull = reportFailure('full floor', await repeatAsync(opts.runs, () => floorFull(repo.dir)));

  console.log('Timing cold checks (--no-cache) …');
  measures.cold = reportFailure('cold check', await repeatAsync(opts.runs, async () => {
    const run = await cli.checkWithMemory(['-C', repo.dir, '--no-cache', ...asOf], env);
    if (run.ok) {
      memory = { bytes: Math.max(memory.bytes || 0, run.bytes), method: run.method };
      reports.cold = run.report;
    }
    return run;
  }));
  console.log('Timing --no-git checks …');
  measures.nogit = reportFailure('no-git check', repeat(opts.runs, () => check(['-C', repo.dir, '--no-git', '--no-cache', ...asOf])));

  console.log('Timing warm checks, after one new commit, and with one uncommitted edit …');
  rmSync(env.XDG_CACHE_HOME, { recursive: true, force: true });
  const fill = check(['-C', repo.dir, ...asOf]);
  measures.warm = reportFailure('warm check', fill.ok
    ? repeat(opts.runs, () => { const run = check(['-C', repo.dir, ...asOf]); if (run.ok) reports.warm = run.report; return run; })
    : { ok: false, samples: [], median: NaN, error: fill.error });
  const edited = openActionFile(reports.cold, repo.dir);
  measures.oneCommit = reportFailure('after one commit', repeat(opts.runs, (i) => afterChange(repo.dir, edited, i, true, () => check(['-C', repo.dir, ...asOf]))));
  measures.oneEdit = reportFailure('one uncommitted edit', repeat(opts.runs, (i) => afterChange(repo.dir, edited, i, false, () => check(['-C', repo.dir, ...asOf]))));

  const location = repo.manifest.locations?.[0] ?? 'loc-000';
  console.log(`Timing cold checks of one location (--location ${location}) …`);
  measures.location = reportFailure('one-location check', repeat(opts.runs, () => check(['-C', repo.dir, '--no-cache', '--location', location, ...asOf])));

  console.log('Timing the bundled example …');
  measures.example = reportFailure('example check', repeat(opts.exampleRuns, () => check(['-C', join(ROOT, 'examples'), '--no-git'])));
  measures.demo = timeDemo(cli, opts, notes);

  if (opts.double) {
    const big = await ensureRepo(opts.actions * 2, opts);
    const doubleArgs = ['-C', big.dir, '--no-cache', '--as-of', big.manifest.end];
    console.log('Timing cold checks at double size …');
    check([...doubleArgs, '--no-git']); // the page cache, as above
    let doubleMemory = NaN;
    measures.double = reportFailure('double-size check', await repeatAsync(Math.min(opts.runs, 3), async () => {
      const run = await cli.checkWithMemory(doubleArgs, env);
      if (run.ok) doubleMemory = Math.max(Number.isFinite(doubleMemory) ? doubleMemory : 0, run.bytes);
      return run;
    }));
    memory.doubleBytes = doubleMemory;
    measures.gitPassDouble = reportFailure('git pass at double size', repeat(Math.min(opts.runs, 3), () => gitPass(big.dir)));
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
    repo: { dir: repo.dir, reused: repo.reused, sizes: repo.manifest.sizes, generatorSeconds: repo.manifest.seconds, asOf: repo.manifest.end, layout: opts.layout },
    measures,
    memory,
    ajvInvalidFiles: ajvInvalid,
    checkSummary: reports.cold?.summary ?? null,
    plantedProblems: repo.manifest.problemCounts,
    consistency: consistency ?? null,
    targets: evaluateTargets(measures, memory, consistency),
    notes,
  };
  console.log(`\n${formatReport(results)}`);
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${join(OUT, 'results.json')}`);
  if (!opts.keep) rmSync(repo.dir, { recursive: true, force: true });
  process.exitCode = results.targets.every((t) => t.pass) ? 0 : 1;
}

/** The records read, parsed and validated plainly, on one thread (bench/lib/floor.js). */
function floorRecords(dir) {
  const run = timeCommand(process.execPath, [join(ROOT, 'bench', 'lib', 'floor.js'), dir]);
  return { ...run, ok: run.status === 0, error: run.stderr };
}

/** git's own pass over the history, with the arguments cqc's history stage gives it. */
const GIT_PASS = ['log', '-z', '--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%T%x00%B%x00', '--raw', '--no-abbrev', '-M',
  '--reverse', '--topo-order', '--parents', '--diff-merges=separate', '--no-color', '--no-mailmap', '--no-notes', 'HEAD'];

function gitPass(dir) {
  const run = timeCommand('git', ['-C', dir, ...GIT_PASS], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
  return { ...run, stdout: '', ok: run.status === 0, error: run.stderr };
}

/** The records floor and git's pass side by side, as a check runs them on two cores: the wall time of both. */
function floorFull(dir) {
  const began = performance.now();
  const started = [
    spawn(process.execPath, [join(ROOT, 'bench', 'lib', 'floor.js'), dir], { stdio: 'ignore' }),
    spawn('git', ['-C', dir, ...GIT_PASS], { stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } }),
  ];
  return Promise.all(started.map((child) => new Promise((resolve) => child.on('close', resolve))))
    .then((codes) => ({ ms: performance.now() - began, ok: codes.every((c) => c === 0), error: `exit codes ${codes.join(', ')}` }));
}

/** An open action's file: changing it touches no closure, so the check's findings stay as they were. */
function openActionFile(report, dir) {
  const open = report?.actions.find((a) => a.status === 'open');
  const file = report && open ? report.findings.find((f) => f.action === open.id && /\/actions\//.test(f.file))?.file : undefined;
  if (file) return join(dir, file);
  const id = open?.id ?? 'L000-A0001';
  return join(dir, 'locations', 'loc-000', 'actions', `${id}.yaml`);
}

/**
 * Time `measure` after one change to `file`: committed (`commit`) or left uncommitted, with the
 * caches as the previous run left them; the repo is put back afterwards, and the caches warmed again.
 */
function afterChange(dir, file, i, commit, measure) {
  const base = git(dir, ['rev-parse', 'HEAD']).trim();
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, `${before}x-bench-note: change ${i + 1}\n`);
  if (commit) git(dir, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-a', '-m', `Bench change ${i + 1}`]);
  try {
    return measure();
  } finally {
    if (commit) git(dir, ['reset', '-q', '--hard', base]);
    else writeFileSync(file, before);
    measure(); // the caches as a warm repo at `base` has them, for the next run
  }
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
