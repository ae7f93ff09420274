// The pack's SPC section on real YAML: one chart per measured target (each of several), SPC as of
// the meeting date, and where SPC and the closure rules disagree, a note that the closure rules decide.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { closureNote } from '../../src/report/meeting/charts.js';
import { meetingHtml } from '../../src/report/meeting/html.js';
import { meetingMarkdown } from '../../src/report/meeting/markdown.js';
import { buildMeetingPack } from '../../src/report/meeting/pack.js';
import { xmr } from '../../src/spc/xmr.js';
import type { StatusRow } from '../../src/status/rows.js';
import { weekly } from '../spc/series.js';
import { AUDITS, GROUP_AS_OF, SCREENING, writeGroup } from './group-fixture.js';

async function packOf(asOf = GROUP_AS_OF, extra: Record<string, string | null> = {}) {
  return buildMeetingPack(await judge({ cwd: writeGroup(extra), git: false, asOf }));
}

describe('SPC charts in the meeting pack', () => {
  it('draws every measured target of an action, each named, and leaves unmeasured targets out', async () => {
    const pack = await packOf();
    expect(pack.charts.map((c) => [c.actionId, c.targetId ?? null, c.points.length])).toEqual([
      ['GOV-001', null, AUDITS.length],
      ['NUT-001', 'screening', SCREENING.length],
      ['NUT-001', 'weight-loss', 3],
    ]);
  });

  it('judges SPC from spc_from up to the meeting date, with the verdict in words', async () => {
    const pack = await packOf();
    const screening = pack.charts.find((c) => c.targetId === 'screening')!;
    expect(screening.spc.judged).toBe(true);
    expect(screening.spc.points).toHaveLength(12);
    expect(screening.spc.assurance).toBe('consistent-pass');
    expect(screening.verdict).toBe('Common cause variation; the goal will consistently be met (consistent pass)');
    const audits = pack.charts.find((c) => c.actionId === 'GOV-001')!;
    expect([audits.spc.variation, audits.spc.assurance]).toEqual(['concern', 'hit-and-miss']);
    expect(audits.spc.points.filter((p) => p.variation === 'improvement').length).toBeGreaterThan(0);
    // Before the bad month, the latest point was part of the run of improvement.
    const earlier = await packOf('2026-10-15');
    expect(earlier.charts.find((c) => c.actionId === 'GOV-001')!.spc.judged).toBe(true);
    expect(earlier.charts.find((c) => c.actionId === 'GOV-001')!.spc.variation).toBe('improvement');
  });

  it('says the closure rules decide when SPC is reassuring but the action cannot close', async () => {
    const pack = await packOf();
    const screening = pack.charts.find((c) => c.targetId === 'screening')!;
    expect(screening.closureNote).toMatch(/^SPC shows this target consistently meeting its goal, but the closure rules decide, and they are not met yet \(.*\)\. SPC alone never closes an action\.$/);
    // Too few points: SPC says nothing, so there is nothing to disagree about.
    expect(pack.charts.find((c) => c.targetId === 'weight-loss')!.closureNote).toBeUndefined();
    expect(meetingMarkdown(pack)).toContain('**Closure rules decide.** SPC shows this target consistently meeting its goal');
    expect(meetingHtml(pack)).toContain('<p class="closure-note"><strong>Closure rules decide.</strong> SPC shows this target');
  });

  it('gives each point its SPC reading in Markdown, and the icons and chart in HTML', async () => {
    const pack = await packOf();
    const md = meetingMarkdown(pack);
    expect(md).toContain('### NUT-001, target screening: People screened with MUST on admission and monthly');
    expect(md).toContain('| NUT-001-E01 | 2026-08-10 | 80% | **misses** | before spc\\_from: not in the SPC |');
    expect(md).toMatch(/\| GOV-001-E15 \| 2026-11-01 \| 1 \| \*\*misses\*\* \| special cause, concern: outside the process limits \|/);
    expect(md).toMatch(/XmR over 12 dates: mean 98\.1%, process limits 95\.2% and 101%\./);
    const html = meetingHtml(pack);
    expect(html).toContain('<figure class="chart" data-action="NUT-001" data-target="screening" data-variation="common-cause" data-assurance="consistent-pass">');
    expect(html).toMatch(/<svg [^>]*class="spc-icon assurance consistent-pass"/);
    expect(html).toMatch(/<svg [^>]*class="spc-chart" data-chart="xmr" data-action="GOV-001"/);
    expect(html).toMatch(/<svg [^>]*class="spc-chart" data-chart="run" data-action="NUT-001" data-target="weight-loss"/);
  });
});

describe('closureNote: where SPC and the closure rules disagree', () => {
  const row = (over: Partial<StatusRow>): StatusRow => ({
    id: 'MH-001', title: 't', owner: 'dan-jones', location: null, status: 'monitoring', rag: 'green', due: null, ready: true,
    assurance: null, targets: [], readiness: 'ready to close', blockers: [], ...over,
  });
  // 12 weekly points: steady at 99–100 (consistent pass for a 95% goal), or swinging 80–100 (hit and miss).
  const steady = xmr({ points: weekly([99, 100, 99, 100, 99, 100, 99, 100, 99, 100, 99, 100]), goal: 95, direction: 'at_least' });
  const swinging = xmr({ points: weekly([80, 100, 85, 100, 90, 100, 82, 100, 88, 100, 84, 100]), goal: 95, direction: 'at_least' });
  const early = xmr({ points: weekly([80, 100, 85]), goal: 95, direction: 'at_least' });

  it('is silent where they agree, and where SPC has too few points to say anything', () => {
    expect(steady.assurance).toBe('consistent-pass');
    expect(swinging.assurance).toBe('hit-and-miss');
    expect(closureNote(row({}), steady, false)).toBeUndefined();
    expect(closureNote(row({ ready: false, readiness: 'blocked: evidence-sources', blockers: [{ rule: 'evidence-sources', message: 'm' }] }), swinging, false)).toBeUndefined();
    expect(closureNote(row({}), early, false)).toBeUndefined();
  });

  it('lets the closure rules decide when SPC is hit and miss but the rules are met, and says SPC blocks only when asked to', () => {
    expect(closureNote(row({}), swinging, false)).toBe('The closure rules are met, so they decide: MH-001 may close. SPC blocks closure only when cqc.yaml sets require_spc_assurance. But SPC says the process will sometimes miss the goal (hit and miss): the meeting should weigh whether the improvement will hold, and record why closing is safe in the closure rationale.');
    expect(closureNote(row({ status: 'closed', readiness: 'closed' }), swinging, false)).toMatch(/^MH-001 is closed and the closure rules still stand, so the closure decides\. .* watch it at the post-closure review\.$/);
    expect(closureNote(row({ readiness: 'ready to recommend', ready: false }), swinging, true)).not.toContain('SPC blocks closure only');
  });

  it('lets the closure rules decide when SPC passes but the rules are not met', () => {
    const blocked = row({ ready: false, readiness: 'blocked: evidence-conflict', blockers: [{ rule: 'evidence-conflict', message: 'm' }, { rule: 'evidence-conflict', message: 'n' }] });
    expect(closureNote(blocked, steady, false)).toBe('SPC shows this target consistently meeting its goal, but the closure rules decide, and they are not met yet (evidence-conflict). SPC alone never closes an action.');
    expect(closureNote({ ...blocked, status: 'closed', readiness: 'closed, but: evidence-conflict' }, steady, false)).toContain("they find problems with MH-001's closure (evidence-conflict)");
  });
});
