import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cqc, type CliResult } from '../helpers/cli.js';

describe('cqc demo (built CLI)', () => {
  let dir = '';
  let r: CliResult;
  beforeAll(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'cqc-demo-test-')), 'demo');
    r = cqc(['demo', dir], { cwd: tmpdir(), env: { COLUMNS: '80' } });
  });

  it('builds the example in the group layout with a real history, by the people who did the work', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Built the example assurance repo, with its git history, in\n  ${dir}\n`);
    expect(r.stdout).toMatch(/^69 commits by 10 people, July to November 2026, judged as of 2026-11-26\.$/m);
    const log = spawnSync('git', ['log', '--format=%ae'], { cwd: dir, encoding: 'utf8' });
    expect(log.stdout.trim().split('\n')).toHaveLength(69);
    expect(new Set(log.stdout.trim().split('\n')).size).toBe(10);
    expect(readdirSync(join(dir, 'locations')).sort()).toEqual(['maple-lodge', 'rose-house']);
    expect(readdirSync(join(dir, 'locations', 'rose-house', 'actions')).sort()).toEqual(['MH-001.yaml', 'SUP-001.yaml']);
    expect(readdirSync(join(dir, 'locations', 'maple-lodge', 'actions')).sort()).toEqual(['NUT-001.yaml', 'SUP-002.yaml']);
  });

  it('says what it shows, then check bears it out: one deliberate error, three warnings', () => {
    expect(r.stdout).toContain('layout:\nby-location in cqc.yaml');
    expect(r.stdout).toMatch(/NUT-001 +Maple Lodge +closed on two targets/);
    expect(r.stdout).toMatch(/One problem is there on purpose/);
    const check = r.stdout.slice(r.stdout.indexOf('== cqc check'), r.stdout.indexOf('== cqc status'));
    expect(check).toContain('1 error, 3 warnings in 4 actions and 78 evidence items');
    expect(check.match(/ (error|warning) /g)).toEqual([' warning ', ' error ', ' warning ', ' warning ']);
    expect(check).toMatch(/error {4}The closure decision on NUT-001 names Ruth +closure-attribution/);
    expect(check).toMatch(/target-not-assured/);
    expect(check.match(/ overdue$/gm)).toHaveLength(2);
  });

  it('shows status and the trail of decisions, holds and reviews with who really committed each', () => {
    const status = r.stdout.slice(r.stdout.indexOf('== cqc status'), r.stdout.indexOf('== cqc audit'));
    expect(status).toMatch(/^MH-001 · GREEN · closed$/m);
    expect(status).toMatch(/^NUT-001 · RED · closed, but: closure-attribution$/m);
    expect(status).toMatch(/owner nadia-hussain · maple-lodge · closed · due 2026-08-31 · SPC \?/);
    expect(status).toMatch(/^SUP-001 is blocked:/m);
    const audit = r.stdout.slice(r.stdout.indexOf('== cqc audit'));
    expect(audit).toMatch(/Closure decisions, holds, post-closure reviews and reopenings recorded in git\n\(5\)/);
    expect(audit).toMatch(/NUT-001 close\n(.*\n){6} {2}committed by nadia-hussain/);
    expect(audit).toMatch(/SUP-001 hold\n/);
    expect(audit).toMatch(/MH-001 post-closure review: sustained\n {2}recorded by ruth-adeyemi/);
    expect(audit).toMatch(/NUT-001 post-closure review: sustained\n {2}recorded by grace-okafor/);
  });

  it('fits 80 columns, and points to the pinned install, never to a bare registry name', () => {
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toMatch(/npm (install|i) (-g|--global)/);
    expect(r.stdout).toMatch(/never by its bare name on the npm registry/);
    const tryIt = r.stdout.slice(r.stdout.indexOf('Try it yourself:'));
    expect(tryIt).toContain(`  cd ${dir}\n`);
    expect(tryIt).toContain('  cqc report --by theme --as-of 2026-11-26 -o pack.md\n');
  });

  it('suggests commands that work on the repo it built: a per-home check and the pack by theme', () => {
    const home = cqc(['check', '--location', 'maple-lodge', '--as-of', '2026-11-26', '--format', 'json'], { cwd: dir });
    expect(home.code).toBe(1);
    const json = JSON.parse(home.stdout) as { actions: { id: string }[]; findings: { rule: string }[] };
    expect(json.actions.map((a) => a.id).sort()).toEqual(['NUT-001', 'SUP-002']);
    expect(json.findings.map((f) => f.rule).sort()).toEqual(['closure-attribution', 'target-not-assured']);
    const pack = cqc(['report', '--by', 'theme', '--as-of', '2026-11-26'], { cwd: dir });
    expect(pack.code).toBe(0);
    expect(pack.stdout).toContain('### Theme supervision: not yet closed at 2 locations');
  });

  it('holds no personal data in any version of any record, by the provider\'s own room-number pattern too', () => {
    const scan = cqc(['audit', '--personal-data'], { cwd: dir });
    expect(scan.stderr).toBe('');
    expect(scan.code).toBe(0);
    expect(scan.stdout).toMatch(/^No personal data found in the history\.\nScanned \d+ versions of \d+ files in 69 commits/);
  });

  it('refuses a folder that already has files, and touches nothing', () => {
    const full = mkdtempSync(join(tmpdir(), 'cqc-demo-full-'));
    writeFileSync(join(full, 'notes.txt'), 'mine');
    const refused = cqc(['demo', full], { cwd: tmpdir() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not empty/);
    expect(readdirSync(full)).toEqual(['notes.txt']);
  });
});
