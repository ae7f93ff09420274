import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changed, errorsOf, fixture, summary } from './validate.js';

const config = fixture('cqc.yaml');

function fails(path: (string | number)[], value: unknown): string[] {
  return summary(errorsOf('cqc', changed(config, path, value)));
}

describe('cqc.schema.json', () => {
  it('accepts the SPEC.md example with the optional paths block', () => {
    expect(errorsOf('cqc', config)).toEqual([]);
  });

  it('needs only the provider name', () => {
    expect(errorsOf('cqc', parse('provider: Example Care Ltd\n'))).toEqual([]);
    expect(summary(errorsOf('cqc', parse('framework: cqc-saf-2023\n')))).toEqual(['required at /']);
  });

  it.each(['a1b2c3d', 'A1B2C3D4', '0123456789abcdef0123456789abcdef01234567', '2026-09-01'])(
    'accepts audit_trail_from %j (a date or a commit id)',
    (value) => {
      expect(fails(['policy', 'audit_trail_from'], value)).toEqual([]);
    },
  );

  it.each(['abc12', 'g123456', '2026-13-01', 'September 2026', '0123456789abcdef0123456789abcdef012345678'])(
    'rejects audit_trail_from %j',
    (value) => {
      expect(fails(['policy', 'audit_trail_from'], value)).toContain('anyOf at /policy/audit_trail_from');
    },
  );

  it('checks policy values', () => {
    expect(fails(['policy', 'evidence_max_age'], '90 days')).toEqual(['format at /policy/evidence_max_age']);
    expect(fails(['policy', 'post_closure_review_within'], 'P3')).toEqual(['format at /policy/post_closure_review_within']);
    expect(fails(['policy', 'min_evidence_sources'], 0)).toEqual(['minimum at /policy/min_evidence_sources']);
    expect(fails(['policy', 'sustained_for'], 2.5)).toEqual(['type at /policy/sustained_for']);
    expect(fails(['policy', 'require_signed_closures'], 'yes')).toEqual(['type at /policy/require_signed_closures']);
    expect(fails(['policy', 'senior_roles'], ['nominated-individual', 'nominated-individual'])).toEqual(['uniqueItems at /policy/senior_roles']);
  });

  it('rejects typos at every level', () => {
    expect(fails(['provder'], 'x')).toEqual(['additionalProperties at /']);
    expect(fails(['policy', 'senior_role'], ['x'])).toEqual(['additionalProperties at /policy']);
    expect(fails(['paths', 'action'], 'actions/*.yaml')).toEqual(['additionalProperties at /paths']);
    expect(fails(['locations', 0, 'title'], 'Rose House')).toEqual(['additionalProperties at /locations/0']);
  });

  it('needs a lower-case id on each location', () => {
    expect(fails(['locations', 0, 'id'], 'Rose House')).toEqual(['pattern at /locations/0/id']);
    expect(fails(['locations', 0, 'id'], undefined)).toEqual(['required at /locations/0']);
  });

  it.each([[['x-region']], [['policy', 'x-board']], [['locations', 0, 'x-ods-code']], [['paths', 'x-attachments']]])(
    'allows the provider extension %j',
    (path) => {
      expect(errorsOf('cqc', changed(config, path, 'anything'))).toEqual([]);
    },
  );
});
