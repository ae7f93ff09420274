// The closure rules of SPEC.md, in the order their findings read best.
import type { Rule } from './types.js';

export const CLOSURE_RULES: readonly Rule[] = [];
