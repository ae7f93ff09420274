import { describe, expect, it } from 'vitest';
import { changed, errorsOf, fixture, loadSchema, summary } from './validate.js';

const action = fixture('action.yaml');
const TWO_TARGETS = [
  { id: 'screening', measure: 'People screened with MUST on admission and monthly', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-11-30' },
  { id: 'weight-loss', measure: 'People with unplanned weight loss over 5% in the month', unit: 'count', goal: 0, direction: 'at_most' },
];
/** The SPEC example with `targets:` in place of its single `target:`. */
const withTargets = changed(changed(action, ['target'], undefined), ['targets'], TWO_TARGETS);
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
    [['regulations', 0], '21'], [['regulations', 0], 12], [['regulations', 0], '4'],
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
    [['post_closure', 'monitoring', 'x-measure']],
  ])('allows the provider extension %j', (path) => {
    expect(errorsOf('action', changed(action, path, { any: ['shape', 1] }))).toEqual([]);
  });

  describe('v2 action fields', () => {
    it('accepts the v2 fields of the SPEC.md example', () => {
      expect(action).toMatchObject({
        source_ref: 'Audit 2026-08 item 3',
        theme: 'moving-and-handling',
        closure_criteria: { min_categories: 2, min_independent: 1 },
        closure: { return_by: '2026-11-17' },
        post_closure: { monitoring: { frequency: 'monthly', until: '2027-04-20' }, reviews: [{ evidence: ['MH-001-E07'] }] },
      });
    });

    const SPEC_SOURCES = [
      'cqc-inspection', 'internal-audit', 'mock-inspection', 'provider-visit', 'complaint', 'incident', 'safeguarding',
      'whistleblowing', 'commissioner', 'local-authority', 'pharmacy-audit', 'feedback', 'other',
    ];

    it.each(SPEC_SOURCES)('accepts the source %s', (source) => {
      expect(fails(['source'], source)).toEqual([]);
    });

    it('lists every source SPEC.md names, and no other', () => {
      const schema = loadSchema('action') as { properties: { source: { enum: string[] } } };
      expect(schema.properties.source.enum).toEqual(SPEC_SOURCES);
    });

    it('accepts regulation 5, which the default regulation_risk names', () => {
      expect(fails(['regulations'], ['5', '17'])).toEqual([]);
    });

    it('checks source_ref and theme', () => {
      expect(fails(['source_ref'], '')).toEqual(['minLength at /source_ref']);
      expect(fails(['source_ref'], 3)).toEqual(['type at /source_ref']);
      expect(fails(['theme'], 'nutrition-and-hydration')).toEqual([]);
      for (const theme of ['Moving and handling', 'moving_and_handling', 'moving--handling', '-falls']) {
        expect(fails(['theme'], theme)).toEqual(['pattern at /theme']);
      }
    });

    it('keeps the new closure criteria in range', () => {
      expect(fails(['closure_criteria', 'min_categories'], 6)).toEqual([]);
      expect(fails(['closure_criteria', 'min_categories'], 0)).toEqual(['minimum at /closure_criteria/min_categories']);
      expect(fails(['closure_criteria', 'min_categories'], 7)).toEqual(['maximum at /closure_criteria/min_categories']);
      // 0 is below any policy: criteria-below-policy reports it, and a senior may waive that (SPEC), which a schema error never could be.
      expect(fails(['closure_criteria', 'min_independent'], 0)).toEqual([]);
      expect(fails(['closure_criteria', 'min_independent'], -1)).toEqual(['minimum at /closure_criteria/min_independent']);
      expect(fails(['closure_criteria', 'min_independent'], 1.5)).toEqual(['type at /closure_criteria/min_independent']);
    });

    it('needs return_by with a hold decision, and only then', () => {
      const hold = changed(action, ['closure', 'decision'], 'hold');
      expect(errorsOf('action', hold)).toEqual([]);
      const noReturn = changed(hold, ['closure', 'return_by'], undefined);
      expect(summary(errorsOf('action', noReturn))).toEqual(['required at /closure', 'if at /closure']);
      expect((errorsOf('action', noReturn)[0]?.params as { missingProperty: string }).missingProperty).toBe('return_by');
      for (const decision of ['close', 'reject']) expect(errorsOf('action', changed(noReturn, ['closure', 'decision'], decision))).toEqual([]);
      expect(errorsOf('action', changed(noReturn, ['closure', 'decision'], undefined))).toEqual([]);
      expect(fails(['closure', 'return_by'], '17/11/2026')).toEqual(['format at /closure/return_by']);
    });

    it('checks post-closure monitoring', () => {
      expect(fails(['post_closure', 'monitoring', 'frequency'], 'quarterly')).toEqual([]);
      expect(fails(['post_closure', 'monitoring', 'frequency'], 'daily')).toEqual(['enum at /post_closure/monitoring/frequency']);
      expect(fails(['post_closure', 'monitoring', 'until'], undefined)).toEqual(['required at /post_closure/monitoring']);
      expect(fails(['post_closure', 'monitoring', 'frequency'], undefined)).toEqual(['required at /post_closure/monitoring']);
      expect(fails(['post_closure', 'monitoring', 'until'], 'April 2027')).toEqual(['format at /post_closure/monitoring/until']);
      expect(fails(['post_closure', 'monitoring', 'untill'], '2027-04-20')).toEqual(['additionalProperties at /post_closure/monitoring']);
    });

    it('checks the evidence a review cites', () => {
      expect(fails(['post_closure', 'reviews', 0, 'evidence'], ['MH-001-E07', 'MH-001-E08'])).toEqual([]);
      expect(fails(['post_closure', 'reviews', 0, 'evidence'], ['mh-001-e07'])).toEqual(['pattern at /post_closure/reviews/0/evidence/0']);
      expect(fails(['post_closure', 'reviews', 0, 'evidence'], ['MH-001-E07', 'MH-001-E07'])).toEqual(['uniqueItems at /post_closure/reviews/0/evidence']);
      expect(fails(['post_closure', 'reviews', 0, 'evidence'], 'MH-001-E07')).toEqual(['type at /post_closure/reviews/0/evidence']);
    });
  });

  describe('targets (v2)', () => {
    it('accepts several targets instead of one', () => {
      expect(errorsOf('action', withTargets)).toEqual([]);
    });

    it('accepts an id and spc_from on the single target', () => {
      expect(fails(['target', 'id'], 'care-files')).toEqual([]);
      expect(fails(['target', 'spc_from'], '2026-09-15')).toEqual([]);
      expect(fails(['target', 'id'], 'Care files')).toEqual(['pattern at /target/id']);
      expect(fails(['target', 'spc_from'], 'mid-September')).toEqual(['format at /target/spc_from']);
    });

    it('never takes target and targets together', () => {
      expect(summary(errorsOf('action', changed(action, ['targets'], TWO_TARGETS)))).toEqual(['not at /']);
    });

    it.each(['id', 'measure', 'unit', 'goal', 'direction'])('needs %s on each of several targets', (field) => {
      expect(summary(errorsOf('action', changed(withTargets, ['targets', 1, field], undefined)))).toEqual(['required at /targets/1']);
    });

    it('checks each of several targets like the single one', () => {
      const targetsFail = (path: (string | number)[], value: unknown) => summary(errorsOf('action', changed(withTargets, ['targets', ...path], value)));
      expect(targetsFail([0, 'id'], 'Screening')).toEqual(['pattern at /targets/0/id']);
      expect(targetsFail([0, 'unit'], '%')).toEqual(['enum at /targets/0/unit']);
      expect(targetsFail([0, 'direction'], 'up')).toEqual(['enum at /targets/0/direction']);
      expect(targetsFail([0, 'goal'], -1)).toEqual(['minimum at /targets/0/goal']);
      expect(targetsFail([0, 'due'], '30/11/2026')).toEqual(['format at /targets/0/due']);
      expect(targetsFail([1, 'spc_from'], '2026-10-01')).toEqual([]);
      expect(targetsFail([1, 'spc_from'], '2026-10-32')).toEqual(['format at /targets/1/spc_from']);
      expect(targetsFail([0, 'goals'], 95)).toEqual(['additionalProperties at /targets/0']);
      expect(targetsFail([0, 'x-owner'], 'dietitian')).toEqual([]);
    });

    it('needs at least one of several targets', () => {
      expect(summary(errorsOf('action', changed(withTargets, ['targets'], [])))).toEqual(['minItems at /targets']);
    });

    it('leaves distinct target ids to the check beyond the schema, since uniqueItems compares whole targets', () => {
      const twice = changed(withTargets, ['targets', 1, 'id'], 'screening');
      expect(errorsOf('action', twice)).toEqual([]);
    });
  });

  it('does not treat a key that merely contains x- as an extension', () => {
    expect(fails(['target', 'max-x-value'], 1)).toEqual(['additionalProperties at /target']);
  });
});
