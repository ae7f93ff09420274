// The demo repo with its git history, judged as of 2026-11-26: the only error is the NUT-001
// audit-trail gap, the only warning the overdue SUP-001.
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

describe('cqc check on the demo repo', () => {
  it('without git, judges the files as examples/ is judged', async () => {
    const { report } = await judge({ cwd: repo, asOf: '2026-11-26', git: false });
    expect(report.findings.map((f) => [f.rule, f.action])).toEqual([['overdue', 'SUP-001']]);
  });

  it('with git, finds only that the NUT-001 decision was committed by someone other than the decider', async () => {
    const { report } = await judge({ cwd: repo, asOf: '2026-11-26', git: true });
    expect(report.summary.git).toBe(true);
    const findings = report.findings.map((f) => [f.rule, f.action, f.severity]);
    expect(findings).toEqual(expect.arrayContaining([['closure-attribution', 'NUT-001', 'error'], ['overdue', 'SUP-001', 'warning']]));
    expect(findings).toHaveLength(2);
  });
});
