// The audit-trail rules of SPEC.md; they read ctx.trail, which only the git stage fills.
import { closureAttribution } from './closure-attribution.js';
import { closureUnsigned } from './closure-unsigned.js';
import { criteriaWeakened } from './criteria-weakened.js';
import { evidenceAltered } from './evidence-altered.js';
import { evidenceBackdated } from './evidence-backdated.js';
import { notCommitted } from './not-committed.js';
import { registryChange } from './registry-change.js';
import { shallowHistory } from './shallow-history.js';
import { statusTransition } from './status-transition.js';
import type { Rule } from './types.js';
import { waiverCommit } from './waiver-commit.js';

export const GIT_RULES: readonly Rule[] = [
  shallowHistory, notCommitted, closureAttribution, closureUnsigned, criteriaWeakened,
  evidenceAltered, evidenceBackdated, registryChange, statusTransition, waiverCommit,
];
