// Guidance example 1: risk assessments missing for people whose mobility has changed.
// Safety is high-risk, so the nominated individual decides closure. The weekly file audit measures
// the target; transfers are observed by someone other than the owner, on nights and at weekends
// too, so closure rests on practice seen (observation) as well as paperwork (processes).
import type { ActionTemplate } from './index.js';
import { PLACEHOLDER } from './placeholder.js';

export const MOVING_AND_HANDLING: ActionTemplate = {
  name: 'moving-and-handling',
  summary: 'Moving and handling risk assessments missing or out of date for people with changing mobility',
  title: 'Moving and handling risk assessments missing for people with changing mobility',
  source: 'internal-audit',
  baseline:
    'Audit found moving and handling risk assessments missing or out of date for people whose mobility has changed. '
    + PLACEHOLDER + ': how many files were checked, how many were missing or outdated, and any '
    + 'signs that staff practice differs from the assessments.',
  quality_statements: ['safe.involving-people-to-manage-risks', 'effective.assessing-needs', 'well-led.governance-management-and-sustainability'],
  regulations: ['12', '17'],
  risk_areas: ['safety'],
  target: {
    measure: 'Mobility care files with a current risk assessment that matches daily practice',
    unit: 'percent',
    goal: 100,
    direction: 'at_least',
  },
  targetPeriod: 'P6W',
  closure_criteria: {
    required_evidence: ['audit', 'observation', 'care_record'],
    min_sources: 3,
    sustained_for: 2,
    review_period: 'P2W', // the goal must have held two clear weeks before closure
    reviewer: 'registered-manager',
    approver: 'nominated-individual',
  },
  steps: [
    { role: 'deputy-manager', does: 'Review every mobility-related care file, list missing or outdated risk assessments and give each person a priority rating', records_in: 'Improvement action tracker' },
    { role: 'moving-and-handling-lead', does: 'Complete an updated assessment for each affected person, confirming equipment and support needs', records_in: "The person's care record" },
    { role: 'senior-carer', does: 'Observe one transfer for each affected person, including on night shifts and at weekends, and check staff follow the updated assessment', records_in: 'Practice competency log' },
    { role: 'registered-manager', does: 'Audit the mobility files every week (files with a current assessment that matches daily practice, out of files checked), sample them against daily notes and incident records, then recommend closure or further work', records_in: 'Weekly audit summary' },
    { role: 'nominated-individual', does: 'Review the audit summary, observation evidence and tracker, then decide on closure or challenge it', records_in: 'Provider governance minutes' },
  ],
  monitoring: {
    frequency: 'weekly',
    warning_signs: ['Vague daily notes about transfers', 'Repeated manual handling prompts', 'Staff unsure which equipment to use'],
    escalation: 'The registered manager pauses closure, arranges refresher competency checks and increases senior observation of transfers.',
    reopen_triggers: ['A missing or out-of-date assessment', 'Unsafe moving and handling practice observed', 'Staff unable to explain a person\'s equipment needs', 'Any incident linked to mobility support'],
  },
};
