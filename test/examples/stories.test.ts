import { describe, expect, it } from 'vitest';
import { actionById, config, evidenceOf, people, personById } from './load-examples.js';
import { afterDuration, closureProblems, daysBetween, measured, meetsGoal } from './story-checks.js';

const AS_OF = '2026-11-26';
const MONTHLY_GAP_LIMIT = 45; // 1.5 x a month, read generously

describe('every example action', () => {
  // The guidance's "within six weeks" is the time to reach the goal (target.due); contract v2's
  // review_period is how long the goal must then have held before closure.
  const GUIDANCE_PERIOD: Record<string, string> = { 'MH-001': 'P6W', 'SUP-001': 'P3M', 'NUT-001': 'P8W' };

  it.each(['MH-001', 'SUP-001', 'NUT-001'])('%s has agreed criteria and a due date of raised + the guidance period', (id) => {
    const action = actionById(id);
    expect(action.target?.due).toBe(afterDuration(action.raised, GUIDANCE_PERIOD[id]!));
    expect(action.closure_criteria?.review_period).toMatch(/^P\d+[WM]$/);
    expect(action.steps?.length).toBe(5);
    for (const step of action.steps ?? []) expect(step.records_in).toBeTruthy();
    expect(action.monitoring?.reopen_triggers?.length).toBeGreaterThanOrEqual(3);
    expect(evidenceOf(id).length).toBeGreaterThanOrEqual(6);
    expect(evidenceOf(id).every((e) => e.date >= action.raised && e.date <= AS_OF)).toBe(true);
  });

  it('sets the targets the guidance gives: 100% in six weeks, 95% in three months, 95% in eight weeks', () => {
    const targets = ['MH-001', 'SUP-001', 'NUT-001'].map((id) => [actionById(id).target?.goal, actionById(id).target?.due, actionById(id).closure_criteria?.review_period]);
    expect(targets).toEqual([[100, '2026-10-13', 'P2W'], [95, '2026-11-10', 'P3M'], [95, '2026-08-31', 'P2W']]);
  });
});

describe('MH-001: a closure that stands up', () => {
  const action = actionById('MH-001');
  const items = evidenceOf('MH-001');

  it('passes every closure rule, read by hand', () => {
    expect(action.status).toBe('closed');
    expect(closureProblems(action, items, people, config, AS_OF)).toEqual([]);
  });

  it('is decided by a senior person who neither owns nor recommended it', () => {
    expect(action.closure?.decided_by).not.toBe(action.owner);
    expect(action.closure?.recommended_by).not.toBe(action.owner);
    expect(personById(action.closure?.decided_by ?? '')?.roles).toContain('nominated-individual');
  });

  it('keeps all evidence between raised and the decision, within 90 days of it', () => {
    const decided = action.closure?.decided_on ?? '';
    for (const e of items) {
      expect(e.date >= action.raised && e.date <= decided, e.id).toBe(true);
      expect(daysBetween(e.date, decided), e.id).toBeLessThanOrEqual(90);
    }
  });

  it('has a post-closure review due within three months and still in the future', () => {
    const due = action.post_closure?.review_due ?? '';
    expect(due <= afterDuration(action.closure?.decided_on ?? '', 'P3M')).toBe(true);
    expect(due > AS_OF).toBe(true);
  });
});

describe('SUP-001: held in monitoring', () => {
  const action = actionById('SUP-001');
  const items = evidenceOf('SUP-001');
  const measurements = items.filter((e) => measured(e) !== undefined);

  it('is held, not closed, by the approver with the reasons on record', () => {
    expect(action.status).toBe('monitoring');
    expect(action.closure?.decision).toBe('hold');
    expect(personById(action.closure?.decided_by ?? '')?.roles).toContain(action.closure_criteria?.approver);
    expect(personById(action.closure?.recommended_by ?? '')?.roles).toContain(action.closure_criteria?.reviewer);
    expect(action.closure?.decided_by).not.toBe(action.owner);
  });

  it('has met the goal once only, so it is not sustained', () => {
    const latest = measurements.at(-1);
    expect(latest && meetsGoal(action, measured(latest) ?? 0)).toBe(true);
    expect(measured(latest!)).toBe(96);
    expect(measurements.filter((e) => meetsGoal(action, measured(e) ?? 0))).toHaveLength(1);
  });

  it('has staff feedback that conflicts with the audit', () => {
    expect(items.some((e) => e.type === 'feedback' && e.from === 'staff' && e.finding === 'concern')).toBe(true);
    expect(items.some((e) => e.type === 'feedback' && e.finding === 'supports')).toBe(false);
  });

  it('is monitored monthly with no gap, so monitoring-gap stays quiet', () => {
    const dates = [action.raised, ...measurements.map((e) => e.date), AS_OF];
    for (let i = 1; i < dates.length; i++) expect(daysBetween(dates[i - 1] ?? '', dates[i] ?? '')).toBeLessThanOrEqual(MONTHLY_GAP_LIMIT);
  });

  it('is past its due date: the intended overdue warning', () => {
    expect((action.target?.due ?? '') < AS_OF).toBe(true);
  });

  it('lists only reviewed evidence inside the 90-day window of the hold decision', () => {
    const decided = action.closure?.decided_on ?? '';
    for (const id of action.closure?.evidence_reviewed ?? []) {
      const e = items.find((i) => i.id === id);
      expect(e && e.date <= decided && daysBetween(e.date, decided) <= 90, id).toBe(true);
    }
  });
});

describe('NUT-001: valid on file', () => {
  const action = actionById('NUT-001');
  const items = evidenceOf('NUT-001');

  it('passes every closure rule, read by hand', () => {
    expect(action.status).toBe('closed');
    expect(closureProblems(action, items, people, config, AS_OF)).toEqual([]);
  });

  it('resolved its care-record concern with later supporting care records before the decision', () => {
    const concern = items.find((e) => e.finding === 'concern');
    expect(concern?.type).toBe('care_record');
    expect(items.some((e) => e.type === 'care_record' && e.finding === 'supports' && e.date > (concern?.date ?? '') && e.date <= (action.closure?.decided_on ?? ''))).toBe(true);
  });

  it('has had its post-closure review, so nothing is overdue', () => {
    expect((action.post_closure?.review_due ?? '') < AS_OF).toBe(true);
    expect(action.post_closure?.reviews?.[0]?.result).toBe('sustained');
    expect((action.post_closure?.reviews?.[0]?.on ?? '') >= (action.closure?.decided_on ?? '')).toBe(true);
  });
});

describe('the by-hand closure reading', () => {
  it('does catch a weak closure (so the checks above can fail)', () => {
    const action = actionById('MH-001');
    const weakened = { ...action, closure: { ...action.closure, decided_by: action.owner } };
    const lateItems = evidenceOf('MH-001').filter((e) => e.type !== 'observation');
    expect(closureProblems(weakened, lateItems, people, config, AS_OF)).toEqual(
      expect.arrayContaining(['evidence-required-type', 'self-approval', 'approver-role', 'senior-review']),
    );
  });
});
