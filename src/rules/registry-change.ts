// people.yaml says who may decide; cqc.yaml's policy says what a decision needs. Changing either is
// itself a governance act that only a senior person may commit.
import { isSenior } from '../audit/index.js';
import { commitRef } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'registry-change',
  severity: 'error',
  stage: 'git',
  description: 'Roles, emails, signing keys or policy were changed by someone without a senior role.',
};

function anchor(ctx: RuleContext, file: 'people.yaml' | 'cqc.yaml', people: readonly string[]): Finding {
  const source = file === 'people.yaml' ? ctx.peopleFile : ctx.configFile;
  const base: Finding = { rule: META.id, severity: META.severity, file, message: '' };
  if (!source) return base;
  if (file === 'cqc.yaml') return findingAt(META, source, ['policy'], '', undefined, true);
  const list = (source.data as { people?: { id?: unknown }[] } | undefined)?.people;
  const index = Array.isArray(list) ? list.findIndex((p) => people.includes(String(p?.id))) : -1;
  return index >= 0 ? findingAt(META, source, ['people', index], '') : base;
}

export const registryChange: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const out: Finding[] = [];
    for (const change of trail.registryChanges) {
      const { commit } = change;
      if (change.exempt || !commit.judged || isSenior(commit.before, commit.person)) continue;
      const who = commit.person === undefined ? 'an author whose email is not in people.yaml' : `${commit.person}, who held no senior role (${commit.before.policy.senior_roles.join(', ')})`;
      const what = change.file === 'people.yaml' ? 'who may recommend, decide and sign' : 'what every closure must meet';
      out.push({
        ...anchor(ctx, change.file, change.people),
        message: `${change.file} was changed by ${who}, in ${commitRef(commit)}: ${change.changes.join('; ')}. `
          + `This file decides ${what}, so changes must be committed by someone with a senior role. Ask a senior person to review the change and commit it (or revert it); the records it affects are judged against the registry as it stood before.`,
      });
    }
    return out;
  },
};
