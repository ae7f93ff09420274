// Every rule SPEC.md defines, with its default severity and a one-line description.
// Reporters (SARIF rule metadata, docs) and the rule registry both read this list.
import type { Severity } from '../model.js';

export type RuleStage = 'structure' | 'closure' | 'git';

export interface RuleMeta {
  id: string;
  severity: Severity;
  stage: RuleStage;
  description: string;
}

export const RULES: readonly RuleMeta[] = [
  { id: 'yaml-syntax', severity: 'error', stage: 'structure', description: 'A file is not valid YAML (duplicate keys included).' },
  { id: 'schema', severity: 'error', stage: 'structure', description: 'A file breaks its JSON Schema.' },
  { id: 'duplicate-id', severity: 'error', stage: 'structure', description: 'Two actions or two evidence items share an id.' },
  { id: 'id-filename', severity: 'error', stage: 'structure', description: "An id differs from its file name, or evidence sits under another action's folder." },
  { id: 'unknown-reference', severity: 'error', stage: 'structure', description: 'A person, role, action, evidence id, location or quality statement that does not exist.' },
  { id: 'attachment-missing', severity: 'error', stage: 'structure', description: 'An attachment is missing, or resolves outside the repo.' },
  { id: 'criteria-missing', severity: 'error', stage: 'closure', description: 'An action past "open" has no closure criteria or target.' },
  { id: 'evidence-sources', severity: 'error', stage: 'closure', description: 'Closed with fewer distinct supporting evidence types than required.' },
  { id: 'evidence-required-type', severity: 'error', stage: 'closure', description: 'Closed without a supporting item of each required evidence type.' },
  { id: 'evidence-window', severity: 'error', stage: 'closure', description: 'Evidence dated in the future, before the action was raised, or outside the decision window.' },
  { id: 'target-not-met', severity: 'error', stage: 'closure', description: 'Closed while the latest measurement misses the goal, or there is none.' },
  { id: 'target-not-sustained', severity: 'error', stage: 'closure', description: 'Closed while the latest measurements do not all meet the goal.' },
  { id: 'evidence-conflict', severity: 'error', stage: 'closure', description: 'Closed while a concern has no later supporting evidence of the same type.' },
  { id: 'self-approval', severity: 'error', stage: 'closure', description: "The closure was decided by the action's owner." },
  { id: 'approver-role', severity: 'error', stage: 'closure', description: 'The decider or recommender lacks the role the closure criteria require.' },
  { id: 'senior-review', severity: 'error', stage: 'closure', description: 'A high-risk action was closed without independent senior review.' },
  { id: 'post-closure-missing', severity: 'error', stage: 'closure', description: 'Closed without a post-closure review date within policy.' },
  { id: 'post-closure-overdue', severity: 'warning', stage: 'closure', description: 'The post-closure review date has passed with no review.' },
  { id: 'reopen-required', severity: 'error', stage: 'closure', description: 'Still closed although a review deteriorated or a later concern or incident was recorded.' },
  { id: 'overdue', severity: 'warning', stage: 'closure', description: 'The target due date has passed and the action is not closed.' },
  { id: 'monitoring-gap', severity: 'warning', stage: 'closure', description: "An open action's measurements have lapsed beyond its monitoring frequency." },
  { id: 'waiver-invalid', severity: 'error', stage: 'closure', description: 'A waiver is expired, names an unknown rule, or was not approved by an independent senior person.' },
  { id: 'shallow-history', severity: 'error', stage: 'git', description: 'The repository is a shallow clone, so the audit trail is incomplete.' },
  { id: 'not-committed', severity: 'warning', stage: 'git', description: 'An action or evidence file has changes that are not committed.' },
  { id: 'closure-attribution', severity: 'error', stage: 'git', description: 'The commit that recorded a recommendation or decision was not authored by that person.' },
  { id: 'closure-unsigned', severity: 'error', stage: 'git', description: 'A decision commit lacks a good signature by a key listed for the decider.' },
  { id: 'criteria-weakened', severity: 'error', stage: 'git', description: 'Target or closure criteria were weakened by the owner or by someone without a senior role.' },
  { id: 'evidence-altered', severity: 'error', stage: 'git', description: 'Evidence behind a closure was changed or deleted after the decision.' },
  { id: 'evidence-backdated', severity: 'error', stage: 'git', description: 'Evidence dated before the decision was first committed after it.' },
  { id: 'registry-change', severity: 'error', stage: 'git', description: 'Roles, emails, signing keys or policy were changed by someone without a senior role.' },
  { id: 'status-transition', severity: 'error', stage: 'git', description: 'A commit moved status outside the lifecycle, or closed without a recommendation.' },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleMeta(id: string): RuleMeta | undefined {
  return RULES.find((r) => r.id === id);
}
