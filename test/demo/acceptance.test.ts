// The demo repo with its git history, judged as of 2026-11-26: the files are judged exactly as
// examples/ is (three deliberate warnings), and git adds exactly one finding, the teaching problem:
// the NUT-001 closure decision was committed by its owner, not by the provider quality lead it names.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoRepo } from '../../src/demo/build.js';
import { judge } from '../../src/engine/judge.js';

const work = mkdtempSync(join(tmpdir(), 'cqc-demo-check-'));
const repo = join(work, 'demo');
beforeAll(() => buildDemoRepo(repo), 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const WARNINGS = [['target-not-assured', 'NUT-001', 'warning'], ['overdue', 'SUP-001', 'warning'], ['overdue', 'SUP-001', 'warning']];

describe('cqc check on the demo repo', () => {
  it('without git, judges the files as examples/ is judged', async () => {
    const { report } = await judge({ cwd: repo, asOf: '2026-11-26', git: false });
    expect(report.findings.map((f) => [f.rule, f.action, f.severity])).toEqual(WARNINGS);
  });

  it('with git, adds only that the NUT-001 decision was committed by someone other than the decider', async () => {
    const { report } = await judge({ cwd: repo, asOf: '2026-11-26', git: true });
    expect(report.summary).toMatchObject({ git: true, errors: 1, warnings: 3, actions: 4, evidence: 78 });
    const findings = report.findings.map((f) => [f.rule, f.action, f.severity]);
    expect(findings).toEqual(expect.arrayContaining([['closure-attribution', 'NUT-001', 'error'], ...WARNINGS]));
    expect(findings).toHaveLength(4);
    const attribution = report.findings.find((f) => f.rule === 'closure-attribution');
    expect(attribution?.file).toBe('locations/maple-lodge/actions/NUT-001.yaml');
    expect(attribution?.message).toMatch(/names Ruth Adeyemi \(ruth-adeyemi\), but it was recorded by commit [0-9a-f]{7} \(2026-10-16, by nadia-hussain\)/);
  });

  it('with git, reads every other step as made by the person it names: MH-001 closed and sound', async () => {
    const { report } = await judge({ cwd: repo, asOf: '2026-11-26', git: true });
    const ready = Object.fromEntries(report.actions.map((a) => [a.id, [a.status, a.ready]]));
    expect(ready).toEqual({ 'MH-001': ['closed', true], 'NUT-001': ['closed', false], 'SUP-001': ['monitoring', false], 'SUP-002': ['in_progress', false] });
  });

  it('scoped to one home, keeps that home\'s findings and reads its history through the group layout', async () => {
    const { report } = await judge({ cwd: repo, asOf: '2026-11-26', git: true, location: 'rose-house' });
    expect(report.actions.map((a) => a.id)).toEqual(['MH-001', 'SUP-001']);
    expect(report.findings.map((f) => [f.rule, f.action])).toEqual([['overdue', 'SUP-001'], ['overdue', 'SUP-001']]);
  });
});
