// The cqc.yaml `cqc init` writes: the whole policy spelled out with the defaults, each setting
// explained, so a provider sees every governance choice it is making and can change it knowingly.
import { DEFAULT_POLICY } from '../policy.js';
import { schemaHint } from '../workflow/records.js';

export interface LocationSeed { id: string; name?: string }

function quoted(s: string): string {
  return /^[\w .,'()&-]+$/.test(s) && !/^[\d\s]|:\s|\s$/.test(s) ? s : JSON.stringify(s);
}

export function configYaml(provider: string, locations: readonly LocationSeed[], layout: 'flat' | 'by-location' = 'flat'): string {
  const p = DEFAULT_POLICY;
  const locationLines = locations.length
    ? ['locations:', ...locations.flatMap((l) => [`  - id: ${l.id}`, ...(l.name ? [`    name: ${quoted(l.name)}`] : [])])]
    : ['# locations:                    # uncomment and list each location registered with CQC;',
      '#   - id: rose-house             # actions then name one of these ids in `location:`',
      '#     name: Rose House'];
  return [
    schemaHint('cqc'),
    '# Settings for this assurance repo. cqc reads this file first: who the provider is, where it',
    '# provides care, and the governance policy every improvement action is checked against.',
    '# Changes to `policy` must be committed by someone with a senior role (cqc check reports others).',
    '',
    `provider: ${quoted(provider)}`,
    '# The set of CQC quality statements actions refer to (quality_statements: [safe.…]).',
    '# cqc-saf-2023 is the single assessment framework shipped with cqc; or give the path of your own file.',
    'framework: cqc-saf-2023',
    ...(layout === 'by-location'
      ? ['# Records live per location: locations/<location>/actions/ and locations/<location>/evidence/.',
        '# A group with many locations keeps checks fast this way, and each location\'s CI job and',
        '# code owners touch only their own folder. Change it with "cqc migrate", not by hand.',
        'layout: by-location']
      : []),
    ...locationLines,
    'policy:',
    '  # Actions touching any of these risk areas need senior review before they close, and are',
    '  # never closed by the person responsible for the work.',
    `  high_risk_areas: [${p.high_risk_areas.join(', ')}]`,
    '  # Roles that count as senior: only they may close high-risk actions, approve waivers, or',
    '  # change roles in people.yaml and this policy.',
    `  senior_roles: [${p.senior_roles.join(', ')}]`,
    '  # How many different types of supporting evidence (e.g. an audit AND an observation) an',
    '  # action needs before it may close. An action can ask for more in closure_criteria.min_sources.',
    `  min_evidence_sources: ${p.min_evidence_sources}`,
    '  # How many of the latest measurements in a row must meet the target: improvement must be',
    '  # sustained, not a one-off. An action can set its own in closure_criteria.sustained_for.',
    `  sustained_for: ${p.sustained_for}`,
    '  # How many of CQC\'s six evidence categories (people\'s experience, staff, partners,',
    '  # observation, processes, outcomes) the supporting evidence must span: an audit, training and',
    '  # minutes are all "processes", one category. Actions may ask for more, never fewer.',
    `  min_evidence_categories: ${p.min_evidence_categories}`,
    '  # Supporting items recorded (and committed) by someone other than the action\'s owner.',
    `  min_independent_evidence: ${p.min_independent_evidence}`,
    '  # A measurement of fewer than this many records (its denominator) does not count.',
    '  # min_sample: 5',
    '  # Measurements on this many dates before statistical process control (SPC) judges whether',
    '  # the goal is consistently met; true below makes a goal that is not a closure blocker.',
    `  spc_min_points: ${p.spc_min_points}`,
    `  require_spc_assurance: ${String(p.require_spc_assurance)}`,
    '  # Open actions on one theme or quality statement at this many locations: a group-wide theme.',
    `  theme_threshold: ${p.theme_threshold}`,
    '  # Evidence older than this at the closure decision no longer counts (P90D = 90 days).',
    `  evidence_max_age: ${p.evidence_max_age}`,
    '  # The post-closure review must fall due within this time of the decision (P3M = 3 months).',
    `  post_closure_review_within: ${p.post_closure_review_within}`,
    '  # true: every closure decision must be committed with a good signature from a key listed for',
    '  # the decider in people.yaml (signing_keys).',
    `  require_signed_closures: ${String(p.require_signed_closures)}`,
    '  # Bringing in records kept elsewhere? Set the date (or commit id, in quotes) the audit trail',
    '  # starts from: records imported before it are not judged on their git history.',
    '  # audit_trail_from: 2026-09-01',
    '  # Your own patterns for personal data the records must never hold (besides NHS and National',
    '  # Insurance numbers and dates of birth, which cqc always looks for), e.g. room numbers:',
    '  # personal_data:',
    '  #   patterns: ["\\\\bRoom 1[0-9]{2}\\\\b"]',
    '',
  ].join('\n');
}
