import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionAsOf } from '../../src/demo/action-versions.js';
import type { Action } from '../../src/model.js';
import { readExampleFiles } from '../../src/demo/example-files.js';

const examples = readExampleFiles();
const finalNut = examples['locations/maple-lodge/actions/NUT-001.yaml'] ?? '';
const finalSup = examples['locations/rose-house/actions/SUP-001.yaml'] ?? '';

describe('actionAsOf', () => {
  it('returns the final file unchanged at its final stage', () => {
    expect(finalNut).toContain('id: NUT-001');
    expect(actionAsOf(finalNut, '2026-11-26', { status: 'closed', closure: 'decided', reviews: true })).toBe(finalNut);
    expect(actionAsOf(finalSup, '2026-11-26', { status: 'monitoring', closure: 'decided' })).toBe(finalSup);
  });

  it('shows an open action with no closure, no post-closure block and no finished steps, comments and targets kept', () => {
    const text = actionAsOf(finalNut, '2026-07-06', { status: 'open' });
    const action = parse(text, { version: '1.2' }) as Action;
    expect(action.status).toBe('open');
    expect(action.closure).toBeUndefined();
    expect(action.post_closure).toBeUndefined();
    expect(action.steps?.every((s) => s.done === undefined)).toBe(true);
    expect(action.targets).toEqual((parse(finalNut, { version: '1.2' }) as Action).targets);
    expect(text.split('\n').slice(0, 6)).toEqual(finalNut.split('\n').slice(0, 6));
  });

  it('keeps only the recommendation before the decision, and steps done by that date', () => {
    const action = parse(actionAsOf(finalNut, '2026-10-14', { status: 'monitoring', closure: 'recommended' }), { version: '1.2' }) as Action;
    expect(Object.keys(action.closure ?? {})).toEqual(['recommended_by', 'recommended_on', 'evidence_reviewed']);
    expect(action.closure?.evidence_reviewed).toHaveLength(13);
    expect(action.steps?.map((s) => s.done)).toEqual(['2026-07-08', '2026-07-17', '2026-08-09', '2026-10-14', undefined]);
  });

  it('replaces an evidence_reviewed list that runs over several lines with the one of that stage', () => {
    const text = actionAsOf(finalSup, '2026-11-19', { status: 'in_progress', closure: 'recommended', evidenceReviewed: ['SUP-001-E08', 'SUP-001-E09'] });
    const action = parse(text, { version: '1.2' }) as Action;
    expect(action.closure).toEqual({ recommended_by: 'priya-patel', recommended_on: '2026-11-19', evidence_reviewed: ['SUP-001-E08', 'SUP-001-E09'] });
    expect(text).toContain('  evidence_reviewed: [SUP-001-E08, SUP-001-E09]\n');
    expect(text).not.toContain('SUP-001-E10');
  });

  it('adds the decision, the review date and post-closure monitoring, but not the later review', () => {
    const action = parse(actionAsOf(finalNut, '2026-10-16', { status: 'closed', closure: 'decided' }), { version: '1.2' }) as Action;
    expect(action.closure?.decided_by).toBe('ruth-adeyemi');
    expect(action.post_closure).toEqual({ review_due: '2027-01-13', monitoring: { frequency: 'monthly', until: '2027-04-15' } });
  });
});
