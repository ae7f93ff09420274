// The plain data the pipeline passes from stage to stage: load -> validate -> history -> rules ->
// report. Every stage and every rule imports these from here; the engine owns them.
import type { Trail } from '../audit/types.js';
import type { Framework } from '../framework/index.js';
import type { Action, Config, Evidence, Finding, Person, Policy, Severity } from '../model.js';
import type { Layout } from '../repo/layout.js';
import type { RecordList } from '../repo/load.js';
import type { SourceFile } from '../repo/source.js';
import type { SchemaProblem } from '../schema/messages.js';
import type { SchemaName } from '../schema/validator.js';

export interface ActionRecord { file: SourceFile; action: Action }
export interface EvidenceRecord { file: SourceFile; evidence: Evidence }

/** A parsed file with the schema it is judged against. */
export interface RecordFile { file: SourceFile; kind: SchemaName; problems: SchemaProblem[] }

export type AttachmentState = 'ok' | 'missing' | 'outside' | 'folder';

export interface RuleContext {
  root: string;
  /** "Today" for every date rule (--as-of), YYYY-MM-DD. */
  asOf: string;
  config: Partial<Config>;
  configFile: SourceFile;
  /** Where records live, from cqc.yaml (flat, by-location or provider globs). */
  layout: Layout;
  policy: Policy;
  people: Map<string, Person>;
  peopleFile: SourceFile | null;
  /** Every role held by someone in people.yaml. */
  roles: Set<string>;
  /** Location ids from cqc.yaml; null when it lists none (then any location is accepted). */
  locations: Set<string> | null;
  framework: Framework;
  /** Every YAML file read, valid or not, with its schema problems. */
  files: RecordFile[];
  /** Every action and evidence path in the repo, read or not (a scoped run reads only some). */
  listed: RecordList;
  /** Actions and evidence whose files passed their schema. */
  actions: ActionRecord[];
  evidence: EvidenceRecord[];
  /** The valid action with this id (the first, should two share it). */
  actionById(id: string): ActionRecord | undefined;
  /** Evidence whose `action` names the id, oldest first (date, then id). */
  evidenceFor(actionId: string): EvidenceRecord[];
  evidenceById: Map<string, EvidenceRecord[]>;
  attachments: Map<string, AttachmentState>;
  /** The text of each text attachment (.txt, .csv, .md) inside the repo, by path, for the personal-data rule. */
  attachmentTexts: Map<string, string>;
  /** Record folders and files, cqc.yaml and people.yaml that are symbolic links in the work tree. */
  links: string[];
  /** The audit trail read from git; absent when the git rules do not run. */
  trail?: Trail;
}

/** When a rule can run: on the records alone, on a closure decision, or on the git trail. */
export type RuleStage = 'structure' | 'closure' | 'git';

/** What a rule is, for the registry, SARIF metadata and docs. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  stage: RuleStage;
  /** One line on what it finds. */
  description: string;
  /** A warning that still stops `cqc close` (and so closure readiness) while it stands. */
  blocksClose?: boolean;
  /**
   * Judges an action by what its evidence items hold (types, categories, recorders, measurements,
   * dates): an unreadable evidence item of that action could change the answer either way.
   */
  countsEvidence?: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}
