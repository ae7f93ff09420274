// The domain vocabulary of an assurance repo, as SPEC.md names it. Plain data only.

export type Severity = 'error' | 'warning';
export type ActionStatus = 'open' | 'in_progress' | 'monitoring' | 'closed';
export type EvidenceType =
  | 'audit' | 'care_record' | 'observation' | 'feedback' | 'trend'
  | 'incident' | 'minutes' | 'training' | 'other';
export type Finding3 = 'supports' | 'concern' | 'neutral';
export type FeedbackFrom = 'people' | 'staff' | 'partners';
export type Frequency = 'weekly' | 'fortnightly' | 'monthly' | 'quarterly';
export type ActionSource =
  | 'cqc-inspection' | 'internal-audit' | 'mock-inspection' | 'provider-visit' | 'complaint'
  | 'incident' | 'safeguarding' | 'whistleblowing' | 'commissioner' | 'local-authority'
  | 'pharmacy-audit' | 'feedback' | 'other';
/** Where records live: actions/ and evidence/ at the top (flat), or under locations/<id>/ (by-location). */
export type Layout = 'flat' | 'by-location';

export interface Location {
  id: string;
  name?: string;
  /** The CQC location ID, e.g. 1-123456789. */
  cqc_id?: string;
  region?: string;
}

export interface Policy {
  high_risk_areas: string[];
  senior_roles: string[];
  min_evidence_sources: number;
  sustained_for: number;
  evidence_max_age: string;
  post_closure_review_within: string;
  require_signed_closures: boolean;
  audit_trail_from?: string;
  min_evidence_categories: number;
  min_independent_evidence: number;
  /** A measurement with a smaller denominator does not count; absent means no minimum. */
  min_sample?: number;
  /** Regulation number -> risk areas it implies. A provider's map replaces the default whole. */
  regulation_risk: Record<string, string[]>;
  /** Action source -> risk areas it implies. A provider's map replaces the default whole. */
  source_risk: Record<string, string[]>;
  spc_min_points: number;
  require_spc_assurance: boolean;
  theme_threshold: number;
  /** The provider's own personal-data patterns (JavaScript regular expression sources). */
  personal_data: { patterns: string[] };
}

export interface Config {
  provider: string;
  framework?: string;
  locations?: Location[];
  policy?: Partial<Policy>;
  /** Absent means flat. Never together with `paths` (a schema error). */
  layout?: Layout;
  // Glob overrides for where records live (defaults: actions/*.yaml and evidence/*/*.yaml).
  paths?: { actions?: string; evidence?: string };
}

export interface Person {
  id: string;
  name?: string;
  roles?: string[];
  emails?: string[];
  signing_keys?: string[];
  /** Locations where this person's roles count; absent means group-wide. */
  locations?: string[];
}

export interface Target {
  /** Optional on a single `target:`; reports then call it "target". */
  id?: string;
  measure: string;
  unit: 'percent' | 'count' | 'days' | 'other';
  goal: number;
  direction: 'at_least' | 'at_most';
  due?: string;
  /** SPC is judged on measurements from this date on. */
  spc_from?: string;
}

/** One entry of `targets:`, whose id measurements name (lower-case slug, unique in the action). */
export interface ListedTarget extends Target { id: string }

export interface ClosureCriteria {
  required_evidence?: EvidenceType[];
  min_sources?: number;
  sustained_for?: number;
  min_categories?: number;
  min_independent?: number;
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
  /** Required with decision: hold (the schema enforces it): when governance decides again. */
  return_by?: string;
}

export interface PostClosureReview {
  on: string;
  by: string;
  result: 'sustained' | 'deteriorated';
  /** Evidence ids the reviewer looked at. */
  evidence?: string[];
  note?: string;
}

export interface PostClosure {
  review_due?: string;
  /** Measured evidence still expected after closure, until `until`. */
  monitoring?: { frequency: Frequency; until: string };
  reviews?: PostClosureReview[];
}
export interface Reopen { on: string; by: string; reason: string }
export interface Waiver { rule: string; reason: string; approved_by: string; expires?: string }

export interface Action {
  id: string;
  title: string;
  location?: string;
  raised: string;
  source?: ActionSource;
  source_ref?: string;
  /** A slug linking the same concern across locations. */
  theme?: string;
  baseline?: string;
  quality_statements?: string[];
  regulations?: string[];
  risk_areas?: string[];
  owner: string;
  /** One target, or `targets`, never both (the schema enforces it). */
  target?: Target;
  targets?: ListedTarget[];
  closure_criteria?: ClosureCriteria;
  steps?: { role: string; does: string; records_in?: string; done?: string }[];
  monitoring?: {
    frequency?: Frequency;
    warning_signs?: string[];
    escalation?: string;
    reopen_triggers?: string[];
  };
  status: ActionStatus;
  closure?: Closure;
  post_closure?: PostClosure;
  reopened?: Reopen[];
  waivers?: Waiver[];
}

export interface Evidence {
  id: string;
  action: string;
  type: EvidenceType;
  /** Required when type is feedback. */
  from?: FeedbackFrom;
  date: string;
  recorded_by: string;
  summary?: string;
  /** `target` names one of the action's `targets` by id. */
  measurement?: { value?: number; numerator?: number; denominator?: number; target?: string };
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

/** SPC verdicts (SPEC "SPC assurance (v2)"). */
export type Variation = 'improvement' | 'concern' | 'common-cause';
export type Assurance = 'consistent-pass' | 'consistent-fail' | 'hit-and-miss';

/** One target of an action in the JSON output, as of --as-of (id `target` for a single `target:`). */
export interface TargetState {
  id: string;
  /** The latest measured value up to --as-of, or null. */
  latest: number | null;
  /** Whether that value meets the goal, or null when there is none. */
  met: boolean | null;
  variation: Variation | null;
  assurance: Assurance | null;
}

export interface ActionReadiness {
  id: string;
  status: ActionStatus | string;
  ready: boolean;
  /** Its effective risk areas meet policy.high_risk_areas. */
  high_risk: boolean;
  /** The effective risk areas, sorted: its own and those its statements, regulations and source imply. */
  risk_areas: string[];
  targets: TargetState[];
}

export interface CheckSummary {
  actions: number;
  evidence: number;
  errors: number;
  warnings: number;
  waived: number;
  git: boolean;
  /** Findings left out because they only follow from a file that could not be read (v2). */
  held_back: number;
}

/** What `cqc check --format json` prints (SPEC.md "Machine output"). */
export interface CheckReport {
  version: 1;
  summary: CheckSummary;
  findings: Finding[];
  actions: ActionReadiness[];
}
