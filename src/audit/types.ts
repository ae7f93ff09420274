// The audit trail as plain data: every commit that touched the assurance folder, judged against
// people.yaml and cqc.yaml as they stood in its parent, and the events read from each file's versions.
import type { FileChange, GitIdentity, SignatureStatus } from '../git/index.js';
import type { Person, Policy } from '../model.js';
import type { FileKind } from '../repo/layout.js';

/** people.yaml and the policy of cqc.yaml at one point in history. */
export interface Registry {
  people: ReadonlyMap<string, Person>;
  /** Lower-cased raw email -> person id; the first person listing an email wins. */
  byEmail: ReadonlyMap<string, string>;
  policy: Policy;
  /** False until people.yaml has existed (nobody can be matched before that). */
  hasPeople: boolean;
}

export interface TrailCommit {
  hash: string;
  /** Position in the first-parent history, oldest first. */
  index: number;
  author: GitIdentity;
  committer: GitIdentity;
  subject: string;
  trailers: Record<string, string[]>;
  /** people.yaml and cqc.yaml as they stood in this commit's parent. */
  before: Registry;
  /** Person id whose people.yaml emails (in `before`) include the raw author email; absent when none. */
  person?: string;
  /** False before policy.audit_trail_from, or for the cut-off first commit of a shallow clone. */
  judged: boolean;
  /** Filled only for the commits whose signature was verified. */
  signature?: SignatureStatus;
}

/** One step in the life of one file, following renames. */
export interface FileStep {
  index: number;
  status: FileChange['status'];
  path: string;
  oldPath?: string;
  /** Object id of the content after this step, when the history pass gave it. */
  blob?: string;
}


/** A file's whole history: renames continue it, a deletion ends it until the same path returns. */
export interface FileChain {
  kind: FileKind;
  /** Latest path. */
  path: string;
  steps: FileStep[];
}

/** A file's parsed content at one step; `data` null when deleted there, `broken` when not a YAML mapping. */
export interface Version {
  commit: TrailCommit;
  step: FileStep;
  data: Record<string, unknown> | null;
  broken: boolean;
}

export type EventKind = 'raised' | 'restored' | 'renamed' | 'deleted' | 'status' | 'criteria' | 'recommended'
  | 'decided' | 'waiver' | 'review' | 'reopened' | 'evidence-added' | 'evidence-changed' | 'evidence-deleted';

/** What a criteria or target change gave away, e.g. "goal lowered from 95 to 80". */
export interface Weakening {
  /** Path of the weakened field in the action file, e.g. ["target", "goal"]. */
  field: (string | number)[];
  what: string;
}

export interface AuditEvent {
  kind: EventKind;
  action: string;
  commit: TrailCommit;
  path: string;
  /** The person the record names for this step (decided_by, recommended_by, approved_by, by). */
  named?: string;
  from?: string;
  to?: string;
  weakened?: Weakening[];
  /** Plain words for the timeline, e.g. "closure decided (close) on 2026-10-20". */
  detail: string;
  /** The action version this event produced (absent for evidence events and deletions). */
  version?: Version;
  /** The version it was compared with. */
  previous?: Version;
}

export interface ActionTrail {
  /** The action id (from the latest readable version, else the file name). */
  id: string;
  chain: FileChain;
  versions: Version[];
  events: AuditEvent[];
}

export interface EvidenceTrail {
  chain: FileChain;
  /** Parsed versions; read only for files that changed after they were added. */
  versions: Version[];
  /** Every action this item has belonged to (its `action` field at any version, or its folder). */
  actions: Set<string>;
}

export interface RegistryChange {
  commit: TrailCommit;
  file: 'people.yaml' | 'cqc.yaml';
  /** Plain words, e.g. "roles of dan-jones: added nominated-individual". */
  changes: string[];
  /** Person ids whose entries changed, to anchor findings. */
  people: string[];
  /** The file's first version (nothing to judge it against) or the first commit of the trail. */
  exempt: boolean;
}

export interface Trail {
  shallow: boolean;
  commits: TrailCommit[];
  actions: ActionTrail[];
  evidence: EvidenceTrail[];
  /** Attachments and other files: their histories, by latest path. */
  others: FileChain[];
  registryChanges: RegistryChange[];
  /** Assurance-root paths with changes not yet committed (incl. untracked and deleted). */
  uncommitted: string[];
  /** policy.audit_trail_from as applied, when set. */
  start?: string;
}
