// Where a person's roles count. A person with `locations` holds their roles only for actions at
// those locations (a registered manager of one home); one without holds them group-wide. Only
// group-wide roles count for an action with no location, and for changes to people.yaml and cqc.yaml.
import type { Person } from './model.js';

/** The roles of `person` that count for an action at `location` (undefined: group-wide roles only). */
export function rolesAt(person: Pick<Person, 'roles' | 'locations'> | undefined, location: string | undefined): string[] {
  const roles = person?.roles ?? [];
  if (person?.locations === undefined) return roles;
  return location !== undefined && person.locations.includes(location) ? roles : [];
}

/** "at rose-house" / "group-wide", for messages about where a role was needed. */
export function scopeWords(location: string | undefined): string {
  return location === undefined ? 'group-wide' : `at ${location}`;
}
