// The audit-trail rules of SPEC.md; they read ctx.trail, which only the git stage fills.
import type { Rule } from './types.js';

export const GIT_RULES: readonly Rule[] = [];
