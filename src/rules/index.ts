// The rule registry: every rule cqc applies, in the order their findings read best. Each rule
// carries its own metadata (id, severity, stage, description) in its file.
import type { Rule, RuleMeta } from '../engine/types.js';
import { approverRole } from './approver-role.js';
import { attachmentMissing } from './attachment-missing.js';
import { closureAttribution } from './closure-attribution.js';
import { closureUnsigned } from './closure-unsigned.js';
import { criteriaBelowPolicy } from './criteria-below-policy.js';
import { criteriaMissing } from './criteria-missing.js';
import { criteriaWeakened } from './criteria-weakened.js';
import { duplicateId } from './duplicate-id.js';
import { evidenceAltered } from './evidence-altered.js';
import { evidenceBackdated } from './evidence-backdated.js';
import { evidenceCategories } from './evidence-categories.js';
import { evidenceConflict } from './evidence-conflict.js';
import { evidenceIndependence } from './evidence-independence.js';
import { evidenceRequiredType } from './evidence-required-type.js';
import { evidenceSources } from './evidence-sources.js';
import { evidenceWindow } from './evidence-window.js';
import { holdOverdue } from './hold-overdue.js';
import { idFilename } from './id-filename.js';
import { measurementInvalid } from './measurement-invalid.js';
import { monitoringGap } from './monitoring-gap.js';
import { notCommitted } from './not-committed.js';
import { overdue } from './overdue.js';
import { personalData } from './personal-data.js';
import { placeholderText } from './placeholder-text.js';
import { postClosureMissing } from './post-closure-missing.js';
import { postClosureOverdue } from './post-closure-overdue.js';
import { postClosureReview } from './post-closure-review.js';
import { registryChange } from './registry-change.js';
import { reopenRequired } from './reopen-required.js';
import { schema } from './schema.js';
import { selfApproval } from './self-approval.js';
import { seniorReview } from './senior-review.js';
import { shallowHistory } from './shallow-history.js';
import { statusTransition } from './status-transition.js';
import { targetNotAssured } from './target-not-assured.js';
import { targetNotMet } from './target-not-met.js';
import { targetNotSustained } from './target-not-sustained.js';
import { unknownReference } from './unknown-reference.js';
import { waiverInvalid } from './waiver-invalid.js';
import { yamlSyntax } from './yaml-syntax.js';

export const RULES: readonly Rule[] = [
  // structure: is each record readable and consistent?
  yamlSyntax, schema, duplicateId, idFilename, unknownReference, attachmentMissing, personalData, placeholderText,
  measurementInvalid,
  // closure: may each action close (or stay closed)?
  criteriaMissing, evidenceSources, evidenceCategories, evidenceIndependence, criteriaBelowPolicy,
  evidenceRequiredType, evidenceWindow, targetNotMet, targetNotSustained, targetNotAssured,
  evidenceConflict, selfApproval, approverRole, seniorReview, postClosureMissing, postClosureOverdue,
  postClosureReview, holdOverdue, reopenRequired, overdue, monitoringGap, waiverInvalid,
  // git: does the trail show who did what?
  shallowHistory, notCommitted, closureAttribution, closureUnsigned, criteriaWeakened,
  evidenceAltered, evidenceBackdated, registryChange, statusTransition,
];

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);

/** The rules of one stage, in registry order. */
export function rulesOf(stage: RuleMeta['stage']): Rule[] {
  return RULES.filter((r) => r.meta.stage === stage);
}

/** Rule ids whose findings stop `cqc close` even as warnings. */
export const CLOSE_BLOCKING: ReadonlySet<string> = new Set(RULES.filter((r) => r.meta.blocksClose).map((r) => r.meta.id));

/** Is `id` a rule cqc applies (and so may be named in a waiver)? */
export function isRuleId(id: string): boolean {
  return RULES.some((r) => r.meta.id === id);
}
