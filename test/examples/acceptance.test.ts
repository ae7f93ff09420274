// The examples are also acceptance fixtures: cqc check, status and report must judge them the way
// examples/README.md says. The three warnings are deliberate: SUP-001 is overdue on both of its
// targets, and NUT-001's escalation target is closed while SPC calls it hit and miss.
import { beforeAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { cqc } from '../helpers/cli.js';
import { EXAMPLES_DIR } from './load-examples.js';

const AS_OF = '2026-11-26';

describe('cqc check on examples/ (as of 2026-11-26, no git)', () => {
  it('finds no errors and exactly three warnings: SUP-001 overdue on each target, NUT-001 escalation not assured', async () => {
    const { report } = await judge({ cwd: EXAMPLES_DIR, asOf: AS_OF, git: false });
    expect(report.summary).toMatchObject({ actions: 4, evidence: 78, errors: 0, warnings: 3, waived: 0 });
    expect(report.findings.map((f) => [f.rule, f.action, f.severity, f.file])).toEqual([
      ['target-not-assured', 'NUT-001', 'warning', 'locations/maple-lodge/actions/NUT-001.yaml'],
      ['overdue', 'SUP-001', 'warning', 'locations/rose-house/actions/SUP-001.yaml'],
      ['overdue', 'SUP-001', 'warning', 'locations/rose-house/actions/SUP-001.yaml'],
    ]);
    expect(report.findings[0]?.message).toMatch(/target escalation.*hit and miss/);
    expect(report.findings.slice(1).map((f) => /target ([a-z-]+)/.exec(f.message)?.[1])).toEqual(['record-quality', 'coverage']);
  });

  it('reports MH-001 and NUT-001 closed and sound, SUP-001 and SUP-002 not ready', async () => {
    const { report } = await judge({ cwd: EXAMPLES_DIR, asOf: AS_OF, git: false });
    const ready = Object.fromEntries(report.actions.map((a) => [a.id, [a.status, a.ready, a.high_risk]]));
    expect(ready).toEqual({
      'MH-001': ['closed', true, true], 'NUT-001': ['closed', true, true],
      'SUP-001': ['monitoring', false, true], 'SUP-002': ['in_progress', false, true],
    });
  });

  it('gives NUT-001 a real SPC verdict on both targets: screening consistently passing, escalation hit and miss', async () => {
    const { report } = await judge({ cwd: EXAMPLES_DIR, asOf: AS_OF, git: false });
    const targets = (id: string) => report.actions.find((a) => a.id === id)?.targets.map((t) => [t.id, t.met, t.assurance]);
    expect(targets('NUT-001')).toEqual([['screening', true, 'consistent-pass'], ['escalation', true, 'hit-and-miss']]);
    // Fewer than 12 dates elsewhere: no verdict yet, rather than a guess.
    expect(targets('MH-001')).toEqual([['target', true, null]]);
    expect(targets('SUP-001')).toEqual([['record-quality', true, null], ['coverage', true, null]]);
  });

  it('runs clean, exit 0, through the built CLI', () => {
    const r = cqc(['check', '--no-git', '--as-of', AS_OF], { cwd: EXAMPLES_DIR });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 3 warnings in 4 actions and 78 evidence items');
  });
});

describe('cqc report on examples/ (built CLI, no git)', () => {
  let pack: ReturnType<typeof cqc>;
  beforeAll(() => { pack = cqc(['report', '--no-git', '--as-of', AS_OF], { cwd: EXAMPLES_DIR }); });

  it('opens with supervision as a group-wide theme at both homes', () => {
    expect(pack.code).toBe(0);
    const themes = pack.stdout.slice(pack.stdout.indexOf('## Group-wide themes'), pack.stdout.indexOf('## Summary'));
    expect(themes).toContain('### Theme supervision: not yet closed at 2 locations');
    expect(themes).toContain('Locations: Maple Lodge, Rose House.');
    expect(themes).toMatch(/- SUP-002 \(Maple Lodge, in progress\)/);
    expect(themes).toMatch(/- SUP-001 \(Rose House, monitoring\)/);
    expect(themes).not.toMatch(/MH-001|NUT-001/);
  });

  it('says under the escalation chart why the closure decides although SPC says hit and miss', () => {
    const escalation = pack.stdout.slice(pack.stdout.indexOf('### NUT-001, target escalation'));
    expect(escalation).toMatch(/hit and miss/);
    expect(escalation.split('\n### ')[0]).toContain('NUT-001 is closed and the closure rules still stand, so the closure decides.');
  });

  it('groups by location with each home\'s CQC location ID and region', () => {
    const byLocation = cqc(['report', '--no-git', '--as-of', AS_OF, '--by', 'location'], { cwd: EXAMPLES_DIR });
    expect(byLocation.code).toBe(0);
    expect(byLocation.stdout).toMatch(/Rose House[^\n]*1-000100001/);
    expect(byLocation.stdout).toMatch(/Maple Lodge[^\n]*1-000100002/);
    expect(byLocation.stdout).toContain('North West');
  });
});
