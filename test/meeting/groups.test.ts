// cqc report --by: the pack grouped by location, quality statement, regulation or theme, built from
// real YAML, with counts by status and RAG per group and the evidence categories behind each.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { builtinFramework } from '../../src/framework/index.js';
import type { GroupBy, GroupedView } from '../../src/report/meeting/groups.js';
import { meetingHtml } from '../../src/report/meeting/html.js';
import { meetingMarkdown } from '../../src/report/meeting/markdown.js';
import { buildMeetingPack } from '../../src/report/meeting/pack.js';
import { GROUP_AS_OF, writeGroup } from './group-fixture.js';

async function viewOf(by: GroupBy, extra: Record<string, string | null> = {}) {
  const outcome = await judge({ cwd: writeGroup(extra), git: false, asOf: GROUP_AS_OF });
  const pack = buildMeetingPack(outcome, { by });
  return { outcome, pack, view: pack.grouped! };
}

const group = (view: GroupedView, key: string) => {
  const g = view.groups.find((x) => x.key === key);
  expect(g, `group "${key}"`).toBeDefined();
  return g!;
};

describe('cqc report --by location', () => {
  it('has every location of cqc.yaml in order with its CQC id, then the actions with no location', async () => {
    const { view } = await viewOf('location');
    expect(view.heading).toBe('Actions by location');
    expect(view.groups.map((g) => [g.key, g.label, g.actions])).toEqual([
      ['rose-house', 'Rose House', ['MH-001', 'SUP-001']],
      ['maple-lodge', 'Maple Lodge', ['MH-002', 'SUP-002']],
      ['oak-view', 'Oak View', ['MH-003', 'SUP-003']],
      ['birch-court', 'Birch Court', ['NUT-001']],
      ['', 'No location', ['GOV-001']],
    ]);
    expect(group(view, 'rose-house').detail).toBe('CQC location ID 1-101234567, North West');
    expect(group(view, 'birch-court').detail).toBeUndefined();
  });

  it('counts each group by status and by RAG as cqc status does', async () => {
    const { view, pack } = await viewOf('location');
    expect(group(view, 'rose-house').byStatus).toEqual({ open: 1, in_progress: 1, monitoring: 0, closed: 0 });
    expect(group(view, 'oak-view').byStatus).toEqual({ open: 0, in_progress: 0, monitoring: 1, closed: 1 });
    const rag = (id: string) => pack.actions.find((a) => a.row.id === id)!.row.rag;
    for (const g of view.groups) {
      const expected = { red: 0, amber: 0, green: 0 };
      for (const id of g.actions) expected[rag(id)] += 1;
      expect(g.byRag, g.key).toEqual(expected);
    }
    // SUP-003 is closed with its closure rules failing: red, where the meeting must see it.
    expect(group(view, 'oak-view').byRag.red).toBe(1);
    expect(view.groups.reduce((n, g) => n + g.actions.length, 0)).toBe(pack.summary.actions);
  });

  it('adds a group for a location missing from cqc.yaml rather than losing its action', async () => {
    const { view } = await viewOf('location', { 'actions/GOV-001.yaml': null, 'actions/ELM-001.yaml': 'id: ELM-001\ntitle: Call bells slow\nlocation: elm-house\nraised: 2026-08-03\nowner: amy-lee\nstatus: open\n' });
    expect(group(view, 'elm-house')).toMatchObject({ label: 'elm-house', detail: 'not a location in cqc.yaml', actions: ['ELM-001'] });
    expect(view.groups.some((g) => g.key === '')).toBe(false);
  });
});

describe('cqc report --by statement', () => {
  it("lists every one of the framework's 34 quality statements, including those with nothing recorded", async () => {
    const { view } = await viewOf('statement');
    const framework = builtinFramework('cqc-saf-2023')!;
    expect(view.groups.map((g) => g.key)).toEqual([...framework.statements.keys()]);
    expect(view.groups).toHaveLength(34);
    const learning = group(view, 'safe.learning-culture');
    expect(learning).toMatchObject({ label: 'Learning culture', within: 'Safe', actions: [], categories: [] });
    expect(learning.byStatus).toEqual({ open: 0, in_progress: 0, monitoring: 0, closed: 0 });
    expect(group(view, 'well-led.governance-management-and-sustainability')).toMatchObject({ within: 'Well-led', actions: ['GOV-001', 'SUP-001', 'SUP-002', 'SUP-003'] });
  });

  it('shows the evidence categories behind each statement, supporting and not', async () => {
    const { view } = await viewOf('statement');
    expect(group(view, 'safe.involving-people-to-manage-risks').categories).toEqual([
      { category: 'Feedback from staff and leaders', items: 1, supporting: 1 },
      { category: 'Observation', items: 1, supporting: 0 },
    ]);
    expect(group(view, 'effective.monitoring-and-improving-outcomes').categories).toEqual([
      { category: 'Processes', items: 15, supporting: 15 },
      { category: 'Outcomes', items: 3, supporting: 3 },
    ]);
  });

  it('renders empty statements in both formats, under their key question', async () => {
    const { pack } = await viewOf('statement');
    const md = meetingMarkdown(pack);
    expect(md).toContain('## Actions by quality statement');
    expect(md).toContain('### Caring');
    expect(md).toContain('| Kindness, compassion and dignity (caring.kindness-compassion-and-dignity) | nothing recorded | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |');
    const html = meetingHtml(pack);
    expect(html.match(/<tr data-group="[a-z-]+\.[a-z-]+" data-actions="0" class="empty-group">/g)).toHaveLength(31);
    expect(html).toContain('<tr class="within"><th colspan="5" scope="rowgroup">Responsive</th></tr>');
  });
});

describe('cqc report --by regulation and --by theme', () => {
  it('orders regulations as the Regulations do, an action under each it names, then those with none', async () => {
    const { view } = await viewOf('regulation');
    expect(view.groups.map((g) => [g.key, g.label, g.actions])).toEqual([
      ['12', 'Regulation 12: Safe care and treatment', ['MH-001', 'MH-002', 'MH-003']],
      ['17', 'Regulation 17: Good governance', ['MH-003']],
      ['18', 'Regulation 18: Staffing', ['SUP-001', 'SUP-002', 'SUP-003']],
      ['', 'No regulation', ['GOV-001', 'NUT-001']],
    ]);
  });

  it('groups by theme slug, closed actions included in the counts', async () => {
    const { view } = await viewOf('theme');
    expect(view.groups.map((g) => [g.key, g.actions.length, g.byStatus.closed])).toEqual([
      ['moving-and-handling', 3, 0],
      ['supervision', 3, 1],
      ['', 2, 0],
    ]);
    expect(group(view, '').label).toBe('No theme');
  });

  it('keeps the one list of actions when --by is not given', async () => {
    const outcome = await judge({ cwd: writeGroup(), git: false, asOf: GROUP_AS_OF });
    const pack = buildMeetingPack(outcome);
    expect(pack.grouped).toBeUndefined();
    expect(meetingMarkdown(pack)).toContain('\n## Actions\n');
  });
});
