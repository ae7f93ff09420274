import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changed, errorsOf, fixture, loadSchema, summary } from './validate.js';

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

  describe('layout (v2)', () => {
    const withoutPaths = changed(config, ['paths'], undefined);

    it.each(['flat', 'by-location'])('accepts layout: %s without paths', (layout) => {
      expect(errorsOf('cqc', changed(withoutPaths, ['layout'], layout))).toEqual([]);
    });

    it('defaults to flat, which editors show', () => {
      const schema = loadSchema('cqc') as { properties: { layout: { default: string; enum: string[] } } };
      expect(schema.properties.layout).toMatchObject({ default: 'flat', enum: ['flat', 'by-location'] });
    });

    it('rejects layout: by-location together with paths', () => {
      expect(fails(['layout'], 'by-location')).toEqual(['not at /']);
    });

    it('accepts layout: flat (the default) together with paths', () => {
      expect(fails(['layout'], 'flat')).toEqual([]);
    });

    it('rejects an unknown layout', () => {
      expect(summary(errorsOf('cqc', changed(withoutPaths, ['layout'], 'per-location')))).toEqual(['enum at /layout']);
    });
  });

  describe('locations (v2)', () => {
    it.each(['1-12345', '1-123456789', '1-10000812939', '1-00000'])('accepts the CQC location id %j', (id) => {
      expect(fails(['locations', 0, 'cqc_id'], id)).toEqual([]);
    });

    it.each(['1-1234', '1-123456789012', '123456789', '2-123456789', '1-12345a', ' 1-123456789', 'RXX-01'])(
      'rejects the CQC location id %j',
      (id) => {
        expect(fails(['locations', 0, 'cqc_id'], id)).toEqual(['pattern at /locations/0/cqc_id']);
      },
    );

    it('needs the CQC location id written as text, and a region that is not empty', () => {
      expect(fails(['locations', 0, 'cqc_id'], 1)).toEqual(['type at /locations/0/cqc_id']);
      expect(fails(['locations', 0, 'region'], '')).toEqual(['minLength at /locations/0/region']);
      expect(fails(['locations', 0, 'cqc-id'], '1-123456789')).toEqual(['additionalProperties at /locations/0']);
    });
  });

  describe('v2 policy settings', () => {
    it('accepts the SPEC.md example values', () => {
      expect(config.policy).toMatchObject({ min_evidence_categories: 2, min_independent_evidence: 1, min_sample: 5, spc_min_points: 12, theme_threshold: 3 });
    });

    it.each([
      ['min_evidence_categories', 0, 'minimum'], ['min_evidence_categories', 7, 'maximum'], ['min_evidence_categories', 2.5, 'type'],
      ['min_independent_evidence', 0, 'minimum'], ['min_independent_evidence', '1', 'type'],
      ['min_sample', 0, 'minimum'], ['min_sample', 4.5, 'type'],
      ['spc_min_points', 1, 'minimum'], ['spc_min_points', 'twelve', 'type'],
      ['theme_threshold', 1, 'minimum'], ['theme_threshold', 3.5, 'type'],
      ['require_spc_assurance', 'no', 'type'],
    ])('rejects %s = %j (%s)', (key, value, keyword) => {
      expect(fails(['policy', key], value)).toEqual([`${keyword} at /policy/${key}`]);
    });

    it.each([['min_evidence_categories', 6], ['min_independent_evidence', 3], ['min_sample', 1], ['spc_min_points', 2], ['theme_threshold', 2], ['require_spc_assurance', true]])(
      'accepts %s = %j',
      (key, value) => {
        expect(fails(['policy', key], value)).toEqual([]);
      },
    );

    it('maps regulations to risk areas, by regulation number only', () => {
      expect(fails(['policy', 'regulation_risk'], { '14': ['safety'], '9A': [], 'x-note': 'ours' })).toEqual([]);
      expect(fails(['policy', 'regulation_risk'], { '21': ['safety'] })).toEqual(['additionalProperties at /policy/regulation_risk']);
      expect(fails(['policy', 'regulation_risk'], { '12': 'safety' })).toEqual(['type at /policy/regulation_risk/12']);
      expect(fails(['policy', 'regulation_risk'], { '12': ['safety', 'safety'] })).toEqual(['uniqueItems at /policy/regulation_risk/12']);
      expect(fails(['policy', 'regulation_risk'], ['12'])).toEqual(['type at /policy/regulation_risk']);
    });

    it('reads unquoted regulation numbers as the same keys', () => {
      const text = 'provider: Example Care Ltd\npolicy:\n  regulation_risk: { 12: [safety], 9A: [safeguarding] }\n';
      expect(errorsOf('cqc', parse(text))).toEqual([]);
    });

    it('maps action sources to risk areas, by source name only', () => {
      expect(fails(['policy', 'source_risk'], { whistleblowing: ['leadership'], 'pharmacy-audit': ['medicines'] })).toEqual([]);
      expect(fails(['policy', 'source_risk'], { audit: ['safety'] })).toEqual(['additionalProperties at /policy/source_risk']);
      expect(fails(['policy', 'source_risk'], { safeguarding: [1] })).toEqual(['type at /policy/source_risk/safeguarding/0']);
    });

    it('offers exactly the action sources as source_risk keys', () => {
      const cqc = loadSchema('cqc') as { $defs: { sourceRisk: { properties: Record<string, unknown> } } };
      const action = loadSchema('action') as { properties: { source: { enum: string[] } } };
      expect(Object.keys(cqc.$defs.sourceRisk.properties)).toEqual(action.properties.source.enum);
    });

    it('takes personal-data patterns as a list of text', () => {
      expect(fails(['policy', 'personal_data'], { patterns: ['\\bRoom 1[0-9]{2}\\b', 'R[0-9]{3}'] })).toEqual([]);
      expect(fails(['policy', 'personal_data'], {})).toEqual([]);
      expect(fails(['policy', 'personal_data', 'patterns'], 'R[0-9]{3}')).toEqual(['type at /policy/personal_data/patterns']);
      expect(fails(['policy', 'personal_data', 'patterns'], [''])).toEqual(['minLength at /policy/personal_data/patterns/0']);
      expect(fails(['policy', 'personal_data', 'patterns'], [12])).toEqual(['type at /policy/personal_data/patterns/0']);
      expect(fails(['policy', 'personal_data', 'pattern'], ['x'])).toEqual(['additionalProperties at /policy/personal_data']);
    });
  });

  it.each([
    [['x-region']], [['policy', 'x-board']], [['locations', 0, 'x-ods-code']], [['paths', 'x-attachments']],
    [['policy', 'personal_data', 'x-owner']], [['policy', 'regulation_risk', 'x-note']], [['policy', 'source_risk', 'x-note']],
  ])(
    'allows the provider extension %j',
    (path) => {
      expect(errorsOf('cqc', changed(config, path, 'anything'))).toEqual([]);
    },
  );
});
