// The whole governance lifecycle through the BUILT CLI (node bin/cqc.js), in a temporary git repo
// with several people: init → new → evidence add → recommend → close refused → more evidence →
// close accepted → review → reopen. After each step `cqc check --no-git --format json` must show
// exactly the expected findings, and every --commit must be one commit by the acting person with
// the right trailers, holding only the files that step wrote.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';


interface Who { name: string; email: string }
const PRIYA: Who = { name: 'Priya Patel', email: 'priya.patel@example.org' };
const GRACE: Who = { name: 'Grace Okafor', email: 'grace.okafor@example.org' };
const DAN: Who = { name: 'Dan Jones', email: 'dan.jones@example.org' };
const SAM: Who = { name: 'Sam Smith', email: 'sam.smith@example.org' };
const LEAH: Who = { name: 'Leah Brennan', email: 'leah.brennan@example.org' };

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('GIT_') && k !== 'GITHUB_STEP_SUMMARY') env[k] = v;
  return { ...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' };
}

function asPerson(who: Who, date = '2026-06-30T10:00:00Z'): NodeJS.ProcessEnv {
  return { ...baseEnv(), GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: date };
}

function cqc(dir: string, who: Who, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, env: asPerson(who), encoding: 'utf8', input: '' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function git(dir: string, args: string[], who: Who = PRIYA): string {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: asPerson(who), encoding: 'utf8' });
}

interface Report { summary: { errors: number; warnings: number }; findings: { rule: string; severity: string; file: string }[] }

