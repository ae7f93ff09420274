// Recording a problem is never refused. An incident or concern after a closure is exactly what the
// agreed reopen triggers are for: `cqc evidence add` writes it and says to reopen the action,
// instead of refusing it because the record would make `cqc check` report reopen-required.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READY, checkReport, cqc, makeRepo, read } from './helpers.js';

async function closedAction(): Promise<string> {
  const dir = makeRepo(READY);
  expect((await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel'])).code).toBe(0);
  expect((await cqc(dir, ['close', 'MH-001', '--on', '2026-04-20', '--by', 'grace-okafor'])).code).toBe(0);
  return dir;
}

const rulesOn = async (dir: string, asOf: string) => (await checkReport(dir, asOf)).findings.filter((f) => f.severity === 'error').map((f) => f.rule);

describe('cqc evidence add on a closed action', () => {
  it('records an incident after the decision, says to reopen, and cqc check then asks for the reopening', async () => {
    const dir = await closedAction();
    expect(await rulesOn(dir, '2026-05-02')).toEqual([]);
    const r = await cqc(dir, ['evidence', 'add', 'MH-001', '--by', 'sam-smith', '--type', 'incident', '--finding', 'concern', '--date', '2026-05-02',
      '--summary', 'Fall during a transfer for R14; the assessment was out of date']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sam Smith (sam-smith) recorded MH-001-E04 (incident, 2026-05-02, concern) for MH-001.');
    expect(r.err).toContain('cqc: warning: MH-001 is closed, and what MH-001-E04 records is a reason to reopen it');
    expect(r.err).toContain('run `cqc reopen MH-001 --reason "…"`');
    expect(read(dir, 'evidence/MH-001/MH-001-E04.yaml')).toContain('type: incident\n');
    expect(await rulesOn(dir, '2026-05-02')).toEqual(['reopen-required']);

    const reopened = await cqc(dir, ['reopen', 'MH-001', '--on', '2026-05-02', '--by', 'priya-patel', '--reason', 'Fall during a transfer']);
    expect(reopened.code).toBe(0);
    expect(await rulesOn(dir, '2026-05-02')).toEqual([]);
  });

  it('still refuses evidence that would be wrong in itself, such as a date before the action was raised', async () => {
    const dir = await closedAction();
    const r = await cqc(dir, ['evidence', 'add', 'MH-001', '--by', 'sam-smith', '--type', 'incident', '--finding', 'concern', '--date', '2026-02-01', '--summary', 'Fall']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('MH-001-E04 was not recorded. Nothing was written.');
    expect(r.err).toContain('evidence-window');
    expect(existsSync(join(dir, 'evidence/MH-001/MH-001-E04.yaml'))).toBe(false);
  });
});
