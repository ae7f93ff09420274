// A real assurance repo in a temporary git work tree, for the writing commands. Git runs with no
// global or system config, so the machine's identity or signing settings never leak in.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../src/cli/index.js';
import { judge } from '../../src/engine/judge.js';
import type { Io } from '../../src/io.js';
import type { CheckReport } from '../../src/model.js';

export const CONFIG = `# Settings kept by the quality team.
provider: Example Care Ltd
locations:
  - { id: rose-house, name: Rose House }
`;

export const PEOPLE = `people:
  - id: dan-jones
    name: Dan Jones
    roles: [deputy-manager]
    emails: [dan.jones@example.org]
  - id: priya-patel
    name: Priya Patel
    roles: [registered-manager]
    emails: [Priya.Patel@Example.org]
  - id: grace-okafor
    name: Grace Okafor
    roles: [nominated-individual]
    emails: [grace.okafor@example.org]
  - id: sam-smith
    name: Sam Smith
    roles: [senior-carer]
    emails: [sam.smith@example.org]
`;

/** An in-progress, high-risk action with the user's own comments and key order. */
export const ACTION = `# Raised after the September audit. Keep this comment.
id: MH-001
title: Moving and handling risk assessments missing
location: rose-house
raised: 2026-03-02
risk_areas: [safety]   # high-risk: senior decision needed
owner: dan-jones
target:
  measure: Mobility files with a current assessment
  unit: percent
  goal: 100
  direction: at_least
  due: 2026-04-13
closure_criteria:
  required_evidence: [audit, observation]
  min_sources: 2
  sustained_for: 2
  reviewer: registered-manager
  approver: nominated-individual
status: in_progress  # work under way
x-tracker-ref: T-17
`;

export const GIT_ENV_BASE = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_')) env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' };
};

export function git(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { ...GIT_ENV_BASE(), ...env }, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/** A git repo holding the files, committed once by "Setup", with the given person's email as user.email. */
export function makeRepo(files: Record<string, string>, email = 'priya.patel@example.org'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-workflow-'));
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', email]);
  git(dir, ['config', 'user.name', 'Test Person']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  writeFiles(dir, files);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'Initial records'], { GIT_AUTHOR_NAME: 'Setup', GIT_AUTHOR_EMAIL: 'setup@example.org', GIT_COMMITTER_NAME: 'Setup', GIT_COMMITTER_EMAIL: 'setup@example.org' });
  return dir;
}

export function read(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), 'utf8');
}

export interface Captured { io: Io; out: () => string; err: () => string }

export function captureIo(cwd: string): Captured {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd, env: {}, stdoutIsTTY: false, stdinIsTTY: false },
    out: () => out,
    err: () => err,
  };
}

/** Runs cqc in the directory, in this process: the exit code and what it printed. */
export async function cqc(dir: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const c = captureIo(dir);
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** An evidence item for MH-001, recorded by a senior carer and supporting the action. */
export const evidence = (id: string, type: string, date: string, extra = ''): string =>
  `id: ${id}\naction: MH-001\ntype: ${type}\ndate: ${date}\nrecorded_by: sam-smith\nsummary: ${type} on ${date}\nfinding: supports\n${extra}`;

/** MH-001 with three evidence items that meet its target and criteria: ready for a recommendation. */
export const READY: Record<string, string> = {
  'cqc.yaml': CONFIG,
  'people.yaml': PEOPLE,
  'actions/MH-001.yaml': ACTION,
  'evidence/MH-001/MH-001-E01.yaml': evidence('MH-001-E01', 'audit', '2026-03-30', 'measurement: { numerator: 12, denominator: 12 }\n'),
  'evidence/MH-001/MH-001-E02.yaml': evidence('MH-001-E02', 'observation', '2026-04-06'),
  'evidence/MH-001/MH-001-E03.yaml': evidence('MH-001-E03', 'audit', '2026-04-13', 'measurement: { value: 100 }\n'),
};

/** `cqc check --no-git` as of a date: the report. */
export async function checkReport(dir: string, asOf: string): Promise<CheckReport> {
  return (await judge({ cwd: dir, git: false, asOf })).report;
}
