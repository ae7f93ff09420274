import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionAsOf } from '../../src/demo/action-versions.js';
import type { Action } from '../../src/model.js';
import { readExampleFiles } from '../../src/demo/example-files.js';

const finalNut = readExampleFiles()['actions/NUT-001.yaml'] ?? '';

describe('actionAsOf', () => {
  it('returns the final file unchanged at its final stage', () => {
    expect(actionAsOf(finalNut, '2026-11-26', { status: 'closed', closure: 'decided', reviews: true })).toBe(finalNut);
  });

  it('shows an open action with no closure, no post-closure block and no finished steps, comments kept', () => {
    const text = actionAsOf(finalNut, '2026-07-06', { status: 'open' });
    const action = parse(text, { version: '1.2' }) as Action;
    expect(action.status).toBe('open');
    expect(action.closure).toBeUndefined();
    expect(action.post_closure).toBeUndefined();
    expect(action.steps?.every((s) => s.done === undefined)).toBe(true);
    expect(action.target).toEqual((parse(finalNut, { version: '1.2' }) as Action).target);
    expect(text.split('\n').slice(0, 4)).toEqual(finalNut.split('\n').slice(0, 4));
  });

  it('keeps only the recommendation before the decision, and steps done by that date', () => {
    const text = actionAsOf(finalNut, '2026-09-11', { status: 'monitoring', closure: 'recommended', evidenceReviewed: ['NUT-001-E09'] });
    const action = parse(text, { version: '1.2' }) as Action;
    expect(action.closure).toEqual({ recommended_by: 'tom-walsh', recommended_on: '2026-09-11', evidence_reviewed: ['NUT-001-E09'] });
    expect(action.steps?.map((s) => s.done)).toEqual(['2026-07-08', '2026-07-17', '2026-08-18', '2026-09-11', undefined]);
  });

  it('adds the decision and review date but not the later review', () => {
    const action = parse(actionAsOf(finalNut, '2026-09-17', { status: 'closed', closure: 'decided' }), { version: '1.2' }) as Action;
    expect(action.closure?.decided_by).toBe('ruth-adeyemi');
    expect(action.post_closure).toEqual({ review_due: '2026-11-16' });
  });
});
