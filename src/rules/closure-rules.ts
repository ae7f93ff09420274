// The closure rules of SPEC.md, in the order their findings read best.
import { approverRole } from './approver-role.js';
import { criteriaMissing } from './criteria-missing.js';
import { evidenceConflict } from './evidence-conflict.js';
import { evidenceRequiredType } from './evidence-required-type.js';
import { evidenceSources } from './evidence-sources.js';
import { evidenceWindow } from './evidence-window.js';
import { monitoringGap } from './monitoring-gap.js';
import { overdue } from './overdue.js';
import { postClosureMissing } from './post-closure-missing.js';
import { postClosureOverdue } from './post-closure-overdue.js';
import { reopenRequired } from './reopen-required.js';
import { selfApproval } from './self-approval.js';
import { seniorReview } from './senior-review.js';
import { targetNotMet } from './target-not-met.js';
import { targetNotSustained } from './target-not-sustained.js';
import type { Rule } from './types.js';

export const CLOSURE_RULES: readonly Rule[] = [
  criteriaMissing,
  evidenceSources,
  evidenceRequiredType,
  evidenceWindow,
  targetNotMet,
  targetNotSustained,
  evidenceConflict,
  selfApproval,
  approverRole,
  seniorReview,
  postClosureMissing,
  postClosureOverdue,
  reopenRequired,
  overdue,
  monitoringGap,
];
