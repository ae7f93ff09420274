// `cqc status`, `cqc report` and `cqc close` agree through the built CLI: an action is "ready to
// close" exactly when `cqc close` accepts it, git rules included. `cqc recommend` warns (and still
// records) when the rules would stop the closure. After a deteriorated review reopens an action, the
// reopen → recommend → close loop works, the closure block describes the current cycle and the
// earlier decision stays in the git trail.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';


interface Who { name: string; email: string }
const PRIYA: Who = { name: 'Priya Patel', email: 'priya.patel@example.org' };
const GRACE: Who = { name: 'Grace Okafor', email: 'grace.okafor@example.org' };
const DAN: Who = { name: 'Dan Jones', email: 'dan.jones@example.org' };
const SAM: Who = { name: 'Sam Smith', email: 'sam.smith@example.org' };

function env(who?: Who, day?: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'GITHUB_STEP_SUMMARY') out[k] = v;
  Object.assign(out, { NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' });
  if (who && day) {
    const date = `${day}T10:00:00Z`;
    Object.assign(out, { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: date });
  }
  return out;
}

function cqc(dir: string, who: Who, day: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: env(who, day), encoding: 'utf8', input: '' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function git(dir: string, args: string[], who?: Who, day?: string): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: env(who, day), encoding: 'utf8' });
}

function commit(dir: string, who: Who, day: string, files: Record<string, string>, message: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  git(dir, ['add', '-A'], who, day);
  git(dir, ['commit', '-q', '-m', message], who, day);
}

const PEOPLE = `people:
  - { id: grace-okafor, name: Grace Okafor, roles: [nominated-individual], emails: [grace.okafor@example.org] }
  - { id: priya-patel, name: Priya Patel, roles: [registered-manager], emails: [priya.patel@example.org] }
  - { id: dan-jones, name: Dan Jones, roles: [deputy-manager], emails: [dan.jones@example.org] }
  - { id: sam-smith, name: Sam Smith, roles: [senior-carer], emails: [sam.smith@example.org] }
`;

const ACTION = `id: MH-001
title: Moving and handling risk assessments missing
location: rose-house
raised: 2026-03-02
risk_areas: [safety]
owner: dan-jones
target:
  measure: Mobility files with a current assessment
  unit: percent
  goal: 100
  direction: at_least
  due: 2026-09-30
closure_criteria:
  required_evidence: [audit, observation]
  reviewer: registered-manager
  approver: nominated-individual
status: in_progress
`;

const item = (id: string, type: string, date: string, recordedBy: string, extra = '') =>
  `id: ${id}\naction: MH-001\ntype: ${type}\ndate: ${date}\nrecorded_by: ${recordedBy}\nsummary: ${type} on ${date}\nfinding: supports\n${extra}`;

interface StatusJson { actions: { id: string; status: string; ready: boolean; readiness: string; blockers: { rule: string }[] }[] }

