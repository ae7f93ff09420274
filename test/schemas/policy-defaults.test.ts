// cqc.yaml policy as the rules see it: SPEC.md's "Policy defaults" where a key is absent, the
// provider's value where it is valid, and the default where the schema rule reports a bad value.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Config } from '../../src/model.js';
import { DEFAULT_POLICY, resolvePolicy } from '../../src/policy.js';
import { fixture } from './validate.js';

const policyOf = (yaml: string) => resolvePolicy(parse(`provider: Example Care Ltd\n${yaml}`) as Partial<Config>);

describe('resolvePolicy (contract v2 keys)', () => {
  it('gives SPEC.md defaults when cqc.yaml has no policy', () => {
    const policy = resolvePolicy({ provider: 'Example Care Ltd' });
    expect(policy).toMatchObject({
      min_evidence_categories: 2,
      min_independent_evidence: 1,
      spc_min_points: 12,
      require_spc_assurance: false,
      theme_threshold: 3,
      regulation_risk: { '12': ['safety'], '13': ['safeguarding'], '17': ['leadership'], '18': ['staffing'], '19': ['staffing'], '5': ['leadership'], '20': ['leadership'] },
      source_risk: { safeguarding: ['safeguarding'] },
      personal_data: { patterns: [] },
    });
    expect(Object.keys(policy.regulation_risk).sort()).toEqual(['12', '13', '17', '18', '19', '20', '5']);
    expect(policy.min_sample).toBeUndefined();
    expect('min_sample' in policy).toBe(false);
  });

  it('reads the SPEC.md example as written', () => {
    const policy = resolvePolicy(fixture('cqc.yaml') as Partial<Config>);
    expect(policy).toMatchObject({ min_evidence_categories: 2, min_independent_evidence: 1, min_sample: 5, spc_min_points: 12, theme_threshold: 3 });
    expect(policy.regulation_risk).toEqual(DEFAULT_POLICY.regulation_risk);
    expect(policy.personal_data.patterns).toEqual(['\\bRoom 1[0-9]{2}\\b']);
  });

  it('uses the provider\'s values', () => {
    const policy = policyOf(`policy:
  min_evidence_categories: 3
  min_independent_evidence: 2
  min_sample: 10
  spc_min_points: 15
  require_spc_assurance: true
  theme_threshold: 2
`);
    expect(policy).toMatchObject({ min_evidence_categories: 3, min_independent_evidence: 2, min_sample: 10, spc_min_points: 15, require_spc_assurance: true, theme_threshold: 2 });
  });

  it('replaces a default risk map whole with the provider\'s, never merging them', () => {
    const policy = policyOf('policy:\n  regulation_risk: { 14: [safety], "x-note": reviewed 2026 }\n  source_risk: { whistleblowing: [leadership] }\n');
    expect(policy.regulation_risk).toEqual({ '14': ['safety'] });
    expect(policy.source_risk).toEqual({ whistleblowing: ['leadership'] });
  });

  it('lets a provider switch a default link off with an empty map', () => {
    expect(policyOf('policy:\n  source_risk: {}\n').source_risk).toEqual({});
  });

  it.each([
    ['min_evidence_categories: 0', 'min_evidence_categories', 2],
    ['min_evidence_categories: 7', 'min_evidence_categories', 2],
    ['min_independent_evidence: "2"', 'min_independent_evidence', 1],
    ['spc_min_points: 1', 'spc_min_points', 12],
    ['theme_threshold: 1', 'theme_threshold', 3],
    ['require_spc_assurance: "yes"', 'require_spc_assurance', false],
    ['regulation_risk: { 12: safety }', 'regulation_risk', DEFAULT_POLICY.regulation_risk],
    ['source_risk: [safeguarding]', 'source_risk', DEFAULT_POLICY.source_risk],
  ])('keeps the default for the invalid setting %s (the schema rule reports it)', (line, key, expected) => {
    expect(policyOf(`policy:\n  ${line}\n`)[key as keyof typeof DEFAULT_POLICY]).toEqual(expected);
  });

  it('has no minimum sample for an invalid min_sample', () => {
    expect(policyOf('policy:\n  min_sample: 0\n').min_sample).toBeUndefined();
  });

  it('keeps every personal-data pattern in its place, so pattern i is always item i + 1 of cqc.yaml', () => {
    const policy = policyOf("policy:\n  personal_data:\n    patterns: ['R[0-9]{3}', '(Room', 7, '', 'Bed [A-Z]']\n");
    expect(policy.personal_data.patterns).toEqual(['R[0-9]{3}', '(Room', '', '', 'Bed [A-Z]']);
  });

  it('hands each caller its own maps, so one cannot change another\'s defaults', () => {
    resolvePolicy({}).regulation_risk['12']!.push('finance');
    resolvePolicy({}).source_risk.complaint = ['safety'];
    expect(resolvePolicy({}).regulation_risk['12']).toEqual(['safety']);
    expect(resolvePolicy({}).source_risk).toEqual({ safeguarding: ['safeguarding'] });
  });
});
