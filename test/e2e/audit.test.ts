// `cqc audit` and the git rules through the built CLI (bin/cqc.js -> dist/), on real repos.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos } from '../git/helpers.js';
import { cqc } from '../helpers/cli.js';
import { writeRepo } from '../helpers/repo.js';
import { ACTION, actionYaml, closedStory, configYaml, dan, E, evidenceYaml, priya, recommendedStory } from '../audit/fixture.js';

afterAll(cleanupRepos);

describe('cqc audit (built CLI)', () => {
  const s = recommendedStory();
  s.commit(dan, '2026-10-20T14:30:00Z', { [ACTION]: actionYaml('closed') }, 'MH-001: record the closure for Grace');
  s.commit(priya, '2026-10-25', { [E.e4]: evidenceYaml('MH-001-E04', 'feedback', '2026-10-24', (e) => { e.from = 'staff'; }) }, 'staff huddle');

  it('prints the timeline of one action as JSON, oldest first, with people, roles and commits', () => {
    const r = cqc(['audit', 'MH-001', '--format', 'json'], { cwd: s.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ version: 1, action: 'MH-001', file: ACTION });
    expect(out.events.map((e: { event: string }) => e.event)).toEqual([
      'raised', 'status', 'evidence-added', 'evidence-added', 'evidence-added', 'status', 'recommended', 'status', 'decided', 'evidence-added',
    ]);
    const decided = out.events.find((e: { event: string }) => e.event === 'decided');
    expect(decided).toMatchObject({
      named: 'grace-okafor', mismatch: true, judged: true, date: '2026-10-20T14:30:00+00:00',
      author: { id: 'dan-jones', roles: ['deputy-manager'] }, commit: expect.stringMatching(/^[0-9a-f]{40}$/), signature: 'not signed',
    });
    expect(out.events[0]).toMatchObject({ event: 'raised', author: { id: 'dan-jones' }, detail: 'raised with status open' });
  });

  it('prints the table on a terminal-style run, flagging the decision committed by someone else', () => {
    const r = cqc(['audit', 'MH-001', '-C', s.dir], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Audit trail of MH-001 \(actions\/MH-001\.yaml\), oldest first/);
    expect(r.stdout).toMatch(/2026-10-20 14:30 │ closure decided \(close\) on/);
    expect(r.stdout).toMatch(/record names grace-okafor, committed/);
    expect(r.stdout).toMatch(/dan-jones \(deputy-manager\)/);
  });

  it('lists every closure decision with recommender, decider, roles, commits and signature', () => {
    const r = cqc(['audit', '--format', 'json'], { cwd: join(s.dir, 'actions') });
    expect(r.code).toBe(0);
    const { decisions } = JSON.parse(r.stdout);
    expect(decisions).toEqual([expect.objectContaining({
      action: 'MH-001', kind: 'decision', decision: 'close', mismatch: true, decidedOn: '2026-10-20', decidedBy: 'grace-okafor', deciderRoles: ['nominated-individual'],
      recommendedBy: 'priya-patel', recommenderRoles: ['registered-manager'], recommendedOn: '2026-10-14', current: true,
      decided: expect.objectContaining({ author: { id: 'dan-jones', roles: ['deputy-manager'] }, signature: 'not signed' }),
      recommended: expect.objectContaining({ author: { id: 'priya-patel', roles: ['registered-manager'] } }),
    })]);
    const table = cqc(['audit'], { cwd: s.dir });
    expect(table.stdout).toMatch(/Closure decisions, holds, post-closure reviews and reopenings recorded in git \(1\)/);
    expect(table.stdout).toMatch(/committed by dan-jones/);
  });

  it('cqc check reports the git rules and summary.git', () => {
    const r = cqc(['check', '--format', 'json', '--as-of', '2026-11-01'], { cwd: s.dir });
    const out = JSON.parse(r.stdout);
    expect(out.summary.git).toBe(true);
    expect(out.findings.filter((f: { rule: string }) => f.rule === 'closure-attribution')).toEqual([expect.objectContaining({ file: ACTION, action: 'MH-001' })]);
    expect(r.code).toBe(1);
  });

  it('exits 2 with one clear line for an unknown action id', () => {
    const r = cqc(['audit', 'XX-999'], { cwd: s.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cqc: No action "XX-999" in this repo or its git history/)]);
  });

  it('exits 2 outside git, and for a bad format', () => {
    const outside = cqc(['audit'], { cwd: writeRepo({}) });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/is not in a git repository, so there is no audit trail to show/);
    expect(cqc(['audit', '--format', 'xml'], { cwd: s.dir }).code).toBe(2);
  });
});

describe('audit trail labels and git availability (built CLI)', () => {
  it('labels decisions recorded before policy.audit_trail_from instead of failing them', () => {
    const s = recommendedStory(undefined, { config: configYaml({ audit_trail_from: '2026-11-01' }) });
    s.commit(dan, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'import the old decision');
    const check = cqc(['check', '--format', 'json', '--as-of', '2026-11-02'], { cwd: s.dir });
    expect(JSON.parse(check.stdout).findings.filter((f: { rule: string }) => f.rule === 'closure-attribution')).toEqual([]);
    const audit = cqc(['audit'], { cwd: s.dir });
    expect(audit.stdout).toMatch(/recorded before the audit trail began/);
    expect(audit.stdout).toMatch(/The audit trail begins at policy\.audit_trail_from \(2026-11-01\)/);
    const json = JSON.parse(cqc(['audit', '--format', 'json'], { cwd: s.dir }).stdout);
    expect(json).toMatchObject({ trailStart: '2026-11-01', decisions: [{ decided: { judged: false } }] });
  });

  it('shows --as-of as the trail as it stood that day', () => {
    const s = closedStory();
    const r = cqc(['audit', 'MH-001', '--format', 'json', '--as-of', '2026-09-30'], { cwd: s.dir });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.events.map((e: { date: string }) => e.date.slice(0, 10)).every((d: string) => d <= '2026-09-30')).toBe(true);
    expect(out.events).toHaveLength(4);
  });

  it('without git installed: exit 2 inside a work tree, a note outside one', () => {
    const empty = mkdtempSync(join(tmpdir(), 'cqc-nogit-'));
    const s = closedStory();
    const inside = cqc(['check'], { cwd: s.dir, env: { PATH: empty } });
    expect(inside.code).toBe(2);
    expect(inside.stderr.trim()).toMatch(/^cqc: git is not installed or not on the PATH: install git, or run with --no-git/);
    expect(cqc(['check', '--no-git', '--format', 'json'], { cwd: s.dir, env: { PATH: empty } }).code).not.toBe(2);
    const outside = cqc(['check', '--format', 'json'], { cwd: writeRepo({}), env: { PATH: empty } });
    expect(outside.code).toBe(0);
    expect(JSON.parse(outside.stdout).summary.git).toBe(false);
  });
});