function check(dir: string, asOf: string): Report {
  const r = spawnSync(process.execPath, [BIN, 'check', '--no-git', '--format', 'json', '--as-of', asOf], { cwd: dir, env: baseEnv(), encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Report;
}

const findingsOf = (report: Report) => report.findings.map((f) => `${f.severity} ${f.rule} ${f.file}`).sort();

function lastCommit(dir: string) {
  const [email, ...message] = git(dir, ['log', '-1', '--format=%ae%n%B']).trim().split('\n');
  return { email, message: message.join('\n'), files: git(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort() };
}

const commitCount = (dir: string) => Number(git(dir, ['rev-list', '--count', 'HEAD']).trim());

function expectOneCommit(dir: string, before: number, who: Who, action: string, event: string, files: string[]) {
  expect(commitCount(dir)).toBe(before + 1);
  const c = lastCommit(dir);
  expect(c.email).toBe(who.email);
  expect(c.message).toMatch(new RegExp(`^${action}: .+\\n\\nCqc-Action: ${action}\\nCqc-Event: ${event}$`));
  expect(c.files).toEqual([...files].sort());
  expect(git(dir, ['status', '--porcelain'])).toBe('');
}

describe('the governance lifecycle through the built CLI', () => {
  it('init → new → evidence → recommend → close refused → evidence → close → review → reopen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cqc-e2e-workflow-'));
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['config', 'commit.gpgsign', 'false']);

    // init: the starter people.yaml names the person running it.
    let r = cqc(dir, PRIYA, ['init', '--provider', 'Example Care Ltd', '--location', 'rose-house=Rose House']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'people.yaml'), 'utf8')).toContain('emails: ["priya.patel@example.org"]');
    appendFileSync(join(dir, 'people.yaml'), [
      '  - id: grace-okafor', '    name: Grace Okafor', '    roles: [nominated-individual]', '    emails: [grace.okafor@example.org]',
      '  - id: dan-jones', '    name: Dan Jones', '    roles: [deputy-manager]', '    emails: [dan.jones@example.org]',
      '  - id: sam-smith', '    name: Sam Smith', '    roles: [senior-carer]', '    emails: [sam.smith@example.org]',
      '  - id: leah-brennan', '    name: Leah Brennan', '    roles: [moving-and-handling-lead]', '    emails: [leah.brennan@example.org]', ''].join('\n'));
    expect(check(dir, '2026-03-01').summary).toMatchObject({ errors: 0, warnings: 0 });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Start the assurance repo']);
    expect(cqc(dir, PRIYA, ['init']).code).toBe(2); // never overwrites

    // new: Dan raises the action from the template.
    let n = commitCount(dir);
    // The template's baseline is a placeholder (placeholder-text); Dan writes what the audit found.
    r = cqc(dir, DAN, ['new', '--template', 'moving-and-handling', '--owner', 'dan-jones', '--raised', '2026-03-02', '--baseline', '7 of 18 mobility files had no current assessment', '--commit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOneCommit(dir, n, DAN, 'MH-001', 'raised', ['actions/MH-001.yaml']);
    expect(findingsOf(check(dir, '2026-03-02'))).toEqual([]);

    // evidence: Sam's first audit moves the action to in progress (both files in one commit).
    n = commitCount(dir);
    r = cqc(dir, SAM, ['evidence', 'add', 'MH-001', '--type', 'audit', '--date', '2026-03-30', '--summary', 'Sampled 12 mobility files; all current', '--measurement', '12/12', '--finding', 'supports', '--commit']);
    expect(r.code).toBe(0);
    expectOneCommit(dir, n, SAM, 'MH-001', 'evidence', ['actions/MH-001.yaml', 'evidence/MH-001/MH-001-E01.yaml']);
    expect(readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8')).toContain('status: in_progress');
    expect(findingsOf(check(dir, '2026-03-30'))).toEqual([]);

    // recommend: Priya, the registered manager.
    n = commitCount(dir);
    r = cqc(dir, PRIYA, ['recommend', 'MH-001', '--on', '2026-04-01', '--commit']);
    expect(r.code).toBe(0);
    expectOneCommit(dir, n, PRIYA, 'MH-001', 'recommended', ['actions/MH-001.yaml']);
    expect(findingsOf(check(dir, '2026-04-01'))).toEqual([]);

    // close refused: one audit is not enough. Exit 1, file byte-for-byte unchanged, no commit.
    const before = readFileSync(join(dir, 'actions/MH-001.yaml'));
    n = commitCount(dir);
    r = cqc(dir, GRACE, ['close', 'MH-001', '--on', '2026-04-02', '--commit']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/MH-001 was not closed/);
    expect(r.stderr).toMatch(/ {2}- evidence-sources: /);
    expect(r.stderr).toMatch(/ {2}- evidence-required-type: /);
    expect(r.stderr).toMatch(/ {2}- target-not-sustained: /);
    expect(readFileSync(join(dir, 'actions/MH-001.yaml')).equals(before)).toBe(true);
    expect(commitCount(dir)).toBe(n);
    expect(git(dir, ['status', '--porcelain'])).toBe('');

    // more evidence: an observation and a care-record measurement from two people.
    n = commitCount(dir);
    r = cqc(dir, SAM, ['evidence', 'add', 'MH-001', '--type', 'observation', '--date', '2026-04-06', '--summary', 'Observed one transfer per person; assessments followed', '--finding', 'supports', '--commit']);
    expect(r.code).toBe(0);
    expectOneCommit(dir, n, SAM, 'MH-001', 'evidence', ['evidence/MH-001/MH-001-E02.yaml']);
    r = cqc(dir, LEAH, ['evidence', 'add', 'MH-001', '--type', 'care_record', '--date', '2026-04-08', '--summary', 'Updated assessments match daily notes', '--measurement', '11/11', '--finding', 'supports', '--commit']);
    expect(r.code).toBe(0);
    expectOneCommit(dir, n + 1, LEAH, 'MH-001', 'evidence', ['evidence/MH-001/MH-001-E03.yaml']);
    expect(findingsOf(check(dir, '2026-04-08'))).toEqual([]);

    // close accepted: Grace, the nominated individual, independent of the owner, on the first day the
    // goal (met since the 2026-03-30 audit) has held for the template's review period of two weeks.
    n = commitCount(dir);
    r = cqc(dir, GRACE, ['close', 'MH-001', '--on', '2026-04-13', '--minutes', 'Provider governance minutes 2026-04-13, item 4', '--commit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOneCommit(dir, n, GRACE, 'MH-001', 'decided', ['actions/MH-001.yaml']);
    const closed = readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8');
    expect(closed).toContain('  decided_by: grace-okafor\n  decided_on: 2026-04-13\n  decision: close\n  evidence_reviewed: [MH-001-E01, MH-001-E02, MH-001-E03]\n');
    expect(closed).toContain('post_closure:\n  review_due: 2026-07-13\n');
    expect(findingsOf(check(dir, '2026-04-13'))).toEqual([]);

    // review: Leah audits again after closure; Grace, senior and not the owner, finds the improvement
    // sustained on that evidence (contract v2: a sustained review cites evidence from after the decision).
    r = cqc(dir, LEAH, ['evidence', 'add', 'MH-001', '--type', 'audit', '--date', '2026-05-28', '--summary', 'Post-closure audit: 12 of 12 files current', '--measurement', '12/12', '--finding', 'supports', '--commit']);
    expect(r.code).toBe(0);
    n = commitCount(dir);
    r = cqc(dir, GRACE, ['review', 'MH-001', '--on', '2026-06-01', '--result', 'sustained', '--evidence', 'MH-001-E04', '--note', 'Spot checks of transfers all safe', '--commit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expectOneCommit(dir, n, GRACE, 'MH-001', 'reviewed', ['actions/MH-001.yaml']);
    expect(findingsOf(check(dir, '2026-06-01'))).toEqual([]);

    // reopen: a fall linked to an outdated assessment. Overdue again (due 2026-04-13) and unmeasured since April.
    n = commitCount(dir);
    r = cqc(dir, PRIYA, ['reopen', 'MH-001', '--on', '2026-06-15', '--reason', 'Fall during transfer linked to an outdated assessment', '--commit']);
    expect(r.code).toBe(0);
    expectOneCommit(dir, n, PRIYA, 'MH-001', 'reopened', ['actions/MH-001.yaml']);
    expect(readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8')).toMatch(/status: in_progress[\s\S]*reopened:\n {2}- on: 2026-06-15\n {4}by: priya-patel\n/);
    const end = check(dir, '2026-06-15');
    expect(end.summary.errors).toBe(0);
    expect(findingsOf(end)).toEqual(['warning monitoring-gap actions/MH-001.yaml', 'warning overdue actions/MH-001.yaml']);

    // With the audit-trail rules too: every step was committed by the person it names, along the lifecycle.
    const withGit = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--as-of', '2026-06-15'], { cwd: dir, env: baseEnv(), encoding: 'utf8' });
    const trail = JSON.parse(withGit.stdout) as Report & { summary: { git: boolean } };
    expect(trail.summary).toMatchObject({ errors: 0, git: true });

    // The trail: one commit per step, each by the person who acted.
    expect(git(dir, ['log', '--format=%ae %(trailers:key=Cqc-Event,valueonly,separator=)']).trim().split('\n').map((l) => l.trimEnd())).toEqual([
      'priya.patel@example.org reopened', 'grace.okafor@example.org reviewed', 'leah.brennan@example.org evidence', 'grace.okafor@example.org decided',
      'leah.brennan@example.org evidence', 'sam.smith@example.org evidence', 'priya.patel@example.org recommended',
      'sam.smith@example.org evidence', 'dan.jones@example.org raised', 'priya.patel@example.org',
    ]);
  }, 120_000);
});
