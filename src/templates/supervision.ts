// Guidance example 2: supervision happens, but records show no performance discussion or
// follow-up. Staffing is high-risk, so the nominated individual decides closure. The monthly audit
// measures record quality and checks coverage (staff supervised within the policy interval); staff
// feedback is required, so a better form alone (processes) cannot close it.
import type { ActionTemplate } from './index.js';
import { PLACEHOLDER } from './placeholder.js';

export const SUPERVISION: ActionTemplate = {
  name: 'supervision',
  summary: 'Supervision records do not show performance discussion, learning follow-up or action review',
  title: 'Supervision records do not show performance discussion or follow-up of actions',
  source: 'internal-audit',
  baseline:
    'Supervision is taking place, but records do not show discussion of performance, follow-up of learning or '
    + 'review of previous actions. ' + PLACEHOLDER + ': how many records were checked and how many '
    + 'met the standard.',
  quality_statements: ['safe.safe-and-effective-staffing', 'caring.workforce-wellbeing-and-enablement', 'well-led.governance-management-and-sustainability'],
  regulations: ['17', '18'],
  risk_areas: ['staffing'],
  target: {
    measure: 'Supervision records showing performance discussion, a specific agreed action and review of previous actions',
    unit: 'percent',
    goal: 95,
    direction: 'at_least',
  },
  targetPeriod: 'P3M',
  closure_criteria: {
    required_evidence: ['audit', 'feedback'],
    min_sources: 2,
    sustained_for: 2,
    review_period: 'P3M',
    reviewer: 'registered-manager',
    approver: 'nominated-individual',
  },
  steps: [
    { role: 'registered-manager', does: 'Audit staff supervision files, note missing performance discussion and action follow-up, and record the baseline', records_in: 'Workforce governance tracker' },
    { role: 'deputy-manager', does: 'Revise the supervision template with prompts for learning, practice concerns and review of previous actions', records_in: 'Workforce quality file' },
    { role: 'line-manager', does: 'Hold each supervision on the revised template and agree one clear, specific action where needed', records_in: "The staff member's supervision record" },
    { role: 'registered-manager', does: 'Audit supervision each month: the records meeting the standard out of those sampled, and the staff supervised within the policy interval out of all staff; check that actions are specific and followed up', records_in: 'Workforce audit report' },
    { role: 'nominated-individual', does: 'Review audit trends, feedback gathered from staff by someone other than their line manager, and practice concerns, and decide whether the action can close', records_in: 'Governance meeting minutes' },
  ],
  monitoring: {
    frequency: 'monthly',
    warning_signs: ['Repeated wording across records', 'Actions that are vague or cannot be checked', 'Staff overdue for supervision', 'Staff saying supervision is not useful'],
    escalation: 'The registered manager coaches line managers, reviews live supervision examples and requires stronger action follow-up before closure.',
    reopen_triggers: ['Missing supervision records', 'Weak or copied action wording', 'Overdue follow-up of agreed actions', 'Repeated practice concerns'],
  },
};
