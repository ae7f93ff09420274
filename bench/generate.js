#!/usr/bin/env node
// Build a synthetic assurance repo of a chosen size, laid out exactly as SPEC.md describes, with
// a realistic git history, for benchmarking `cqc check` at the scale of a large care group.
//
//   node bench/generate.js <outDir> [--actions 5000] [--evidence-per-action 10] [--seed 1]
//                                   [--end 2026-10-30] [--years 2] [--force]
//
// The same options always give the same files and the same commits. A summary of what was
// built (sizes, the problems deliberately planted and the rules they should trigger) is kept
// in <outDir>/.git/cqc-bench.json, outside the work tree.

import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { dayOf, isoOf } from './lib/days.js';
import { planRepo } from './lib/plan.js';
import { planCommits } from './lib/history.js';
import { git, importHistory } from './lib/fast-import.js';

// Bump whenever the generated files or history change: bench/run.js rebuilds cached repos then.
export const GENERATOR_VERSION = 2;
export const MANIFEST = 'cqc-bench.json';

function prepareDirectory(dir, force) {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!force) throw new Error(`${dir} is not empty; choose a new folder or pass --force to replace a generated repo`);
    // Only ever delete what this generator made.
    if (!existsSync(join(dir, '.git', MANIFEST))) throw new Error(`${dir} was not made by bench/generate.js; refusing to delete it`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
}

/**
 * Generate a repo at `dir`. Options: { actions, perAction, seed, end: 'YYYY-MM-DD', years, force }.
 * Returns the manifest written to .git/cqc-bench.json.
 */
export async function generateRepo(dir, { actions = 5000, perAction = 10, seed = 1, end = '2026-10-30', years = 2, force = false, layout = 'by-location' } = {}) {
  if (!Number.isInteger(actions) || actions < 1) throw new Error('--actions must be a whole number of at least 1');
  if (!Number.isInteger(perAction) || perAction < 5) throw new Error('--evidence-per-action must be a whole number of at least 5: a closure under contract v2 rests on measurements, evidence of a second category and a post-closure audit');
  const began = process.hrtime.bigint();
  const endDay = dayOf(end);
  const startDay = endDay - Math.round(years * 365);
  const seconds = () => Number(process.hrtime.bigint() - began) / 1e9;
  const phases = {};
  const plan = planRepo({ actions, perAction, seed, start: startDay, end: endDay, layout });
  const commits = planCommits(plan, startDay);
  phases.plan = seconds();
  prepareDirectory(dir, force);
  git(dir, ['init', '-q', '-b', 'main']);
  const filesWritten = await importHistory(dir, commits);
  phases.import = seconds() - phases.plan;
  git(dir, ['reset', '-q', '--hard']);
  phases.checkout = seconds() - phases.import - phases.plan;
  const evidence = plan.actions.reduce((sum, action) => sum + action.evidence.length, 0);
  const problemCounts = {};
  for (const { problem } of plan.problems) problemCounts[problem] = (problemCounts[problem] ?? 0) + 1;
  const statusCounts = {};
  for (const action of plan.actions) statusCounts[action.fate] = (statusCounts[action.fate] ?? 0) + 1;
  const manifest = {
    generator: GENERATOR_VERSION,
    options: { actions, perAction, seed, end, years, layout },
    start: isoOf(startDay),
    end,
    sizes: {
      actions,
      evidence,
      locations: plan.locations.length,
      people: plan.roster.people.length,
      commits: commits.length,
      trackedFiles: git(dir, ['ls-files', '-z']).split('\0').filter(Boolean).length,
      fileVersionsWritten: filesWritten,
    },
    fates: statusCounts,
    problemCounts,
    problems: plan.problems,
    seconds: seconds(),
    phases,
  };
  writeFileSync(join(dir, '.git', MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function parseCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      actions: { type: 'string', default: '5000' },
      'evidence-per-action': { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      end: { type: 'string', default: '2026-10-30' },
      years: { type: 'string', default: '2' },
      force: { type: 'boolean', default: false },
      layout: { type: 'string', default: 'by-location' },
    },
  });
  if (positionals.length !== 1) throw new Error('Usage: node bench/generate.js <outDir> [--actions 5000] [--evidence-per-action 10] [--seed 1]');
  return {
    dir: resolve(positionals[0]),
    options: {
      actions: Number(values.actions),
      perAction: Number(values['evidence-per-action']),
      seed: Number(values.seed),
      end: values.end,
      years: Number(values.years),
      force: values.force,
      layout: values.layout,
    },
  };
}

async function main() {
  const { dir, options } = parseCommandLine(process.argv.slice(2));
  const m = await generateRepo(dir, options);
  const s = m.sizes;
  console.log(`Generated ${dir}`);
  console.log(`  ${s.actions} actions, ${s.evidence} evidence items, ${s.locations} locations, ${s.people} people`);
  console.log(`  ${s.commits} commits from ${m.start} to ${m.end}, ${s.trackedFiles} tracked files`);
  console.log(`  status: ${Object.entries(m.fates).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  planted problems: ${m.problems.length} (${Object.entries(m.problemCounts).map(([k, v]) => `${k} ${v}`).join(', ')})`);
  const phases = Object.entries(m.phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
  console.log(`  took ${m.seconds.toFixed(1)} s (${phases})`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error.message);
    process.exitCode = 2;
  });
}
