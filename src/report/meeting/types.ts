// The governance-meeting pack as plain data: what `cqc report` renders as Markdown or HTML.
// Built once from a check outcome so both renderings say exactly the same thing.
import type { EvidenceCategory } from '../../framework/evidence-categories.js';
import type { CheckSummary, Target } from '../../model.js';
import type { Rag, StatusRow } from '../../status/rows.js';

/** The commit that recorded a closure decision, as the audit trail reads it from git. */
export interface DecisionCommit {
  commit: string;
  author: string;
  date: string;
  /** Signature status in words (e.g. "good signature by Grace Okafor"), when known. */
  signed?: string;
}

/** Someone named in the record, with the roles people.yaml gives them. */
export interface PersonRef { id: string; name: string; roles: string[] }

export interface CategoryCount { category: EvidenceCategory; items: number; supporting: number }

export interface MeasurementPoint { id: string; date: string; value: number; label: string; meetsGoal: boolean }

/** An action's measurements against its target, oldest first: one chart or table each. */
export interface Trend {
  actionId: string;
  title: string;
  measure: string;
  unit: Target['unit'];
  goal: number;
  direction: Target['direction'];
  goalText: string;
  points: MeasurementPoint[];
}

export interface PackAction {
  row: StatusRow;
  /** The six CQC evidence categories this action's evidence falls in (only those present). */
  categories: CategoryCount[];
  /** Evidence types of its supporting items, distinct, in first-seen order. */
  supportingTypes: string[];
  trend?: Trend;
}

export interface ReadyItem {
  id: string;
  title: string;
  supportingTypes: string[];
  categories: CategoryCount[];
  goalText?: string;
  /** The latest measurements the sustained-improvement rule looks at, newest last. */
  latest: MeasurementPoint[];
}

export interface BlockedItem { id: string; title: string; status: string; rag: Rag; blockers: { rule: string; message: string }[] }

export interface DecisionItem {
  id: string;
  title: string;
  decision: 'close' | 'hold' | 'reject';
  decidedOn: string;
  decider: PersonRef | null;
  recommender: PersonRef | null;
  recommendedOn?: string;
  minutes?: string;
  evidenceReviewed: string[];
  /** From git when the audit trail supplied it; absent means "from the record" only. */
  commit?: DecisionCommit;
}

export interface ReviewDueItem {
  id: string;
  title: string;
  reviewDue: string;
  /** Negative when overdue. */
  daysLeft: number;
  overdue: boolean;
  decidedOn?: string;
}

export interface ReopenItem {
  id: string;
  title: string;
  /** Plain-English reasons the record says it must reopen (reopen-required findings). */
  reasons: string[];
  /** The reopen triggers agreed for the action, for the meeting to compare against. */
  agreedTriggers: string[];
}

export interface ConcernItem {
  id: string;
  title: string;
  status: string;
  evidence: { id: string; date: string; type: string; summary: string }[];
  warningSigns: string[];
}

export interface PackSummary extends CheckSummary {
  byStatus: { status: string; count: number }[];
  byRag: Record<Rag, number>;
  readyToClose: number;
  blocked: number;
}

export interface MeetingPack {
  provider: string;
  asOf: string;
  since: string;
  gitNote?: string;
  summary: PackSummary;
  actions: PackAction[];
  ready: ReadyItem[];
  blocked: BlockedItem[];
  decisions: DecisionItem[];
  reviewsDue: ReviewDueItem[];
  reopen: ReopenItem[];
  concerns: ConcernItem[];
  trends: Trend[];
}
