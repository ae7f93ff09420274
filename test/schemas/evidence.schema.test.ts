import { describe, expect, it } from 'vitest';
import { changed, errorsOf, fixture, summary } from './validate.js';

const evidence = fixture('evidence.yaml');

function fails(path: (string | number)[], value: unknown): string[] {
  return summary(errorsOf('evidence', changed(evidence, path, value)));
}

describe('evidence.schema.json', () => {
  it('accepts the SPEC.md example, including from on a non-feedback item', () => {
    expect(evidence.type).toBe('audit');
    expect(errorsOf('evidence', evidence)).toEqual([]);
  });

  it.each(['id', 'action', 'type', 'date', 'recorded_by'])('requires %s', (field) => {
    expect(fails([field], undefined)).toEqual(['required at /']);
  });

  it('accepts an item with only the required fields, and no measurement', () => {
    expect(errorsOf('evidence', { id: 'MH-001-E01', action: 'MH-001', type: 'observation', date: '2026-09-10', recorded_by: 'sam-smith' })).toEqual([]);
  });

  it('requires from on feedback, and only there (v2)', () => {
    const feedback = changed(changed(evidence, ['type'], 'feedback'), ['from'], undefined);
    expect(summary(errorsOf('evidence', feedback))).toEqual(['required at /', 'if at /']);
    expect((errorsOf('evidence', feedback)[0]?.params as { missingProperty: string }).missingProperty).toBe('from');
    for (const from of ['people', 'staff', 'partners']) expect(errorsOf('evidence', changed(feedback, ['from'], from))).toEqual([]);
    expect(fails(['from'], undefined)).toEqual([]);
    expect(summary(errorsOf('evidence', changed(feedback, ['from'], 'family')))).toEqual(['enum at /from']);
  });

  it.each([
    [{ target: 'screening', numerator: 19, denominator: 20 }], [{ target: 'weight-loss', value: 0 }], [{ target: 'target', value: 100 }],
  ])('accepts the measurement naming its target %j (v2)', (measurement) => {
    expect(fails(['measurement'], measurement)).toEqual([]);
  });

  it.each(['Screening', 'weight loss', 'weight_loss', '-screening', 'screening-', 'a--b', ''])(
    'rejects the measurement target id %j (v2)',
    (target) => {
      expect(fails(['measurement', 'target'], target)).toEqual(['pattern at /measurement/target']);
    },
  );

  it('still needs a value or a count when a measurement names its target (v2)', () => {
    expect(fails(['measurement'], { target: 'screening' })).toContain('oneOf at /measurement');
  });

  it.each([
    [{ value: 100 }], [{ value: 0 }], [{ value: 3.5 }], [{ numerator: 0, denominator: 12 }], [{ numerator: 11, denominator: 12, 'x-sample': 'random' }],
  ])('accepts the measurement %j', (measurement) => {
    expect(fails(['measurement'], measurement)).toEqual([]);
  });

  it.each([
    [{}, ['oneOf at /measurement']],
    [{ numerator: 12 }, ['dependentRequired at /measurement']],
    [{ denominator: 12 }, ['dependentRequired at /measurement']],
    [{ value: 100, numerator: 12, denominator: 12 }, ['oneOf at /measurement']],
    [{ value: 100, numerator: 12 }, ['dependentRequired at /measurement']],
    [{ numerater: 12, denominator: 12 }, ['additionalProperties at /measurement', 'dependentRequired at /measurement']],
    [{ value: '100%' }, ['type at /measurement/value']],
    [12, ['type at /measurement']],
  ])('rejects the measurement %j', (measurement, expected) => {
    const errors = fails(['measurement'], measurement);
    for (const error of expected) expect(errors).toContain(error);
  });

  it('points at the offending part of a measurement rather than at the alternatives', () => {
    expect(fails(['measurement', 'denominator'], -1)).toEqual(['minimum at /measurement/denominator']);
    expect(fails(['measurement', 'numerater'], 3)).toEqual(['additionalProperties at /measurement']);
  });

  it('rejects negative counts, pointing at the number', () => {
    expect(fails(['measurement', 'numerator'], -1)).toContain('minimum at /measurement/numerator');
    expect(fails(['measurement', 'denominator'], -12)).toContain('minimum at /measurement/denominator');
  });

  it('leaves a zero denominator and a value outside 0-100 to measurement-invalid, which knows the target unit (SPEC)', () => {
    expect(fails(['measurement'], { numerator: 0, denominator: 0 })).toEqual([]);
    expect(fails(['measurement'], { value: -5 })).toEqual([]);
    expect(fails(['measurement'], { value: 104 })).toEqual([]);
  });

  it.each([
    [['type'], 'photo'], [['type'], 'Audit'], [['from'], 'relatives'], [['finding'], 'positive'],
  ])('rejects %j = %j as not one of the allowed values', (path, value) => {
    expect(fails(path, value)).toEqual([`enum at /${path.join('/')}`]);
  });

  it.each([
    [['id'], 'MH-001-e02'], [['action'], 'mh-001'], [['recorded_by'], 'Priya Patel'],
  ])('rejects the badly formed id %j = %j', (path, value) => {
    expect(fails(path, value)).toEqual([`pattern at /${path.join('/')}`]);
  });

  it.each(['2026-13-01', '2026-09-31', '29/09/2026'])('rejects the bad date %j', (date) => {
    expect(fails(['date'], date)).toEqual(['format at /date']);
  });

  it('rejects typos and repeated attachments', () => {
    expect(fails(['summery'], 'x')).toEqual(['additionalProperties at /']);
    expect(fails(['attachments'], ['a.pdf', 'a.pdf'])).toEqual(['uniqueItems at /attachments']);
  });

  it.each([[['x-source-system']], [['measurement', 'x-method']]])('allows the provider extension %j', (path) => {
    expect(errorsOf('evidence', changed(evidence, path, { nested: true }))).toEqual([]);
  });
});