function status(dir: string, asOf: string) {
  const r = spawnSync(process.execPath, [BIN, 'status', '--format', 'json', '--as-of', asOf], { cwd: dir, env: env(), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return (JSON.parse(r.stdout) as StatusJson).actions[0]!;
}

/** The "Ready to close" section of the Markdown meeting pack. */
function readySection(dir: string, asOf: string): string {
  const r = spawnSync(process.execPath, [BIN, 'report', '--as-of', asOf], { cwd: dir, env: env(), encoding: 'utf8' });
  expect(r.status).toBe(0);
  const text = r.stdout;
  const start = text.indexOf('## Ready to close');
  return text.slice(start, text.indexOf('\n## ', start + 1));
}

describe('status, report and close agree, through the built CLI', () => {
  it('evidence the owner committed blocks both, and one item from someone else unblocks both; then the reopen loop closes again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cqc-e2e-agree-'));
    git(dir, ['init', '-q', '-b', 'main']);
    commit(dir, GRACE, '2026-03-01', { 'cqc.yaml': 'provider: Example Care Ltd\nlocations:\n  - { id: rose-house, name: Rose House }\n', 'people.yaml': PEOPLE }, 'Start the assurance repo');
    commit(dir, DAN, '2026-03-02', { 'actions/MH-001.yaml': ACTION }, 'Raise MH-001');
    // Dan, the owner, types in and commits everyone's evidence himself.
    commit(dir, DAN, '2026-03-30', { 'evidence/MH-001/MH-001-E01.yaml': item('MH-001-E01', 'audit', '2026-03-30', 'priya-patel', 'measurement: { numerator: 12, denominator: 12 }\n') }, 'audit');
    commit(dir, DAN, '2026-04-06', { 'evidence/MH-001/MH-001-E02.yaml': item('MH-001-E02', 'observation', '2026-04-06', 'sam-smith') }, 'observation');
    commit(dir, DAN, '2026-04-13', { 'evidence/MH-001/MH-001-E03.yaml': item('MH-001-E03', 'audit', '2026-04-13', 'priya-patel', 'measurement: { value: 100 }\n') }, 'audit');

    // recommend: recorded, with a warning naming the rule and what to record next.
    let r = cqc(dir, PRIYA, '2026-04-14', ['recommend', 'MH-001', '--on', '2026-04-14', '--commit']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Priya Patel (priya-patel) recommended MH-001 for closure on 2026-04-14');
    expect(r.stderr).toMatch(/^cqc: warning: the evidence would not support closing MH-001 today; "cqc close" would refuse until this is put right:\n {2}- evidence-independence: .*added by the owner in commit.*cqc evidence add MH-001/);
    expect(readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8')).toContain('recommended_by: priya-patel');

    // status and report say blocked; close refuses for the same reason and writes nothing.
    expect(status(dir, '2026-04-15')).toMatchObject({ ready: false, readiness: 'blocked: evidence-independence' });
    expect(readySection(dir, '2026-04-15')).not.toContain('MH-001');
    const before = readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8');
    r = cqc(dir, GRACE, '2026-04-15', ['close', 'MH-001', '--on', '2026-04-15', '--commit']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/MH-001 was not closed: this check fails .*Nothing was written\.\n {2}- evidence-independence: /);
    expect(readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8')).toBe(before);

    // Sam records and commits an observation himself: ready everywhere, and close accepts.
    r = cqc(dir, SAM, '2026-04-16', ['evidence', 'add', 'MH-001', '--type', 'observation', '--date', '2026-04-16', '--summary', 'Observed six transfers; all followed the assessment', '--finding', 'supports', '--commit']);
    expect(r.code).toBe(0);
    expect(status(dir, '2026-04-17')).toMatchObject({ ready: true, readiness: 'ready to close' });
    expect(readySection(dir, '2026-04-17')).toContain('MH-001');
    r = cqc(dir, GRACE, '2026-04-17', ['close', 'MH-001', '--on', '2026-04-17', '--minutes', 'Governance minutes 2026-04-17, item 2', '--commit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    // A deteriorated review reopens it (anyone in people.yaml may report a problem).
    r = cqc(dir, SAM, '2026-05-20', ['review', 'MH-001', '--on', '2026-05-20', '--result', 'deteriorated', '--note', 'Two transfers without the hoist', '--commit']);
    expect(r.code).toBe(0);
    expect(status(dir, '2026-05-20')).toMatchObject({ status: 'in_progress', ready: false });

    // Fresh evidence from others, a new recommendation (no warning), then close again.
    expect(cqc(dir, SAM, '2026-05-25', ['evidence', 'add', 'MH-001', '--type', 'observation', '--date', '2026-05-25', '--summary', 'Re-observed: every transfer used the hoist', '--finding', 'supports', '--commit']).code).toBe(0);
    expect(cqc(dir, PRIYA, '2026-05-26', ['evidence', 'add', 'MH-001', '--type', 'audit', '--date', '2026-05-26', '--summary', 'All 12 files current', '--measurement', '12/12', '--finding', 'supports', '--commit']).code).toBe(0);
    r = cqc(dir, PRIYA, '2026-05-27', ['recommend', 'MH-001', '--on', '2026-05-27', '--commit']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(status(dir, '2026-05-28')).toMatchObject({ status: 'monitoring', ready: true, readiness: 'ready to close' });
    expect(readySection(dir, '2026-05-28')).toContain('MH-001');
    r = cqc(dir, GRACE, '2026-05-28', ['close', 'MH-001', '--on', '2026-05-28', '--commit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    // The closure block describes this cycle; the earlier decision is in git, and the trail is clean.
    const text = readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8');
    expect(text).toMatch(/closure:\n {2}recommended_by: priya-patel\n {2}recommended_on: 2026-05-27\n {2}decided_by: grace-okafor\n {2}decided_on: 2026-05-28\n {2}decision: close\n/);
    expect(text).not.toContain('2026-04-17, item 2');
    expect(git(dir, ['log', '-p', '--format=', '--', 'actions/MH-001.yaml'])).toContain('+  decided_on: 2026-04-17');
    const check = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--as-of', '2026-05-28'], { cwd: dir, env: env(), encoding: 'utf8' });
    expect(JSON.parse(check.stdout)).toMatchObject({ summary: { errors: 0, git: true } });
    expect(status(dir, '2026-05-28')).toMatchObject({ status: 'closed', ready: true, readiness: 'closed' });
  }, 120_000);
});
