// Policy from cqc.yaml with the defaults SPEC.md gives, so rules never handle a missing setting.
import type { Config, Policy } from './model.js';

export const DEFAULT_POLICY: Readonly<Policy> = {
  high_risk_areas: ['safety', 'safeguarding', 'medicines', 'staffing', 'leadership'],
  senior_roles: ['nominated-individual', 'provider-quality-lead'],
  min_evidence_sources: 2,
  sustained_for: 2,
  evidence_max_age: 'P90D',
  post_closure_review_within: 'P3M',
  require_signed_closures: false,
};

/** Each setting from cqc.yaml when it has the right type, else the default (the schema rule reports the bad value). */
export function resolvePolicy(config: Partial<Config>): Policy {
  const given = (config.policy && typeof config.policy === 'object' ? config.policy : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = { ...DEFAULT_POLICY };
  for (const [key, fallback] of Object.entries(DEFAULT_POLICY)) {
    const v = given[key];
    const ok = Array.isArray(fallback) ? Array.isArray(v) && v.every((x) => typeof x === 'string')
      : typeof fallback === 'number' ? Number.isInteger(v) && (v as number) >= 1
        : typeof v === typeof fallback;
    if (ok) out[key] = v;
  }
  if (typeof given.audit_trail_from === 'string') out.audit_trail_from = given.audit_trail_from;
  return out as unknown as Policy;
}
