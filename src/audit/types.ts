// The audit trail as plain data: every commit that touched the assurance folder, judged against
// people.yaml and cqc.yaml as they stood in its parent, and the events read from each file's versions.
import type { FileChange, GitIdentity, SignatureStatus } from '../git/index.js';
import type { Person, Policy } from '../model.js';
import type { FileKind } from '../repo/layout.js';

/** people.yaml and the policy of cqc.yaml at one point in history. */
export interface Registry {
  people: ReadonlyMap<string, Person>;
  /** Each person's people.yaml entry as written, by id (for noticing any change to it). */
  entries: ReadonlyMap<string, unknown>;
  /** Lower-cased raw email -> person id; the first person listing an email wins. */
  byEmail: ReadonlyMap<string, string>;
  policy: Policy;
  /** False until people.yaml has existed (nobody can be matched before that). */
  hasPeople: boolean;
  /** The cqc.yaml it was read from, parsed; null before there was one. */
  config: Record<string, unknown> | null;
  /** The folder its files sat in, relative to the assurance root ('' for the root; '../old/' before a move). */
  dir?: string;
}

export interface TrailCommit {
  hash: string;
  /** Position in the history, parents before children. */
  index: number;
  /** Positions of its parents that are in the history, first parent first. */
  parents: number[];
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
  /**
   * What the file held in each parent of the commit, first parent first: a blob id, or '' where it
   * did not exist. A merge's step whose first entry equals `blob` changed nothing on the main line.
   */
  bases?: string[];
  /** Committed as a symbolic link (mode 120000). */
  link?: boolean;
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
  /**
   * The file's version in each parent of the commit (first parent first), null where it did not
   * exist there. For a commit with one parent, the version before it.
   */
  bases: (Version | null)[];
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
  /** For a waiver, review or reopen: the list entry it added. */
  entry?: unknown;
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
  /** Keys of cqc.yaml that changed, e.g. ["policy", "min_evidence_sources"], to anchor findings. */
  fields: string[][];
  /** The commit's parent had no cqc.yaml anywhere: the register starts here, nothing to judge it against. */
  exempt: boolean;
  /** policy.audit_trail_from as this commit set it, when it changed it (null: removed). */
  trailFrom?: string | null;
  /** The register in the commit's parent (at the old path, for a move), and as the commit left it. */
  before: Registry;
  after: Registry;
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
  /** policy.audit_trail_from in force, when set. */
  start?: string;
  /** Paths committed as symbolic links at the newest commit (any file or folder). */
  links: string[];
}
