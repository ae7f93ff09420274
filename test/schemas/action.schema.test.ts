import { describe, expect, it } from 'vitest';
import { changed, errorsOf, fixture, summary } from './validate.js';

const action = fixture('action.yaml');
const minimal = { id: 'MH-002', title: 'Supervision records', raised: '2026-09-01', owner: 'dan-jones', status: 'open' };

function fails(path: (string | number)[], value: unknown): string[] {
  return summary(errorsOf('action', changed(action, path, value)));
}

describe('action.schema.json', () => {
  it('accepts the full SPEC.md example', () => {
    expect(errorsOf('action', action)).toEqual([]);
  });

  it('accepts an action with only the required fields', () => {
    expect(errorsOf('action', minimal)).toEqual([]);
  });

  it.each(['id', 'title', 'raised', 'owner', 'status'])('requires %s', (field) => {
    expect(fails([field], undefined)).toEqual(['required at /']);
  });

  it.each([
    [['target', 'measure']], [['target', 'unit']], [['target', 'goal']], [['target', 'direction']],
    [['steps', 0, 'role']], [['steps', 0, 'does']],
    [['post_closure', 'reviews', 0, 'on']], [['post_closure', 'reviews', 0, 'by']], [['post_closure', 'reviews', 0, 'result']],
    [['reopened', 0, 'on']], [['reopened', 0, 'by']], [['reopened', 0, 'reason']],
    [['waivers', 0, 'rule']], [['waivers', 0, 'reason']], [['waivers', 0, 'approved_by']],
  ])('requires %j', (path) => {
    expect(fails(path, undefined)).toEqual([`required at /${path.slice(0, -1).join('/')}`]);
  });

  it('rejects a typo such as decided_bye at the node that holds it', () => {
    const typo = changed(action, ['closure', 'decided_bye'], 'grace-okafor');
    const errors = errorsOf('action', typo);
    expect(summary(errors)).toEqual(['additionalProperties at /closure']);
    expect(errors[0]?.params).toEqual({ additionalProperty: 'decided_bye' });
    expect(fails(['titel'], 'x')).toEqual(['additionalProperties at /']);
    expect(fails(['target', 'goals'], 1)).toEqual(['additionalProperties at /target']);
  });

  it.each([
    [['status'], 'done'], [['source'], 'audit'], [['target', 'unit'], '%'], [['target', 'direction'], 'up'],
    [['closure', 'decision'], 'approved'], [['post_closure', 'reviews', 0, 'result'], 'ok'],
    [['monitoring', 'frequency'], 'daily'], [['closure_criteria', 'required_evidence', 1], 'photo'],
    [['regulations', 0], '21'], [['regulations', 0], 12],
  ])('rejects %j = %j as not one of the allowed values', (path, value) => {
    expect(fails(path, value)).toEqual([`enum at /${path.join('/')}`]);
  });

  it.each([
    [['id'], 'mh-001'], [['id'], 'MH_001'], [['id'], 'MH--001'], [['id'], '1MH'], [['id'], 'MH-001-'],
    [['closure', 'evidence_reviewed', 0], 'mh-001-e02'],
    [['owner'], 'Dan Jones'], [['closure', 'decided_by'], 'Grace'], [['waivers', 0, 'approved_by'], '-grace'],
    [['location'], 'Rose House'],
    [['quality_statements', 0], 'Safe.Learning-culture'], [['quality_statements', 0], 'safe'],
  ])('rejects the badly formed id %j = %j', (path, value) => {
    expect(fails(path, value)).toEqual([`pattern at /${path.join('/')}`]);
  });

  it.each([
    [['raised'], '2026-13-01'], [['raised'], '2026-02-30'], [['raised'], '26-09-01'], [['target', 'due'], '13/10/2026'],
    [['closure', 'decided_on'], '2026-10-20T10:00:00Z'], [['waivers', 0, 'expires'], 'next March'],
    [['steps', 0, 'done'], '2026-9-8'],
  ])('rejects the bad date %j = %j', (path, value) => {
    expect(fails(path, value)).toEqual([`format at /${path.join('/')}`]);
  });

  it.each(['6 weeks', 'P', 'PT', '6W', 'P6'])('rejects the bad duration %j', (value) => {
    expect(fails(['closure_criteria', 'review_period'], value)).toEqual(['format at /closure_criteria/review_period']);
  });

  it.each(['P6W', 'P3M', 'P90D', 'P1Y2M', 'PT12H'])('accepts the duration %j', (value) => {
    expect(fails(['closure_criteria', 'review_period'], value)).toEqual([]);
  });

  it('keeps numbers in range', () => {
    expect(fails(['target', 'goal'], -1)).toEqual(['minimum at /target/goal']);
    expect(fails(['target', 'goal'], 0)).toEqual([]);
    expect(fails(['target', 'goal'], '100')).toEqual(['type at /target/goal']);
    expect(fails(['closure_criteria', 'min_sources'], 0)).toEqual(['minimum at /closure_criteria/min_sources']);
    expect(fails(['closure_criteria', 'sustained_for'], 1.5)).toEqual(['type at /closure_criteria/sustained_for']);
  });

  it('rejects the same id listed twice where that makes no sense', () => {
    expect(fails(['closure', 'evidence_reviewed'], ['MH-001-E02', 'MH-001-E02'])).toEqual(['uniqueItems at /closure/evidence_reviewed']);
    expect(fails(['quality_statements'], ['safe.safeguarding', 'safe.safeguarding'])).toEqual(['uniqueItems at /quality_statements']);
  });

  it.each([
    [['x-tracker-row']], [['target', 'x-baseline-value']], [['closure', 'x-meeting-id']],
    [['steps', 0, 'x-hours']], [['post_closure', 'reviews', 0, 'x-sample']], [['waivers', 0, 'x-ticket']],
    [['monitoring', 'x-dashboard']], [['closure_criteria', 'x-note']], [['reopened', 0, 'x-incident']],
  ])('allows the provider extension %j', (path) => {
    expect(errorsOf('action', changed(action, path, { any: ['shape', 1] }))).toEqual([]);
  });

  it('does not treat a key that merely contains x- as an extension', () => {
    expect(fails(['target', 'max-x-value'], 1)).toEqual(['additionalProperties at /target']);
  });
});
