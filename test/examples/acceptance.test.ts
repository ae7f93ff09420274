// The examples are also acceptance fixtures: cqc check must judge them the way examples/README.md says.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { EXAMPLES_DIR } from './load-examples.js';

describe('cqc check on examples/ (as of 2026-11-26, no git)', () => {
  it('finds no errors and exactly one warning: SUP-001 is overdue', async () => {
    const { report } = await judge({ cwd: EXAMPLES_DIR, asOf: '2026-11-26', git: false });
    expect(report.summary).toMatchObject({ actions: 3, evidence: 26, errors: 0, warnings: 1, waived: 0 });
    expect(report.findings.map((f) => [f.rule, f.action, f.severity])).toEqual([['overdue', 'SUP-001', 'warning']]);
  });

  it('reports MH-001 and NUT-001 ready, SUP-001 not', async () => {
    const { report } = await judge({ cwd: EXAMPLES_DIR, asOf: '2026-11-26', git: false });
    const ready = Object.fromEntries(report.actions.map((a) => [a.id, [a.status, a.ready]]));
    expect(ready).toEqual({ 'MH-001': ['closed', true], 'NUT-001': ['closed', true], 'SUP-001': ['monitoring', false] });
  });
});
