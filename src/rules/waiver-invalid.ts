// A waiver sets a rule aside for one action, knowingly and visibly: it must name a real rule, be
// approved by a senior person (at the action's location) who does not own the action, not have
// expired, and (when the trail is read) have been committed by its approver: a waiver typed in by
// someone else is not their decision. In signed mode it must also be signed by a senior's own key,
// so a waiver can never excuse the unsigned commit that brought it.
import { signedWith, signatureWords } from '../audit/signatures.js';
import { signedMode, signingTrust } from '../audit/signing.js';
import { waiverCommit } from '../audit/waivers.js';
import { commitWords } from '../audit/words.js';
import { isSenior, seniorsAt } from '../audit/registry.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import type { Action, Finding, Waiver } from '../model.js';
import { findingAt } from './finding.js';
import { isSeniorFor, lacksRoleWords } from './closure-facts.js';
import { isRuleId } from './index.js';
import { shown } from './reference-words.js';

const META: RuleMeta = {
  id: 'waiver-invalid',
  severity: 'error',
  stage: 'closure',
  description: 'A waiver is expired, names an unknown rule, or was not approved by an independent senior person.',
};

/** Why a waiver of the action in the file at `path` does not count (empty when it is valid). */
export function waiverProblems(ctx: RuleContext, path: string, action: Action, w: Waiver): string[] {
  const problems: string[] = [];
  if (!isRuleId(w.rule) || w.rule === META.id) {
    problems.push(`names "${w.rule}", which is not a rule cqc can waive; use a rule id from a finding, e.g. evidence-sources`);
  }
  if (w.expires !== undefined && w.expires < ctx.asOf) {
    problems.push(`expired on ${w.expires}; renew it with a new approval or meet the rule`);
  }
  if (w.approved_by === action.owner) {
    problems.push(`is approved by ${w.approved_by}, who owns the action; the owner cannot set a rule aside for their own work`);
  } else if (!ctx.people.has(w.approved_by)) {
    // Someone people.yaml does not list holds no role at all, so no senior one: the waiver never counts.
    problems.push(`is approved by ${shown(ctx, w.approved_by, 'someone')}, who is not in people.yaml and so holds no senior role (${ctx.policy.senior_roles.join(', ')}); name a senior person from people.yaml who does not own the action`);
  } else if (!isSeniorFor(ctx, w.approved_by, action)) {
    problems.push(`is approved by ${w.approved_by}, who ${lacksRoleWords(ctx, w.approved_by, action, `no senior role (${ctx.policy.senior_roles.join(', ')})`)}`);
  }
  const commit = ctx.trail ? waiverCommit(ctx.trail, path, w) : undefined;
  // SPEC: invalid when "committed by someone who is not senior or who owns the action" (judged against
  // the registry in the commit's parent). The approver, or another senior who does not own the action,
  // may commit it; anyone else typing it in does not make it a senior's decision.
  const committer = commit?.person;
  const committedBadly = committer === undefined ? 'who is not in people.yaml'
    : committer === action.owner ? 'who owns the action'
      : commit && !isSenior(commit.before, committer, action.location) ? `who held no senior role${action.location !== undefined ? ` at ${action.location}` : ' group-wide'} then`
        : undefined;
  if (commit && commit.judged && committedBadly !== undefined) {
    problems.push(`names ${w.approved_by} as approver, but was committed in ${commitWords(commit)}, ${committedBadly}; a waiver counts only when committed by a senior person who does not own the action, so ask ${w.approved_by} to review it and commit it themselves`);
  }
  if (commit && ctx.trail && signedMode(commit)) {
    const trust = signingTrust(ctx.trail);
    const keys = seniorsAt(commit.before, action.location).flatMap((id) => trust.trustedKeys(commit, id));
    if (!signedWith(commit.signature, keys)) {
      problems.push(`was added in ${commitWords(commit)}, which policy.require_signed_closures needs signed by a senior person's own listed key, and it is ${signatureWords(commit, keys, 'a senior person') ?? 'not verified'}; have ${w.approved_by} commit it again signed ("git commit -S")`);
    }
  }
  return problems;
}

export const waiverInvalid: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action } of ctx.actions) {
      action.waivers?.forEach((w, i) => {
        const problems = waiverProblems(ctx, file.path, action, w);
        if (problems.length) {
          out.push(findingAt(META, file, ['waivers', i], `The waiver of ${w.rule} on ${action.id} ${problems.join('; and ')}. Until then ${w.rule} applies in full.`, action.id));
        }
      });
    }
    return out;
  },
};
