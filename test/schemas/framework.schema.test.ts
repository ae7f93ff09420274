import { describe, expect, it } from 'vitest';
import { CQC_SAF_2023 } from '../../src/framework/cqc-saf-2023.js';
import { changed, errorsOf, summary } from './validate.js';

function fails(path: (string | number)[], value: unknown): string[] {
  return summary(errorsOf('framework', changed(CQC_SAF_2023, path, value)));
}

describe('framework.schema.json', () => {
  it('accepts the built-in CQC framework data, which has the same shape as a provider file', () => {
    expect(errorsOf('framework', CQC_SAF_2023)).toEqual([]);
  });

  it.each(['id', 'name', 'version', 'key_questions'])('requires %s', (field) => {
    expect(fails([field], undefined)).toEqual(['required at /']);
  });

  it('checks ids, versions and lists', () => {
    expect(fails(['version'], 2026.1)).toEqual(['type at /version']);
    expect(fails(['key_questions'], [])).toEqual(['minItems at /key_questions']);
    expect(fails(['key_questions', 0, 'id'], 'Safe')).toEqual(['pattern at /key_questions/0/id']);
    expect(fails(['key_questions', 0, 'statements', 0, 'id'], 'safe learning')).toEqual(['pattern at /key_questions/0/statements/0/id']);
    expect(fails(['key_questions', 1, 'statements', 2, 'aliases', 0], 'How staff work')).toEqual([
      'pattern at /key_questions/1/statements/2/aliases/0',
    ]);
    expect(fails(['key_questions', 0, 'statements', 0, 'titel'], 'x')).toEqual(['additionalProperties at /key_questions/0/statements/0']);
  });

  it('accepts risk areas on a statement (v2)', () => {
    expect(fails(['key_questions', 1, 'statements', 0, 'risk_areas'], ['safety', 'medicines'])).toEqual([]);
    expect(fails(['key_questions', 1, 'statements', 0, 'risk_areas'], [])).toEqual([]);
  });

  it('checks risk areas on a statement (v2)', () => {
    expect(fails(['key_questions', 0, 'statements', 0, 'risk_areas'], 'safety')).toEqual(['type at /key_questions/0/statements/0/risk_areas']);
    expect(fails(['key_questions', 0, 'statements', 0, 'risk_areas'], ['safety', 'safety'])).toEqual(['uniqueItems at /key_questions/0/statements/0/risk_areas']);
    expect(fails(['key_questions', 0, 'statements', 0, 'risk_areas'], [''])).toEqual(['minLength at /key_questions/0/statements/0/risk_areas/0']);
    expect(fails(['key_questions', 0, 'statements', 0, 'risk_area'], ['safety'])).toEqual(['additionalProperties at /key_questions/0/statements/0']);
  });

  it.each([[['x-publisher']], [['key_questions', 0, 'x-code']], [['key_questions', 0, 'statements', 0, 'x-code']]])(
    'allows the provider extension %j',
    (path) => {
      expect(errorsOf('framework', changed(CQC_SAF_2023, path, 'S1'))).toEqual([]);
    },
  );
});
