// The CI and hook files users copy must actually work: run the cqc commands they contain, as
// written, on a repo built by `cqc demo`, and check what the pipeline would receive.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cqc } from '../helpers/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
let demo: string;

beforeAll(() => {
  demo = join(mkdtempSync(join(tmpdir(), 'cqc-integrations-')), 'repo');
  expect(cqc(['demo', demo], { cwd: tmpdir() }).code).toBe(0);
});

/** Run a shell line from a CI file with `cqc` meaning the built CLI. */
function runLine(line: string, env: Record<string, string> = {}) {
  expect(line.startsWith('cqc ')).toBe(true);
  const args = line.slice(4).split(/\s+/).filter(Boolean);
  return cqc(args, { cwd: demo, env });
}

describe('GitHub Actions example', () => {
  const workflow = parse(readFileSync(join(ROOT, 'examples/.github/workflows/cqc.yml'), 'utf8')) as {
    jobs: { check: { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] } };
  };
  const steps = workflow.jobs.check.steps;

  it('fetches the whole history and uploads the SARIF file it writes', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.with?.sarif_file).toBe('cqc.sarif');
  });

  it('its check step prints annotations, writes the step summary and a valid SARIF file', () => {
    const line = steps.map((s) => s.run ?? '').find((r) => r.startsWith('cqc check'))!;
    const summary = join(mkdtempSync(join(tmpdir(), 'cqc-gh-')), 'summary.md');
    const r = runLine(line, { GITHUB_STEP_SUMMARY: summary, GITHUB_ACTIONS: 'true' });
    expect([0, 1]).toContain(r.code);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^::(warning|error) file=locations\/rose-house\/actions\/SUP-001\.yaml,line=\d+,col=\d+/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/cqc/);
    const sarif = JSON.parse(readFileSync(join(demo, 'cqc.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });
});

describe('GitLab CI example', () => {
  const job = (parse(readFileSync(join(ROOT, 'examples/.gitlab-ci.yml'), 'utf8')) as Record<string, { variables: Record<string, unknown>; script: string[]; artifacts: { reports: { junit: string } } }>).cqc!;

  it('fetches the whole history and writes the JUnit report GitLab reads', () => {
    expect(job.variables.GIT_DEPTH).toBe(0);
    const line = job.script.find((s) => s.startsWith('cqc check'))!;
    const r = runLine(line);
    expect([0, 1]).toContain(r.code);
    const junit = join(demo, job.artifacts.reports.junit);
    expect(existsSync(junit)).toBe(true);
    expect(readFileSync(junit, 'utf8')).toMatch(/^<\?xml[\s\S]*<testsuites/);
  });
});

describe('pre-commit hook', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string }[];

  it('runs cqc check on the records and fails the commit when they have errors', () => {
    const hook = hooks.find((h) => h.id === 'cqc-check')!;
    expect(hook.language).toBe('system'); // runs the cqc installed from the pinned source
    expect(new RegExp(hook.files).test('actions/MH-001.yaml')).toBe(true);
    // The group layout (layout: by-location, as the demo uses) keeps records under locations/.
    expect(new RegExp(hook.files).test('locations/rose-house/actions/MH-001.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('locations/rose-house/evidence/MH-001/MH-001-E01.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('README.md')).toBe(false);
    expect(runLine(hook.entry).code).toBe(0);
    // break a record: the same entry must now refuse the commit
    const broken = mkdtempSync(join(tmpdir(), 'cqc-hook-'));
    spawnSync('cp', ['-r', `${demo}/.`, broken]);
    spawnSync('sed', ['-i', 's/^status: closed/status: finished/', join(broken, 'locations/rose-house/actions/MH-001.yaml')]);
    const r = spawnSync(process.execPath, [BIN, ...hook.entry.split(' ').slice(1)], { cwd: broken, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/status is "finished"/);
  });
});
