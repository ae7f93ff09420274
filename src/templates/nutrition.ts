// Guidance example 3: nutrition records incomplete for people at risk of weight loss, and
// escalation inconsistent. Treated as a safety risk, so the nominated individual decides closure;
// weekly audits because gains fade quickly, with weekend checks, and mealtimes observed, so closure
// rests on practice seen (observation) as well as records (processes).
import type { ActionTemplate } from './index.js';
import { PLACEHOLDER } from './placeholder.js';

export const NUTRITION: ActionTemplate = {
  name: 'nutrition',
  summary: 'Nutrition monitoring incomplete and escalation inconsistent for people at risk of weight loss',
  title: 'Nutrition monitoring incomplete and escalation inconsistent for people at risk of weight loss',
  source: 'internal-audit',
  baseline:
    'Food, fluid and weight records are incomplete for people at risk of weight loss, and concerns are not always '
    + 'escalated in time. ' + PLACEHOLDER + ': how many people and entries were checked, how many '
    + 'were missing, and any late escalations.',
  quality_statements: ['safe.involving-people-to-manage-risks', 'effective.supporting-people-to-live-healthier-lives', 'effective.monitoring-and-improving-outcomes'],
  regulations: ['12', '14'],
  risk_areas: ['safety'],
  target: {
    measure: 'People at risk of weight loss whose MUST screening, food, fluid and weight records are complete, with any concern escalated within 48 hours',
    unit: 'percent',
    goal: 95,
    direction: 'at_least',
  },
  targetPeriod: 'P8W',
  closure_criteria: {
    required_evidence: ['audit', 'observation', 'care_record'],
    min_sources: 3,
    sustained_for: 2,
    review_period: 'P2W', // the goal must have held two clear weeks before closure
    reviewer: 'registered-manager',
    approver: 'nominated-individual',
  },
  steps: [
    { role: 'clinical-lead', does: 'Review nutrition records for everyone at risk, identify missing food, fluid or weight entries and record the baseline', records_in: 'Nutrition improvement tracker' },
    { role: 'key-worker', does: "Update each person's nutrition care plan with monitoring needs, preferences and escalation thresholds", records_in: 'Care plan and handover notes' },
    { role: 'senior-carer', does: 'Check daily monitoring records, weekends included, observe mealtimes and handovers, and record gaps and escalation decisions', records_in: 'Daily management log' },
    { role: 'registered-manager', does: 'Audit each week the people at risk whose records are complete and whose concerns were escalated within 48 hours, out of everyone at risk', records_in: 'Clinical governance audit' },
    { role: 'nominated-individual', does: 'Review audit results, mealtime observations, feedback and care outcomes before closure and record the decision', records_in: 'Quality assurance minutes' },
  ],
  monitoring: {
    frequency: 'weekly',
    warning_signs: ['Missing food or fluid entries, especially at weekends', 'MUST screening overdue', 'Unexplained weight change', 'Staff unsure of escalation thresholds'],
    escalation: 'The registered manager extends monitoring, increases daily checks and refreshes handover prompts.',
    reopen_triggers: ['Incomplete monitoring', 'Unexplained weight loss', 'Delayed escalation', 'Feedback raising concern about food and drink support'],
  },
};
