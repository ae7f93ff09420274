// The domain vocabulary of an assurance repo, as SPEC.md names it. Plain data only.

export type Severity = 'error' | 'warning';
export type ActionStatus = 'open' | 'in_progress' | 'monitoring' | 'closed';
export type EvidenceType =
  | 'audit' | 'care_record' | 'observation' | 'feedback' | 'trend'
  | 'incident' | 'minutes' | 'training' | 'other';
export type Finding3 = 'supports' | 'concern' | 'neutral';

export interface Location { id: string; name?: string }

export interface Policy {
  high_risk_areas: string[];
  senior_roles: string[];
  min_evidence_sources: number;
  sustained_for: number;
  evidence_max_age: string;
  post_closure_review_within: string;
  require_signed_closures: boolean;
  audit_trail_from?: string;
}

export interface Config {
  provider: string;
  framework?: string;
  locations?: Location[];
  policy?: Partial<Policy>;
  // Glob overrides for where records live (defaults: actions/*.yaml and evidence/*/*.yaml).
  paths?: { actions?: string; evidence?: string };
}

export interface Person {
  id: string;
  name?: string;
  roles?: string[];
  emails?: string[];
  signing_keys?: string[];
}

export interface Target {
  measure: string;
  unit: 'percent' | 'count' | 'days' | 'other';
  goal: number;
  direction: 'at_least' | 'at_most';
  due?: string;
}

export interface ClosureCriteria {
  required_evidence?: EvidenceType[];
  min_sources?: number;
  sustained_for?: number;
  review_period?: string;
  reviewer?: string;
  approver?: string;
}

export interface Closure {
  recommended_by?: string;
  recommended_on?: string;
  decided_by?: string;
  decided_on?: string;
  decision?: 'close' | 'hold' | 'reject';
  evidence_reviewed?: string[];
  minutes?: string;
  rationale?: string;
}

export interface PostClosureReview { on: string; by: string; result: 'sustained' | 'deteriorated'; note?: string }
export interface Reopen { on: string; by: string; reason: string }
export interface Waiver { rule: string; reason: string; approved_by: string; expires?: string }

export interface Action {
  id: string;
  title: string;
  location?: string;
  raised: string;
  source?: string;
  baseline?: string;
  quality_statements?: string[];
  regulations?: string[];
  risk_areas?: string[];
  owner: string;
  target?: Target;
  closure_criteria?: ClosureCriteria;
  steps?: { role: string; does: string; records_in?: string; done?: string }[];
  monitoring?: {
    frequency?: 'weekly' | 'fortnightly' | 'monthly' | 'quarterly';
    warning_signs?: string[];
    escalation?: string;
    reopen_triggers?: string[];
  };
  status: ActionStatus;
  closure?: Closure;
  post_closure?: { review_due?: string; reviews?: PostClosureReview[] };
  reopened?: Reopen[];
  waivers?: Waiver[];
}

export interface Evidence {
  id: string;
  action: string;
  type: EvidenceType;
  from?: 'people' | 'staff' | 'partners';
  date: string;
  recorded_by?: string;
  summary?: string;
  measurement?: { value?: number; numerator?: number; denominator?: number };
  finding?: Finding3;
  attachments?: string[];
}

/** One problem cqc found. `file` is relative to the repo root with `/` separators. */
export interface Finding {
  rule: string;
  severity: Severity;
  file: string;
  line?: number;
  column?: number;
  action?: string;
  message: string;
  waived?: boolean;
}

export interface ActionReadiness { id: string; status: ActionStatus | string; ready: boolean }

export interface CheckSummary {
  actions: number;
  evidence: number;
  errors: number;
  warnings: number;
  waived: number;
  git: boolean;
}

/** What `cqc check --format json` prints (SPEC.md "Machine output"). */
export interface CheckReport {
  version: 1;
  summary: CheckSummary;
  findings: Finding[];
  actions: ActionReadiness[];
}
