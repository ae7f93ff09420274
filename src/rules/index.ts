// The rule registry: every rule cqc applies, by stage.
import { attachmentMissing } from './attachment-missing.js';
import { CLOSURE_RULES } from './closure-rules.js';
import { duplicateId } from './duplicate-id.js';
import { GIT_RULES } from './git-rules.js';
import { idFilename } from './id-filename.js';
import { schema } from './schema.js';
import type { Rule } from './types.js';
import { unknownReference } from './unknown-reference.js';
import { waiverInvalid } from './waivers.js';
import { yamlSyntax } from './yaml-syntax.js';

export const STRUCTURE_RULES: readonly Rule[] = [yamlSyntax, schema, duplicateId, idFilename, unknownReference, attachmentMissing];

export function rulesFor(opts: { git: boolean }): Rule[] {
  return [...STRUCTURE_RULES, ...CLOSURE_RULES, waiverInvalid, ...(opts.git ? GIT_RULES : [])];
}

export { CLOSURE_RULES, GIT_RULES };
