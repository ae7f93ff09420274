import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { buildMeetingPack } from '../../src/report/meeting/pack.js';
import { AS_OF, FILES, writeFixture } from './fixture.js';

async function packOf(opts: { asOf?: string; since?: string; extra?: Record<string, string> } = {}) {
  const outcome = await judge({ cwd: writeFixture(opts.extra), git: false, asOf: opts.asOf ?? AS_OF });
  return { outcome, pack: buildMeetingPack(outcome, opts.since ? { since: opts.since } : {}) };
}

describe('buildMeetingPack on a real repo', () => {
  it('counts what cqc check counts, by status and by RAG', async () => {
    const { outcome, pack } = await packOf();
    expect(pack.provider).toBe('Rose & Thorn <Care> Ltd');
    expect(pack.asOf).toBe(AS_OF);
    expect(pack.since).toBe('2026-10-26');
    expect(pack.summary).toMatchObject(outcome.report.summary);
    expect(pack.summary).toMatchObject({ actions: 4, evidence: 13, errors: 1, warnings: 1, readyToClose: 1, blocked: 2 });
    expect(pack.summary.byStatus).toEqual([{ status: 'monitoring', count: 2 }, { status: 'closed', count: 2 }]);
    expect(pack.summary.byRag).toEqual({ red: 2, amber: 0, green: 2 });
  });

  it('says why an action is ready: supporting types, categories and the latest measurements', async () => {
    const { pack } = await packOf();
    expect(pack.ready).toHaveLength(1);
    const r = pack.ready[0]!;
    expect(r.id).toBe('FALL-001');
    expect(r.supportingTypes).toEqual(['audit', 'observation']);
    expect(r.categories.map((c) => c.category)).toEqual(['Observation', 'Processes']);
    expect(r.categories.find((c) => c.category === 'Processes')).toEqual({ category: 'Processes', items: 3, supporting: 2 });
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]!.id).toBeUndefined();
    expect(r.targets[0]!.goalText).toBe('at least 90%');
    expect(r.targets[0]!.latest.map((p) => [p.id, p.label, p.meetsGoal])).toEqual([['FALL-001-E02', '92%', true], ['FALL-001-E04', '95%', true]]);
  });

  it('lists what is blocked with the plain-English blockers of cqc status', async () => {
    const { pack } = await packOf();
    expect(pack.blocked.map((b) => [b.id, b.rag])).toEqual([['SAFE-001', 'red'], ['WAIT-001', 'red']]);
    const wait = pack.blocked.find((b) => b.id === 'WAIT-001')!;
    expect(wait.blockers.map((b) => b.rule)).toEqual(expect.arrayContaining(['target-not-sustained', 'evidence-sources', 'evidence-conflict']));
    expect(wait.blockers.find((b) => b.rule === 'target-not-sustained')!.message).toMatch(/at most 2 days/);
  });

  it('lists decisions since the last meeting from the files without git, saying what that leaves out', async () => {
    const { pack } = await packOf();
    expect(pack.record.source).toBe('files');
    expect(pack.record.note).toMatch(/--no-git.*read from the action files: a decision later replaced in the file .* is missing/);
    expect(pack.record.decisions.map((d) => d.id)).toEqual(['MED-001']);
    const d = pack.record.decisions[0]!;
    expect(d).toMatchObject({ decision: 'close', decidedOn: '2026-11-10', recommendedOn: '2026-11-05', minutes: 'Governance minutes 10 November 2026, item 2' });
    expect(d.evidenceReviewed).toEqual(['MED-001-E01', 'MED-001-E02', 'MED-001-E03']);
    expect(d.decider).toEqual({ id: 'grace-okafor', name: 'Grace Okafor', roles: ['nominated-individual'] });
    expect(d.recommender).toEqual({ id: 'priya-patel', name: 'Priya Patel', roles: ['registered-manager'] });
    expect(d.commit).toBeUndefined();

    const earlier = await packOf({ since: '2026-09-01' });
    expect(earlier.pack.record.decisions.map((x) => x.id)).toEqual(['SAFE-001', 'MED-001']);
    expect(earlier.pack.record.reviews.map((r) => [r.id, r.on, r.result])).toEqual([['SAFE-001', '2026-10-20', 'deteriorated']]);
    expect(pack.record.reviews).toEqual([]);
  });

  it('lists post-closure reviews due within 30 days or overdue, and drops done ones', async () => {
    expect((await packOf()).pack.reviewsDue).toEqual([{ id: 'MED-001', title: 'Medicine records incomplete', reviewDue: '2026-12-10', daysLeft: 14, overdue: false, decidedOn: '2026-11-10' }]);
    expect((await packOf({ asOf: '2026-12-20' })).pack.reviewsDue[0]).toMatchObject({ id: 'MED-001', daysLeft: -10, overdue: true });
    expect((await packOf({ asOf: '2026-11-09' })).pack.reviewsDue).toEqual([]);
    const reviewed = FILES['actions/MED-001.yaml']! + '  reviews:\n    - { on: 2026-11-20, by: priya-patel, result: sustained }\n';
    expect((await packOf({ extra: { 'actions/MED-001.yaml': reviewed } })).pack.reviewsDue).toEqual([]);
  });

  it('shows reopen triggers hit and concerns recorded since the last meeting', async () => {
    const { pack } = await packOf();
    expect(pack.reopen).toHaveLength(1);
    expect(pack.reopen[0]).toMatchObject({ id: 'SAFE-001', agreedTriggers: ['Any bed rail incident'] });
    expect(pack.reopen[0]!.reasons[0]).toMatch(/deteriorated/);
    expect(pack.concerns).toEqual([{
      id: 'WAIT-001', title: 'Slow GP referral after weight loss', status: 'monitoring',
      evidence: [{ id: 'WAIT-001-E03', date: '2026-11-15', type: 'feedback', summary: 'Staff unsure <b>when</b> to refer' }],
      warningSigns: ['Staff unsure of the referral threshold'],
    }]);
    expect((await packOf({ since: '2026-11-16' })).pack.concerns).toEqual([]);
  });

  it('gives one chart per measured target, in the target unit and direction, up to the meeting date', async () => {
    const { pack } = await packOf();
    expect(pack.charts.map((t) => t.actionId)).toEqual(['FALL-001', 'MED-001', 'SAFE-001', 'WAIT-001']);
    const wait = pack.charts.find((t) => t.actionId === 'WAIT-001')!;
    expect(wait).toMatchObject({ unit: 'days', goal: 2, direction: 'at_most', goalText: 'at most 2 days' });
    expect(wait.targetId).toBeUndefined();
    expect(wait.points.map((p) => [p.value, p.label, p.meetsGoal])).toEqual([[6, '6 days', false], [1, '1 day', true]]);
    expect(wait.spc.judged).toBe(false);
    expect(wait.verdict).toBe('Too few measurements for SPC (2 of 12 dates); no variation or assurance verdict yet');
    const fall = pack.charts.find((t) => t.actionId === 'FALL-001')!;
    expect(fall.points.map((p) => p.id)).toEqual(['FALL-001-E01', 'FALL-001-E02', 'FALL-001-E04']);
    expect(fall.points[0]!.value).toBe(80);
    const early = await packOf({ asOf: '2026-11-05' });
    expect(early.pack.charts.find((t) => t.actionId === 'FALL-001')!.points).toHaveLength(2);
  });

  it('shows each action with its CQC evidence categories', async () => {
    const { pack } = await packOf();
    const wait = pack.actions.find((a) => a.row.id === 'WAIT-001')!;
    expect(wait.categories).toEqual([
      { category: 'Feedback from staff and leaders', items: 1, supporting: 0 },
      { category: 'Outcomes', items: 2, supporting: 2 },
    ]);
    expect(wait.row.readiness).toMatch(/^blocked/);
  });
});
