// Who is acting. Governance steps are recorded in someone's name, so cqc takes it from the git
// identity that will author the commit (people.yaml `emails`), never from a guess.
import { CqcError, UsageError } from '../errors.js';
import { currentIdentity } from '../git/repo.js';
import type { Person } from '../model.js';
import { rolesAt } from '../roles.js';
import type { RuleContext } from '../engine/types.js';

export interface Identity { name?: string; email?: string }

/** The people.yaml entry whose emails include `email` (case-insensitive). */
export function personByEmail(people: Iterable<Person>, email: string): Person | undefined {
  const wanted = email.trim().toLowerCase();
  for (const p of people) if ((p.emails ?? []).some((e) => e.toLowerCase() === wanted)) return p;
  return undefined;
}

/** The identity a commit made now would carry; empty when git is missing or has none. */
export async function gitIdentity(root: string): Promise<Identity> {
  try {
    return await currentIdentity(root);
  } catch {
    return {};
  }
}

/** The acting person: `--by <id>` when given, else the person whose email is the current git identity's. */
export async function actingPerson(ctx: RuleContext, by: string | undefined, identity?: Identity): Promise<Person> {
  if (ctx.people.size === 0) {
    throw new CqcError('people.yaml lists nobody (or cannot be read), so cqc cannot tell who is acting. Add yourself to people.yaml with your git email, then run the command again.');
  }
  if (by !== undefined) {
    const person = ctx.people.get(by);
    if (!person) throw new UsageError(`--by ${by}: there is nobody with that id in people.yaml. Use one of: ${[...ctx.people.keys()].slice(0, 10).join(', ')}.`);
    return person;
  }
  const { email } = identity ?? await gitIdentity(ctx.root);
  if (!email) {
    throw new CqcError('Cannot tell who you are: git has no user.email set. Run `git config user.email you@example.org` with the email listed for you in people.yaml, or say who is acting with --by <person-id>.');
  }
  const person = personByEmail(ctx.people.values(), email);
  if (!person) {
    throw new CqcError(`Your git email ${email} is not listed for anyone in people.yaml. Add it to your entry's emails (someone with a senior role should make that change), or say who is acting with --by <person-id>.`);
  }
  return person;
}

/** Holds `role` for an action at `location` (a person's `locations` limit where their roles count). */
export function holdsRole(person: Person, role: string, location: string | undefined): boolean {
  return rolesAt(person, location).includes(role);
}

/** "Priya Patel (priya-patel)" for messages. */
export function personName(person: Person): string {
  return person.name ? `${person.name} (${person.id})` : person.id;
}
