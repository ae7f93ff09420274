// The closure gate's end-to-end cases (issue 11): stories told as real git histories with explicit
// people and dates (test/audit/fixture.ts), judged by the built CLI as CI would run it.
import { expect } from 'vitest';
import type { Finding } from '../../src/model.js';
import type { TestPerson } from '../git/helpers.js';
import { cqc, type CliResult } from '../helpers/cli.js';

/** The rules this gate owns or relies on: what a valid story must not trip, and what an attack must. */
export const GATE_RULES = new Set(['closure-decision', 'approver-role', 'senior-review', 'self-approval', 'waiver-invalid', 'layout-link',
  'shallow-history', 'not-committed', 'closure-attribution', 'closure-unsigned', 'criteria-weakened', 'evidence-altered',
  'evidence-backdated', 'registry-change', 'status-transition']);

export interface Report { summary: { errors: number; git: boolean }; findings: Finding[] }

/** Environment for the CLI and git: nothing from the machine's git settings. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C', ...extra };
}

/** git's identity for one command: `person` authoring and committing at `date`. */
export function asPerson(person: TestPerson, date: string): NodeJS.ProcessEnv {
  return cleanEnv({
    GIT_AUTHOR_NAME: person.name, GIT_AUTHOR_EMAIL: person.email, GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: person.name, GIT_COMMITTER_EMAIL: person.email, GIT_COMMITTER_DATE: date,
  });
}

/** `cqc check --format json` through the built CLI; the exit code and the report. */
export function check(dir: string, asOf = '2026-11-01', extra: string[] = []): { code: number; report: Report; run: CliResult } {
  const run = cqc(['check', '--format', 'json', '--as-of', asOf, ...extra], { cwd: dir, env: cleanEnv() });
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as Report;
  expect(report.summary.git).toBe(true);
  return { code: run.code, report, run };
}

/** The findings of the gate's rules, in file and line order. */
export function gate(report: Report): Finding[] {
  return report.findings.filter((f) => GATE_RULES.has(f.rule));
}

export const rulesOf = (findings: readonly Finding[]): string[] => findings.map((f) => f.rule).sort();
