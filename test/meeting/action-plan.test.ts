// cqc report --action-plan on real YAML: one section per breached regulation in the Regulations'
// order, each action not closed with what, who, by when, how monitored, status and evidence;
// "Other actions" for those naming no regulation; closed actions briefly at the end.
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import { buildActionPlan } from '../../src/report/meeting/action-plan.js';
import { actionPlanHtml } from '../../src/report/meeting/action-plan-html.js';
import { actionPlanMarkdown } from '../../src/report/meeting/action-plan-markdown.js';
import { GROUP_AS_OF, writeGroup } from './group-fixture.js';

async function planOf(extra: Record<string, string | null> = {}) {
  return buildActionPlan(await judge({ cwd: writeGroup(extra), git: false, asOf: GROUP_AS_OF }));
}

describe('the action plan', () => {
  it('names the provider and every location with its CQC location ID', async () => {
    const plan = await planOf();
    expect(plan.provider).toBe('Harbour Care Group');
    expect(plan.asOf).toBe(GROUP_AS_OF);
    expect(plan.locations).toEqual([
      { id: 'rose-house', name: 'Rose House', cqcId: '1-101234567', region: 'North West' },
      { id: 'maple-lodge', name: 'Maple Lodge', cqcId: '1-102345678', region: 'North West' },
      { id: 'oak-view', name: 'Oak View', cqcId: '1-103456789', region: 'Yorkshire' },
      { id: 'birch-court', name: 'Birch Court' },
    ]);
  });

  it('has one section per breached regulation, each action not closed under every regulation it names', async () => {
    const plan = await planOf();
    expect(plan.sections.map((s) => [s.label, s.actions.map((a) => a.id)])).toEqual([
      ['Regulation 12: Safe care and treatment', ['MH-001', 'MH-002', 'MH-003']],
      ['Regulation 17: Good governance', ['MH-003']],
      // SUP-003 is closed: listed at the end, not as work still to do.
      ['Regulation 18: Staffing', ['SUP-001', 'SUP-002']],
    ]);
    expect(plan.other.map((a) => a.id)).toEqual(['GOV-001', 'NUT-001']);
    expect(plan.closed).toEqual([{
      id: 'SUP-003', title: 'Supervision not recorded', location: 'Oak View', regulations: ['18'], decidedOn: '2026-10-08',
      decider: { id: 'grace-okafor', name: 'Grace Okafor', roles: ['nominated-individual'] }, reviewDue: '2027-01-08',
    }]);
  });

  it('says what will be done and by whom: the people holding each role at that location', async () => {
    const plan = await planOf();
    const mh = (id: string) => plan.sections[0]!.actions.find((a) => a.id === id)!;
    expect(mh('MH-001').steps).toEqual([
      { role: 'deputy-manager', people: ['Dan Jones'], does: 'Review every mobility care file and record the baseline', recordsIn: 'improvement tracker', done: '2026-08-10' },
      { role: 'registered-manager', people: ['Priya Patel'], does: 'Observe transfers on each shift' },
    ]);
    // Maple Lodge has no deputy manager in people.yaml: the plan shows the gap, not someone else's.
    expect(mh('MH-002').steps.map((s) => s.people)).toEqual([[], ['Tom Walsh']]);
    expect(mh('MH-002').monitoring.approver).toEqual({ role: 'nominated-individual', people: ['Grace Okafor'] });
    expect(mh('MH-001')).toMatchObject({
      byWhen: '2026-12-18', owner: { id: 'dan-jones', name: 'Dan Jones' }, baseline: 'Audit found mobility care files without a current risk assessment',
      location: { name: 'Rose House', cqcId: '1-101234567' }, statements: ['Involving people to manage risks'],
    });
    expect(mh('MH-001').monitoring).toMatchObject({ frequency: 'weekly', warningSigns: ['Vague daily notes'], escalation: 'Refresher competency checks', reopenTriggers: ['Any fall during a transfer'] });
  });

  it('gives status and the evidence so far, with each target against its goal, in words for CQC', async () => {
    const plan = await planOf();
    const nut = plan.other.find((a) => a.id === 'NUT-001')!;
    expect(nut.targets).toEqual([
      { id: 'screening', measure: 'People screened with MUST on admission and monthly', goalText: 'at least 95%', due: '2026-10-30', latest: '99%', met: true, assurance: 'consistent-pass' },
      { id: 'weight-loss', measure: 'People with unplanned weight loss over 5% in the month', goalText: 'at most 0', latest: '0', met: true, assurance: null },
    ]);
    expect(nut.evidence).toMatchObject({ items: 18, supporting: 18, concerns: 0 });
    expect(nut.readiness).toMatch(/^not ready to close yet: \d+ closure checks are not met$/);
    expect(nut.readiness).not.toMatch(/status-transition|evidence-/);
    const mh3 = plan.sections[0]!.actions.find((a) => a.id === 'MH-003')!;
    expect(mh3.evidence).toMatchObject({ items: 2, supporting: 1, concerns: 1 });
  });

  it('renders in Markdown with every section, and in HTML that prints on A4', async () => {
    const plan = await planOf();
    const md = actionPlanMarkdown(plan);
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## Regulation 12: Safe care and treatment', '## Regulation 17: Good governance', '## Regulation 18: Staffing', '## Other actions', '## Closed actions']);
    expect(md).toContain('| Rose House | 1-101234567 | North West |');
    expect(md).toContain('| Birch Court | not recorded in cqc.yaml |  |');
    expect(md).toContain('| 1 | Review every mobility care file and record the baseline | deputy-manager (nobody in people.yaml holds this role here) | improvement tracker | 2026-08-10 |');
    expect(md).toContain('- screening: People screened with MUST on admission and monthly: at least 95% by 2026-10-30; latest 99% (meets the goal); SPC: consistently meets the goal.');
    expect(md).toContain('| SUP-003 | Supervision not recorded | Oak View | Regulation 18 | 2026-10-08 | Grace Okafor (nominated-individual) | 2027-01-08 |');
    const html = actionPlanHtml(plan);
    expect(html).toMatch(/@page\s*{\s*size:\s*A4;/);
    expect(html.match(/<section class="regulation" data-regulation="/g)).toHaveLength(3);
    expect(html.match(/<article class="plan-action item" data-action="MH-003">/g)).toHaveLength(2);
    expect(html).toContain('<section class="regulation" id="other"><h2>Other actions</h2>');
  });

  it('says so when nothing is left under "Other actions" or closed', async () => {
    const plan = await planOf({ 'actions/NUT-001.yaml': null, 'actions/GOV-001.yaml': null, 'actions/SUP-003.yaml': null });
    const md = actionPlanMarkdown(plan);
    expect(md).toContain('## Other actions\n\nEvery action not yet closed names the regulation it answers.');
    expect(md).toContain('## Closed actions\n\nNo action is closed yet.');
  });
});
