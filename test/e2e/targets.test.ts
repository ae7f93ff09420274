// Several targets and SPC assurance through the BUILT CLI: `cqc check --format json` lists each
// target, `cqc status` shows the assurance verdict in an 80-column table with its legend, and
// "ready to close" agrees with what `cqc close` accepts today.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { cleanupRepos, mh001, writeRepo, type RepoSpec } from '../rules/fixture.js';
import { onlyWeeklyAudits, STEADY, twoTargetRepo, weeklyAudits } from '../rules/targets-fixture.js';

afterAll(cleanupRepos);

/** MH-001 with two targets: files audited weekly (12 dates: SPC judges it), transfers observed 3 times. */
function twoTargetsWithSpc(filesGoal: number): RepoSpec {
  const spec = twoTargetRepo();
  onlyWeeklyAudits(spec);
  mh001(spec).targets![0]!.goal = filesGoal;
  weeklyAudits(spec, STEADY, { target: 'files' });
  return spec;
}

const ENV = { COLUMNS: '80' };

describe('several targets and SPC through the built CLI', () => {
  it('cqc check --format json gives each target its latest value, whether it is met, and SPC', () => {
    const { dir } = writeRepo(twoTargetsWithSpc(95.1));
    const r = cqc(['check', '--no-git', '--format', 'json', '--as-of', '2026-11-15'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0); // a hit-and-miss target is a warning unless require_spc_assurance
    const out = JSON.parse(r.stdout);
    expect(out.actions[0].targets).toEqual([
      { id: 'files', latest: 98.16, met: true, variation: 'common-cause', assurance: 'hit-and-miss' },
      { id: 'transfers', latest: 0, met: true, variation: null, assurance: null },
    ]);
    expect(out.findings.map((f: { rule: string; severity: string }) => `${f.severity} ${f.rule}`)).toEqual(['warning target-not-assured']);
  });

  it('cqc status shows the worst verdict in an SPC column (a list at 80 columns), with its legend', () => {
    const { dir } = writeRepo(twoTargetsWithSpc(95.1));
    const r = cqc(['status', '--no-git', '--as-of', '2026-11-15'], { cwd: dir, env: ENV });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.every((l) => [...l].length <= 80), r.stdout).toBe(true);
    expect(r.stdout).toMatch(/^MH-001 · AMBER · closed\n {2}Moving and handling risk assessments missing for changing mobility\n {2}owner dan-jones · rose-house · closed · due 2026-10-13 · SPC \?\n/);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('? = hit and miss; – = fewer than 12 dates measured, no verdict yet.');
    // At 120 columns there is room for one row per action, title included, still within the width.
    const wide = cqc(['status', '--no-git', '--as-of', '2026-11-15'], { cwd: dir, env: { COLUMNS: '120' } }).stdout.split('\n').filter((l) => /^[│┌├└]/.test(l));
    expect(wide[1]).toMatch(/│ Action\s+│ Title\s+│ Owner[^│]*│ (Location\s+│ )?Status\s+│ RAG\s+│ Due\s+│ SPC\s+│ Closure readiness\s+│/);
    expect(wide.find((l) => l.startsWith('│ MH-001'))).toMatch(/│ AMBER\s+│ 2026-10-13 │ \?\s+│ closed\s+│/);
    expect(wide.every((l) => [...l].length <= 120)).toBe(true);
  });

  it('cqc status --format json carries the verdict: no pass while another target has none yet', () => {
    const { dir } = writeRepo(twoTargetsWithSpc(95));
    const r = cqc(['status', '--no-git', '--format', 'json', '--as-of', '2026-11-15'], { cwd: dir });
    const row = JSON.parse(r.stdout).actions[0];
    expect(row.assurance).toBeNull();
    expect(row.targets.map((t: { id: string; assurance: string | null }) => [t.id, t.assurance])).toEqual([['files', 'consistent-pass'], ['transfers', null]]);
    const list = cqc(['status', '--no-git', '--as-of', '2026-11-15'], { cwd: dir, env: ENV }).stdout;
    expect(list).toContain('· due 2026-10-13 · SPC –\n');
  });

  it('"ready to close" agrees with cqc close when the provider requires SPC assurance', () => {
    const spec = twoTargetsWithSpc(95.1);
    const a = mh001(spec);
    a.status = 'monitoring';
    a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' };
    delete a.post_closure;
    spec.config.policy!.require_spc_assurance = true;
    const { dir } = writeRepo(spec);
    const before = readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8');

    let status = cqc(['status', '--no-git', '--as-of', '2026-10-20'], { cwd: dir, env: ENV });
    expect(status.stdout).toMatch(/^MH-001 · \w+ · blocked: target-not-assured\n(.*\n)* {2}owner dan-jones · rose-house · monitoring · due 2026-10-13 · SPC \?\n/);
    let close = cqc(['close', 'MH-001', '--by', 'grace-okafor', '--on', '2026-10-20'], { cwd: dir });
    expect(close.code).toBe(1);
    expect(close.stderr).toContain('target-not-assured: MH-001\'s target files: SPC over its measurements on 12 dates');
    expect(readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8')).toBe(before);

    // Without the requirement the same evidence is ready, and cqc close accepts it.
    const config = join(dir, 'cqc.yaml');
    const text = readFileSync(config, 'utf8');
    expect(text).toContain('require_spc_assurance: true');
    writeFileSync(config, text.replace('require_spc_assurance: true', 'require_spc_assurance: false'));
    status = cqc(['status', '--no-git', '--as-of', '2026-10-20'], { cwd: dir, env: ENV });
    expect(status.stdout).toContain('Ready to close today: MH-001.');
    close = cqc(['close', 'MH-001', '--by', 'grace-okafor', '--on', '2026-10-20'], { cwd: dir });
    expect(close.code).toBe(0);
    expect(readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8')).toMatch(/^status: closed$/m);
  });
});
