// Policy from cqc.yaml with the defaults SPEC.md gives, so rules never handle a missing setting.
import type { Config, Policy } from './model.js';

/** SPEC's default regulation_risk: the regulations whose breach is about safety, safeguarding, staffing or leadership. */
export const DEFAULT_REGULATION_RISK: Readonly<Record<string, readonly string[]>> = {
  '12': ['safety'],
  '13': ['safeguarding'],
  '17': ['leadership'],
  '18': ['staffing'],
  '19': ['staffing'],
  '5': ['leadership'],
  '20': ['leadership'],
};

/** SPEC's default source_risk: an action raised from a safeguarding concern is about safeguarding. */
export const DEFAULT_SOURCE_RISK: Readonly<Record<string, readonly string[]>> = { safeguarding: ['safeguarding'] };

/**
 * When a hold comes back to governance if the decider names no date: four weeks, about one cycle of
 * monthly governance meetings. `cqc hold` records it, and the schema message suggests it.
 */
export const DEFAULT_HOLD_RETURN = 'P4W';

export const DEFAULT_POLICY: Readonly<Policy> = {
  high_risk_areas: ['safety', 'safeguarding', 'medicines', 'staffing', 'leadership'],
  senior_roles: ['nominated-individual', 'provider-quality-lead'],
  min_evidence_sources: 2,
  sustained_for: 2,
  evidence_max_age: 'P90D',
  post_closure_review_within: 'P3M',
  require_signed_closures: false,
  min_evidence_categories: 2,
  min_independent_evidence: 1,
  regulation_risk: copyRiskMap(DEFAULT_REGULATION_RISK),
  source_risk: copyRiskMap(DEFAULT_SOURCE_RISK),
  spc_min_points: 12,
  require_spc_assurance: false,
  theme_threshold: 3,
  personal_data: { patterns: [] },
};

type Check = (v: unknown) => boolean;

const isNames: Check = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const atLeast = (min: number, max = Infinity): Check => (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isBoolean: Check = (v) => typeof v === 'boolean';
const isText: Check = (v) => typeof v === 'string';
const isRiskMap: Check = (v) => !!v && typeof v === 'object' && !Array.isArray(v)
  && Object.entries(v).every(([k, areas]) => k.startsWith('x-') || isNames(areas));

/** What each setting must look like to be used; the schema rule reports any other value. */
const CHECKS: Record<Exclude<keyof Policy, 'audit_trail_from' | 'min_sample' | 'personal_data'>, Check> = {
  high_risk_areas: isNames,
  senior_roles: isNames,
  min_evidence_sources: atLeast(1),
  sustained_for: atLeast(1),
  evidence_max_age: isText,
  post_closure_review_within: isText,
  require_signed_closures: isBoolean,
  min_evidence_categories: atLeast(1, 6),
  min_independent_evidence: atLeast(1),
  regulation_risk: isRiskMap,
  source_risk: isRiskMap,
  spc_min_points: atLeast(2),
  require_spc_assurance: isBoolean,
  theme_threshold: atLeast(2),
};

/** Each setting from cqc.yaml when it has the right type, else the default (the schema rule reports the bad value). */
export function resolvePolicy(config: Partial<Config>): Policy {
  const given = (config.policy && typeof config.policy === 'object' ? config.policy : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {
    ...DEFAULT_POLICY,
    regulation_risk: copyRiskMap(DEFAULT_POLICY.regulation_risk),
    source_risk: copyRiskMap(DEFAULT_POLICY.source_risk),
    personal_data: { patterns: [] },
  };
  for (const [key, ok] of Object.entries(CHECKS)) {
    if (ok(given[key])) out[key] = given[key];
  }
  // A provider's map replaces the default one whole (SPEC "Policy defaults"); x- keys are notes, not areas.
  for (const key of ['regulation_risk', 'source_risk'] as const) {
    if (CHECKS[key](given[key])) out[key] = copyRiskMap(given[key] as Record<string, readonly string[]>);
  }
  if (typeof given.audit_trail_from === 'string') out.audit_trail_from = given.audit_trail_from;
  if (atLeast(1)(given.min_sample)) out.min_sample = given.min_sample;
  const patterns = (given.personal_data as { patterns?: unknown } | undefined)?.patterns;
  if (Array.isArray(patterns)) {
    // Every entry in its place, so pattern i is cqc.yaml's item i + 1 in every message. Users
    // compile them with compileProviderPatterns (src/personal-data), where a bad one (a schema
    // finding) matches nothing and never stops the others; a non-text entry stays as '' for that.
    out.personal_data = { patterns: patterns.map((p) => (typeof p === 'string' ? p : '')) };
  }
  return out as unknown as Policy;
}

function copyRiskMap(map: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, areas] of Object.entries(map)) if (!key.startsWith('x-')) out[key] = [...areas];
  return out;
}
