// Whether a change to people.yaml or cqc.yaml stands: made by someone holding a senior role
// group-wide in the register before it, and never moving the start of the audit trail past the
// commit that moves it. registry-change reports it; the trail start and signing-key trust rest on it.
import { committedOn } from './commit-date.js';
import { isSenior } from './registry.js';
import type { Registry, RegistryChange, TrailCommit } from './types.js';

export interface RegistryProblem {
  /** The author held no senior role group-wide (or is not in people.yaml). */
  notSenior: boolean;
  /** policy.audit_trail_from was set after the commit's own date: the value, and that date. */
  lateStart?: { value: string; day: string };
}

/** What is wrong with a registry change, or undefined when it stands. Judged whatever the trail start. */
export function registryProblem(change: RegistryChange, commits: readonly TrailCommit[]): RegistryProblem | undefined {
  if (change.exempt) return undefined;
  const { commit } = change;
  const problem: RegistryProblem = { notSenior: !isSenior(commit.before, commit.person, undefined) };
  const value = change.trailFrom;
  if (typeof value === 'string') {
    const day = committedOn(commit);
    const named = /^[0-9a-f]{4,64}$/i.test(value) ? commits.find((c) => c.hash.startsWith(value.toLowerCase())) : undefined;
    const start = named ? committedOn(named) : value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(start) && start > day) problem.lateStart = { value, day };
  }
  return problem.notSenior || problem.lateStart ? problem : undefined;
}

/**
 * policy.audit_trail_from in force: HEAD's, unless the commit that last set it broke
 * registry-change; then the value before that commit (or none).
 */
export function trailStartValue(changes: readonly RegistryChange[], commits: readonly TrailCommit[], head: Registry): string | undefined {
  const last = [...changes].reverse().find((c) => c.file === 'cqc.yaml' && c.trailFrom !== undefined);
  if (!last || !registryProblem(last, commits)) return head.policy.audit_trail_from;
  return last.commit.before.config === null ? undefined : last.commit.before.policy.audit_trail_from;
}
