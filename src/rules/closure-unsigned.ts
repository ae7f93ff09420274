// Where the provider requires it, a closure must carry the decider's own digital signature, so the
// record proves who decided even if an email address is borrowed.
import { keysOf, signedWith, signatureWords } from '../audit/index.js';
import { closureDecisionCommit } from '../audit/verify.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import { personLabel } from './closure-facts.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'closure-unsigned',
  severity: 'error',
  stage: 'git',
  description: 'A decision commit lacks a good signature by a key listed for the decider.',
};

export const closureUnsigned: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      const commit = closureDecisionCommit(trail, file.path, action);
      const decider = action.closure?.decided_by;
      if (!commit || !commit.judged || decider === undefined || !commit.before.policy.require_signed_closures) continue;
      const keys = keysOf(commit.before, decider);
      if (signedWith(commit.signature, keys)) continue;
      const why = keys.length === 0
        ? `people.yaml (as it stood before that commit) lists no signing_keys for ${decider}`
        : `it is ${signatureWords(commit, keys, decider) ?? 'not verified'}`;
      out.push(findingAt(META, file, ['closure', 'decided_by'],
        `The closure of ${action.id} was recorded by ${commitWords(commit)}, and policy.require_signed_closures needs it signed with a key listed for ${personLabel(ctx, decider)}; ${why}. `
        + `Ask ${decider} to recommit the decision signed with their own key ("git commit -S"), with the key added to their signing_keys in people.yaml by a senior person beforehand.`,
        action.id, true));
    }
    return out;
  },
};
