// Where the provider requires it, a closure must carry the decider's own digital signature, so the
// record proves who decided even if an email address is borrowed. In that mode the register, the
// policy and every waiver change only under a signature too, by a key its author already had:
// otherwise whoever can push could list their own key and sign as anyone.
import { signatureWords, signedWith } from '../audit/index.js';
import { stable } from '../audit/parse.js';
import { signedMode, signingTrust, type UnsignedChange } from '../audit/signing.js';
import type { TrailCommit } from '../audit/types.js';
import { decisionSteps } from '../audit/verify.js';
import { commitWords } from '../audit/words.js';
import type { Finding } from '../model.js';
import { personLabel } from './closure-facts.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';
import { registryAnchor } from './registry-change.js';

const META: RuleMeta = {
  id: 'closure-unsigned',
  severity: 'error',
  stage: 'git',
  description: 'In signed mode, a decision, or a change to people.yaml, cqc.yaml or a waiver, lacks a good signature by a key that counts for its author.',
};

/** Why a commit's signature does not count for `person`, in words. */
function why(commit: TrailCommit, person: string | undefined, keys: readonly string[]): string {
  if (person === undefined) return `its author (${commit.author.email}) is not in people.yaml, so no key of theirs counts`;
  if (keys.length === 0) return `people.yaml (as it stood before that commit) lists no signing key for ${person} that counts (a key counts only after the commit that added it, and only if that commit was itself signed and made by a senior person)`;
  return `it is ${signatureWords(commit, keys, person) ?? 'not verified'}`;
}

function unsignedChange(ctx: RuleContext, u: UnsignedChange): Finding {
  const trust = signingTrust(ctx.trail!);
  const person = u.commit.person;
  const reason = why(u.commit, person, trust.trustedKeys(u.commit, person));
  const fix = `With policy.require_signed_closures on, people.yaml, cqc.yaml and every waiver change only under a good signature by a key the author already had. Ask ${person ?? 'a senior person'} to make the change again in a commit signed with their own listed key ("git commit -S"), or revert it.`;
  if ('file' in u.what) {
    const anchor = registryAnchor(META, ctx, { file: u.what.file, people: u.what.people, fields: u.what.fields });
    return { ...anchor, message: `${u.what.file} was changed in ${commitWords(u.commit)}, but ${reason}. ${fix}` };
  }
  const { action, path, waiver } = u.what;
  const record = ctx.actions.find((r) => r.action.id === action && r.file.path === path) ?? ctx.actions.find((r) => r.action.id === action);
  const index = record?.action.waivers?.findIndex((w) => stable(w) === stable(waiver)) ?? -1;
  const message = `A waiver on ${action} was added in ${commitWords(u.commit)}, but ${reason}. ${fix}`;
  if (!record) return { rule: META.id, severity: META.severity, file: path, action, message };
  return findingAt(META, record.file, index >= 0 ? ['waivers', index] : ['waivers'], message, action);
}

export const closureUnsigned: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const trust = signingTrust(trail);
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      const decider = action.closure?.decided_by;
      if (decider === undefined) continue;
      for (const commit of decisionSteps(trail, file.path, action)) {
        if (!signedMode(commit)) continue;
        const keys = trust.trustedKeys(commit, decider);
        if (signedWith(commit.signature, keys)) continue;
        out.push(findingAt(META, file, ['closure', 'decided_by'],
          `The ${action.closure?.decision === 'hold' ? 'hold decision' : 'closure'} of ${action.id} was recorded by ${commitWords(commit)}, and policy.require_signed_closures needs it signed with a key listed for ${personLabel(ctx, decider)}; ${why(commit, decider, keys)}. `
          + `Ask ${decider} to recommit the decision signed with their own key ("git commit -S"), with the key added to their signing_keys in people.yaml by a senior person beforehand.`,
          action.id, true));
      }
    }
    for (const u of trust.unsigned) if (u.commit.judged) out.push(unsignedChange(ctx, u));
    return out;
  },
};
