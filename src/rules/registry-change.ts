// people.yaml says who may decide; cqc.yaml says where the records are and what a decision needs.
// Changing either (moving it included) is itself a governance act that only someone holding a
// senior role group-wide may commit, and the audit trail can never be made to start after it.
import { registryProblem, type RegistryProblem } from '../audit/registry-verdict.js';
import type { RegistryChange } from '../audit/types.js';
import { commitRef } from '../audit/words.js';
import type { Finding } from '../model.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'registry-change',
  severity: 'error',
  stage: 'git',
  description: 'people.yaml or cqc.yaml was changed or moved by someone without a group-wide senior role, or the audit trail was set to start after the change.',
};

/** The finding's place: the first person or setting changed, where today's file still has it. */
export function registryAnchor(meta: RuleMeta, ctx: RuleContext, change: Pick<RegistryChange, 'file' | 'people' | 'fields'>): Finding {
  const source = change.file === 'people.yaml' ? ctx.peopleFile : ctx.configFile;
  const base: Finding = { rule: meta.id, severity: meta.severity, file: change.file, message: '' };
  if (!source) return base;
  if (change.file === 'cqc.yaml') {
    const field = change.fields.find((f) => hasPath(source.data, f)) ?? change.fields.map((f) => f.slice(0, 1)).find((f) => hasPath(source.data, f));
    return field ? findingAt(meta, source, field, '', undefined, true) : { ...base, line: 1, column: 1 };
  }
  const list = (source.data as { people?: { id?: unknown }[] } | undefined)?.people;
  const index = Array.isArray(list) ? list.findIndex((p) => change.people.includes(String(p?.id))) : -1;
  return index >= 0 ? findingAt(meta, source, ['people', index], '') : base;
}

function hasPath(data: unknown, path: readonly string[]): boolean {
  let at = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

function words(change: RegistryChange, problem: RegistryProblem): string {
  const { commit } = change;
  const parts: string[] = [];
  if (problem.notSenior) {
    const scoped = commit.person !== undefined && commit.before.people.get(commit.person)?.locations !== undefined;
    const who = commit.person === undefined ? 'an author whose email is not in people.yaml'
      : `${commit.person}, who held no senior role group-wide (${commit.before.policy.senior_roles.join(', ')})${scoped ? '; roles held only at some locations do not count for the register or the policy' : ''}`;
    const what = change.file === 'people.yaml' ? 'who may recommend, decide and sign' : 'where the records are and what every closure must meet';
    parts.push(`${change.file} was changed by ${who}, in ${commitRef(commit)}: ${change.changes.join('; ')}. `
      + `This file decides ${what}, so changes must be committed by someone with a senior role for the whole group. Ask a senior person to review the change and commit it (or revert it); the records it affects are judged against the registry as it stood before.`);
  }
  if (problem.lateStart) {
    parts.push(`${commitRef(commit)} sets policy.audit_trail_from to ${problem.lateStart.value}, after the date of that commit (${problem.lateStart.day}, UTC): the trail would then never judge the changes in between. `
      + `Set it to a date on or before ${problem.lateStart.day}, committed by a senior person; until then the audit trail starts where it did before.`);
  }
  return parts.join(' ');
}

export const registryChange: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const out: Finding[] = [];
    // Judged whatever the trail start: a change to the register is how the start itself is moved.
    for (const change of trail.registryChanges) {
      const problem = registryProblem(change, trail.commits);
      if (problem) out.push({ ...registryAnchor(META, ctx, change), message: words(change, problem) });
    }
    return out;
  },
};
