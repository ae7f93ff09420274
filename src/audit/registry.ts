// Who was who, and what the policy said, at each point in history. Every commit is judged against
// the registry as it stood in its parent, so nobody can authorise a change by editing it in the same commit.
import type { Config, Person } from '../model.js';
import { resolvePolicy } from '../policy.js';
import { rolesAt } from '../roles.js';
import { str, strings, type Data } from './parse.js';
import type { Registry } from './types.js';

export const EMPTY_REGISTRY: Registry = { people: new Map(), entries: new Map(), byEmail: new Map(), policy: resolvePolicy({}), hasPeople: false, config: null };

/** The people of a people.yaml version; entries without an id are ignored. */
export function peopleOf(data: Data): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const [id, entry] of entriesOf(data)) {
    const person: Person = { id, roles: strings(entry, 'roles'), emails: strings(entry, 'emails'), signing_keys: strings(entry, 'signing_keys') };
    const name = str(entry, 'name');
    if (name !== undefined) person.name = name;
    if (Array.isArray((entry as Data).locations)) person.locations = strings(entry, 'locations');
    people.set(id, person);
  }
  return people;
}

/** Each person's entry as written, by id (the first entry with an id wins). */
function entriesOf(data: Data): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const entry of Array.isArray(data.people) ? data.people : []) {
    const id = str(entry, 'id');
    if (id !== undefined && !entries.has(id)) entries.set(id, entry);
  }
  return entries;
}

export function withPeople(registry: Registry, data: Data): Registry {
  const people = peopleOf(data);
  const byEmail = new Map<string, string>();
  for (const p of people.values()) for (const e of p.emails ?? []) if (!byEmail.has(e.toLowerCase())) byEmail.set(e.toLowerCase(), p.id);
  return { ...registry, people, entries: entriesOf(data), byEmail, hasPeople: true };
}

export function withConfig(registry: Registry, data: Data): Registry {
  return { ...registry, policy: resolvePolicy(data as Partial<Config>), config: data };
}

/** The person whose listed emails include this raw author email (case-insensitive). */
export function personByEmail(registry: Registry, email: string): string | undefined {
  return registry.byEmail.get(email.trim().toLowerCase());
}

/** Every role listed for the person, wherever it counts (for display). */
export function rolesOf(registry: Registry, personId: string | undefined): string[] {
  return personId === undefined ? [] : registry.people.get(personId)?.roles ?? [];
}

/** The roles that count for an action at `location`; undefined: group-wide roles only (the register and policy). */
export function rolesAtLocation(registry: Registry, personId: string | undefined, location: string | undefined): string[] {
  return personId === undefined ? [] : rolesAt(registry.people.get(personId), location);
}

/** Holds a senior role that counts at `location` (undefined: group-wide). */
export function isSenior(registry: Registry, personId: string | undefined, location: string | undefined): boolean {
  return rolesAtLocation(registry, personId, location).some((r) => registry.policy.senior_roles.includes(r));
}

/** Everyone holding a senior role that counts at `location` (undefined: group-wide). */
export function seniorsAt(registry: Registry, location: string | undefined): string[] {
  return [...registry.people.keys()].filter((id) => isSenior(registry, id, location));
}

export function keysOf(registry: Registry, personId: string | undefined): string[] {
  return personId === undefined ? [] : registry.people.get(personId)?.signing_keys ?? [];
}

/** A signing key as people.yaml lists it, without its comment, for comparing lists. */
export function keyText(key: string): string {
  return key.trim().split(/\s+/).slice(0, 2).join(' ');
}
