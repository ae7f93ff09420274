// Who was who, and what the policy said, at each point in history. Every commit is judged against
// the registry as it stood in its parent, so nobody can authorise a change by editing it in the same commit.
import type { Person } from '../model.js';
import { resolvePolicy } from '../policy.js';
import type { Config } from '../model.js';
import { mapping, sameValue, strings, str, stable, type Data } from './parse.js';
import type { Registry } from './types.js';

export const EMPTY_REGISTRY: Registry = { people: new Map(), byEmail: new Map(), policy: resolvePolicy({}), hasPeople: false };

/** The people of a people.yaml version; entries without an id are ignored. */
export function peopleOf(data: Data): Map<string, Person> {
  const people = new Map<string, Person>();
  const entries = Array.isArray(data.people) ? data.people : [];
  for (const entry of entries) {
    const id = str(entry, 'id');
    if (id === undefined || people.has(id)) continue;
    const person: Person = { id, roles: strings(entry, 'roles'), emails: strings(entry, 'emails'), signing_keys: strings(entry, 'signing_keys') };
    const name = str(entry, 'name');
    if (name !== undefined) person.name = name;
    people.set(id, person);
  }
  return people;
}

export function withPeople(registry: Registry, data: Data): Registry {
  const people = peopleOf(data);
  const byEmail = new Map<string, string>();
  for (const p of people.values()) for (const e of p.emails ?? []) if (!byEmail.has(e.toLowerCase())) byEmail.set(e.toLowerCase(), p.id);
  return { ...registry, people, byEmail, hasPeople: true };
}

export function withConfig(registry: Registry, data: Data): Registry {
  return { ...registry, policy: resolvePolicy(data as Partial<Config>) };
}

/** The person whose listed emails include this raw author email (case-insensitive). */
export function personByEmail(registry: Registry, email: string): string | undefined {
  return registry.byEmail.get(email.trim().toLowerCase());
}

export function rolesOf(registry: Registry, personId: string | undefined): string[] {
  return personId === undefined ? [] : registry.people.get(personId)?.roles ?? [];
}

export function isSenior(registry: Registry, personId: string | undefined): boolean {
  return rolesOf(registry, personId).some((r) => registry.policy.senior_roles.includes(r));
}

export function keysOf(registry: Registry, personId: string | undefined): string[] {
  return personId === undefined ? [] : registry.people.get(personId)?.signing_keys ?? [];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => stable([...a].sort()) === stable([...b].sort());
const lower = (xs: readonly string[] | undefined): string[] => (xs ?? []).map((x) => x.toLowerCase());
const trimmed = (xs: readonly string[] | undefined): string[] => (xs ?? []).map((x) => x.trim().split(/\s+/).slice(0, 2).join(' '));

/**
 * What a people.yaml commit changed that matters for trust. Changing an existing person's roles,
 * emails or keys, or removing them, counts. Adding a new starter does not, unless they arrive with
 * a senior role or with an email that already belongs to someone (which would move that person's commits).
 */
export function peopleChanges(before: Registry, after: Map<string, Person>): { changes: string[]; people: string[] } {
  const changes: string[] = [];
  const people = new Set<string>();
  const note = (id: string, what: string) => { changes.push(what); people.add(id); };
  for (const [id, old] of before.people) {
    const now = after.get(id);
    if (!now) { note(id, `removed ${id}`); continue; }
    if (!sameSet(old.roles ?? [], now.roles ?? [])) note(id, `roles of ${id}: ${describe(old.roles ?? [], now.roles ?? [])}`);
    if (!sameSet(lower(old.emails), lower(now.emails))) note(id, `emails of ${id}: ${describe(lower(old.emails), lower(now.emails))}`);
    if (!sameSet(trimmed(old.signing_keys), trimmed(now.signing_keys))) note(id, `signing keys of ${id} changed`);
  }
  for (const [id, now] of after) {
    if (before.people.has(id)) continue;
    const senior = (now.roles ?? []).filter((r) => before.policy.senior_roles.includes(r));
    if (senior.length) note(id, `added ${id} with the senior role ${senior.join(', ')}`);
    for (const e of lower(now.emails)) {
      const holder = before.byEmail.get(e);
      if (holder !== undefined && holder !== id) note(id, `added ${id} with the email ${e}, which belongs to ${holder}`);
    }
  }
  return { changes, people: [...people] };
}

function describe(old: readonly string[], now: readonly string[]): string {
  const added = now.filter((x) => !old.includes(x));
  const removed = old.filter((x) => !now.includes(x));
  return [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** Did a cqc.yaml commit change the policy block? */
export function policyChanged(before: Data | null, after: Data): boolean {
  return !sameValue(mapping(before, 'policy') ?? null, mapping(after, 'policy') ?? null);
}
