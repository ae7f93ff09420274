// The starter people.yaml: the person running `cqc init` (from their git identity) and a commented
// example, so the first governance step can already tell who is acting.
import { schemaHint } from '../workflow/records.js';

export interface Starter { name?: string; email?: string }

/** "Priya Patel" / "priya.patel@example.org" → "priya-patel". */
export function personIdFrom(who: Starter): string | undefined {
  const base = who.name ?? who.email?.split('@')[0];
  const id = base?.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id && /^[a-z0-9]/.test(id) ? id : undefined;
}

export function peopleYaml(who: Starter): string {
  const id = personIdFrom(who);
  const me = id && who.email
    ? ['people:',
      `  - id: ${id}`,
      ...(who.name ? [`    name: ${JSON.stringify(who.name)}`] : []),
      '    roles: [registered-manager]          # change to the role(s) you hold',
      `    emails: [${JSON.stringify(who.email)}]`]
    : ['people: []                              # add each person as in the example below'];
  return [
    schemaHint('people'),
    '# Everyone who raises, owns, recommends, decides or reviews improvement actions. Git commits are',
    '# matched to a person by the email addresses listed here (their git user.email), so keep them current.',
    '# Once committed, only someone holding a senior role for the whole group (cqc.yaml policy.senior_roles)',
    '# may change this file, a new person included: cqc check reports any other change (registry-change).',
    '# Add "locations: [<location id>]" to someone whose roles count only at some locations.',
    '#',
    '# Example entry:',
    '#   - id: grace-okafor                     # lower case; actions and evidence refer to people by this id',
    '#     name: Grace Okafor',
    '#     roles: [nominated-individual]        # any role names; closure criteria name the reviewer and approver roles',
    '#     emails: [grace.okafor@example.org]',
    '#     signing_keys: ["ssh-ed25519 AAAA… grace"]   # only needed with policy.require_signed_closures',
    '',
    ...me,
    '',
  ].join('\n');
}
