// The starter people.yaml: the person running `cqc init` (from their git identity), an entry for
// the nominated individual to complete, and a commented example. The templates of `cqc new` name
// the registered manager as reviewer and the nominated individual as approver, so with this file
// every template is valid from the first day, and the file says whose details are still missing.
import { schemaHint } from '../workflow/records.js';

export interface Starter { name?: string; email?: string }

/** "Priya Patel" / "priya.patel@example.org" → "priya-patel". */
export function personIdFrom(who: Starter): string | undefined {
  const base = who.name ?? who.email?.split('@')[0];
  const id = base?.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id && /^[a-z0-9]/.test(id) ? id : undefined;
}

/** The role every template's closure criteria name as approver (a senior role in the default policy). */
export const TEMPLATE_APPROVER = 'nominated-individual';

/** The id of the entry for the nominated individual, until the provider puts their own id in. */
export const APPROVER_PLACEHOLDER_ID = 'nominated-individual';

export function peopleYaml(who: Starter): string {
  const id = personIdFrom(who);
  const me = id && who.email && id !== APPROVER_PLACEHOLDER_ID
    ? [`  - id: ${id}`,
      ...(who.name ? [`    name: ${JSON.stringify(who.name)}`] : []),
      '    roles: [registered-manager]          # change to the role(s) you hold',
      `    emails: [${JSON.stringify(who.email)}]`]
    : [];
  const approver = [
    '  # The nominated individual decides the closure of high-risk actions: the approver in every',
    '  # `cqc new --template`. Put in their id, name and the email they commit with. Until then',
    '  # nobody can commit a decision as them.',
    `  - id: ${APPROVER_PLACEHOLDER_ID}`,
    '    name: "Nominated individual (add their name)"',
    `    roles: [${TEMPLATE_APPROVER}]`,
    '    emails: []',
  ];
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
    'people:',
    ...me,
    ...approver,
    '',
  ].join('\n');
}
