// The governance-meeting pack as plain data: what `cqc report` renders as Markdown or HTML.
// Built once from a check outcome so both renderings say exactly the same thing.
import type { EvidenceCategory } from '../../framework/evidence-categories.js';
import type { CheckSummary, Target } from '../../model.js';
import type { Rag, StatusRow } from '../../status/rows.js';
import type { XmrResult } from '../../spc/xmr.js';
import type { GroupedView } from './groups.js';
import type { GroupTheme } from './themes.js';

/** Someone named in the record, with the roles people.yaml gives them. */
export interface PersonRef { id: string; name: string; roles: string[] }

/** The commit that recorded a governance step, as the audit trail reads it from git. */
export interface CommitRef {
  commit: string;
  /** The author as people.yaml named them then, else the raw git name and email. */
  author: string;
  /** Person id of the author (by raw email, as of the commit's parent); absent when unknown. */
  person?: string;
  /** Author date as git recorded it, ISO 8601. */
  at: string;
  /** The same instant in UK time, "20 Oct 2026, 14:05". */
  when: string;
  /** Signature in words, for decision commits whose signature was verified. */
  signed?: string;
  /** The author is not the person the record names for this step. */
  notNamed: boolean;
}

export interface CategoryCount { category: EvidenceCategory; items: number; supporting: number }

export interface MeasurementPoint { id: string; date: string; value: number; label: string; meetsGoal: boolean }

/** One measured target drawn for the meeting: its measurements, SPC, and what it means for closure. */
export interface ChartItem {
  actionId: string;
  title: string;
  /** The target's id when the action has several (`targets:`); absent for a single `target:`. */
  targetId?: string;
  measure: string;
  unit: Target['unit'];
  goal: number;
  direction: Target['direction'];
  goalText: string;
  /** Every counted measurement up to the meeting date, several per date kept, oldest first. */
  points: MeasurementPoint[];
  /** XmR of the same measurements (one point per date), as of the meeting date. */
  spc: XmrResult;
  /** The variation and assurance verdict in words. */
  verdict: string;
  /** Where SPC and the closure rules disagree: which decides, and why. */
  closureNote?: string;
}

export interface PackAction {
  row: StatusRow;
  /** The owner as people.yaml names them. */
  owner: PersonRef | null;
  /** The six CQC evidence categories this action's evidence falls in (only those present). */
  categories: CategoryCount[];
  /** Evidence types of its supporting items, distinct, in first-seen order. */
  supportingTypes: string[];
}

export interface ReadyTarget {
  /** Absent for a single `target:`. */
  id?: string;
  goalText: string;
  /** The latest measurements the sustained-improvement rule looks at, newest last. */
  latest: MeasurementPoint[];
}

export interface ReadyItem {
  id: string;
  title: string;
  supportingTypes: string[];
  categories: CategoryCount[];
  targets: ReadyTarget[];
}

export interface BlockedItem { id: string; title: string; status: string; rag: Rag; blockers: { rule: string; message: string }[] }

/** One closure decision (close, hold or reject), as committed: a later reopen never hides it. */
export interface DecisionItem {
  id: string;
  title: string;
  decision: 'close' | 'hold' | 'reject';
  decidedOn?: string;
  decider: PersonRef | null;
  recommender: PersonRef | null;
  recommendedOn?: string;
  minutes?: string;
  /** With a hold: when governance decides again. */
  returnBy?: string;
  evidenceReviewed: string[];
  /** The commit that recorded it; absent when read from the files or not committed yet. */
  commit?: CommitRef;
  /** What became of it since, e.g. "reopened on 2026-11-02"; absent while it stands. */
  afterwards?: string;
  /** In the action file but not committed: outside the audit trail. */
  uncommitted?: boolean;
}

export interface ReviewItem {
  id: string;
  title: string;
  on: string;
  by: PersonRef | null;
  result: 'sustained' | 'deteriorated';
  note?: string;
  evidence: string[];
  commit?: CommitRef;
  uncommitted?: boolean;
}

export interface ReopeningItem {
  id: string;
  title: string;
  on: string;
  by: PersonRef | null;
  reason: string;
  commit?: CommitRef;
  uncommitted?: boolean;
}

/** What governance did in the period: from the git trail, or from the files when git was not read. */
export interface GovernanceRecord {
  source: 'git' | 'files';
  /** Why the files were read instead, and what that leaves out. */
  note?: string;
  decisions: DecisionItem[];
  reviews: ReviewItem[];
  reopenings: ReopeningItem[];
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
  /** Open actions on one theme or quality statement at policy.theme_threshold or more locations. */
  themes: GroupTheme[];
  themeThreshold: number;
  /** How many locations cqc.yaml lists (a theme needs at least theme_threshold of them). */
  locationCount: number;
  actions: PackAction[];
  /** With --by: the actions grouped that way, in place of the one list. */
  grouped?: GroupedView;
  ready: ReadyItem[];
  blocked: BlockedItem[];
  record: GovernanceRecord;
  reviewsDue: ReviewDueItem[];
  reopen: ReopenItem[];
  concerns: ConcernItem[];
  charts: ChartItem[];
}
