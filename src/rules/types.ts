// What every rule receives: plain data gathered by the earlier stages. Rules never touch disk or git.
import type { Framework } from '../framework/index.js';
import type { Action, Config, Evidence, Finding, Person, Policy } from '../model.js';
import type { DataPath, SourceFile } from '../repo/source.js';
import type { SchemaProblem } from '../schema/messages.js';
import type { SchemaName } from '../schema/validator.js';
import type { RuleMeta } from './catalogue.js';

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
  /** Actions and evidence whose files passed their schema. */
  actions: ActionRecord[];
  evidence: EvidenceRecord[];
  /** Evidence whose `action` names the id, oldest first (date, then id). */
  evidenceFor(actionId: string): EvidenceRecord[];
  evidenceById: Map<string, EvidenceRecord[]>;
  attachments: Map<string, AttachmentState>;
  /** Extra data the git stage adds for git rules; absent when git rules do not run. */
  trail?: unknown;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): Finding[];
}

/** A finding anchored at a node of a file. */
export function findingAt(meta: RuleMeta, file: SourceFile, path: DataPath, message: string, action?: string, key = false): Finding {
  const pos = file.locate(path, key);
  const f: Finding = { rule: meta.id, severity: meta.severity, file: file.path, line: pos.line, column: pos.column, message };
  if (action !== undefined) f.action = action;
  return f;
}
