// A provider group written as real YAML: four homes and group-wide work, for the --by views, the
// group-wide themes, the action plan and the SPC charts of the meeting pack.
//   moving-and-handling: MH-001 (rose-house), MH-002 (maple-lodge), MH-003 (oak-view), all open:
//     a theme at exactly 3 locations, and so is their quality statement.
//   supervision: SUP-001 (rose-house), SUP-002 (maple-lodge) open, SUP-003 (oak-view) closed: 2, one below.
//   NUT-001 (birch-court, no regulation): two targets; screening has 15 weekly points (SPC from the 4th).
//   GOV-001: no location, no regulation; a monthly count with a run of improvement, then a month of concern.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { weekAfter } from '../spc/series.js';

export const GROUP_AS_OF = '2026-11-26';

const CONFIG = `provider: Harbour Care Group
locations:
  - { id: rose-house, name: Rose House, cqc_id: 1-101234567, region: North West }
  - { id: maple-lodge, name: Maple Lodge, cqc_id: 1-102345678, region: North West }
  - { id: oak-view, name: Oak View, cqc_id: 1-103456789, region: Yorkshire }
  - { id: birch-court, name: Birch Court }
`;

const PEOPLE = `people:
  - { id: dan-jones, name: Dan Jones, roles: [deputy-manager], emails: [dan.jones@example.org], locations: [rose-house] }
  - { id: priya-patel, name: Priya Patel, roles: [registered-manager], emails: [priya.patel@example.org], locations: [rose-house] }
  - { id: tom-walsh, name: Tom Walsh, roles: [registered-manager], emails: [tom.walsh@example.org], locations: [maple-lodge] }
  - { id: amy-lee, name: Amy Lee, roles: [registered-manager], emails: [amy.lee@example.org], locations: [oak-view, birch-court] }
  - { id: grace-okafor, name: Grace Okafor, roles: [nominated-individual], emails: [grace.okafor@example.org] }
  - { id: ruth-adeyemi, name: Ruth Adeyemi, roles: [provider-quality-lead], emails: [ruth.adeyemi@example.org] }
`;

interface ActionSpec { raised?: string; id: string; title: string; location?: string; owner: string; status: string; theme?: string; statements: string[]; regulations?: string[]; extra?: string }

function action(a: ActionSpec): string {
  return [
    `id: ${a.id}`, `title: ${a.title}`, ...(a.location ? [`location: ${a.location}`] : []), `raised: ${a.raised ?? '2026-08-03'}`, 'source: internal-audit',
    ...(a.theme ? [`theme: ${a.theme}`] : []), `quality_statements: [${a.statements.join(', ')}]`,
    ...(a.regulations ? [`regulations: [${a.regulations.map((r) => `"${r}"`).join(', ')}]`] : []),
    `owner: ${a.owner}`, `status: ${a.status}`, ...(a.extra ? [a.extra] : []), '',
  ].join('\n');
}

const MH_PLAN = `baseline: Audit found mobility care files without a current risk assessment
target: { measure: Mobility files with a current risk assessment, unit: percent, goal: 100, direction: at_least, due: 2026-12-18 }
closure_criteria: { required_evidence: [audit, observation], reviewer: registered-manager, approver: nominated-individual }
steps:
  - { role: deputy-manager, does: Review every mobility care file and record the baseline, records_in: improvement tracker, done: 2026-08-10 }
  - { role: registered-manager, does: Observe transfers on each shift }
monitoring: { frequency: weekly, warning_signs: [Vague daily notes], escalation: Refresher competency checks, reopen_triggers: [Any fall during a transfer] }`;

const SUP_PLAN = `target: { measure: Supervision records with an agreed and followed-up action, unit: percent, goal: 95, direction: at_least, due: 2027-01-29 }
closure_criteria: { required_evidence: [audit, feedback], reviewer: registered-manager, approver: nominated-individual }`;

const NUT_PLAN = `targets:
  - { id: screening, measure: People screened with MUST on admission and monthly, unit: percent, goal: 95, direction: at_least, due: 2026-10-30, spc_from: ${weekAfter('2026-08-10', 3)} }
  - { id: weight-loss, measure: People with unplanned weight loss over 5% in the month, unit: count, goal: 0, direction: at_most }
closure_criteria: { required_evidence: [audit, observation], reviewer: registered-manager, approver: nominated-individual }
monitoring: { frequency: weekly }`;

const GOV_PLAN = `target: { measure: Scheduled audits completed in the month across the group, unit: count, goal: 4, direction: at_least, due: 2027-03-31 }
closure_criteria: { required_evidence: [audit], reviewer: provider-quality-lead, approver: nominated-individual }`;

export const ACTIONS: ActionSpec[] = [
  { id: 'MH-001', title: 'Moving and handling risk assessments missing', location: 'rose-house', owner: 'dan-jones', status: 'in_progress', theme: 'moving-and-handling', statements: ['safe.involving-people-to-manage-risks'], regulations: ['12'], extra: MH_PLAN },
  { id: 'MH-002', title: 'Hoist slings not checked before use', location: 'maple-lodge', owner: 'tom-walsh', status: 'open', theme: 'moving-and-handling', statements: ['safe.involving-people-to-manage-risks'], regulations: ['12'], extra: MH_PLAN },
  { id: 'MH-003', title: 'Transfer plans out of date', location: 'oak-view', owner: 'amy-lee', status: 'monitoring', theme: 'moving-and-handling', statements: ['safe.involving-people-to-manage-risks'], regulations: ['12', '17'], extra: MH_PLAN },
  { id: 'SUP-001', title: 'Supervision records do not show follow-up', location: 'rose-house', owner: 'dan-jones', status: 'open', theme: 'supervision', statements: ['well-led.governance-management-and-sustainability'], regulations: ['18'], extra: SUP_PLAN },
  { id: 'SUP-002', title: 'Supervision sessions overdue', location: 'maple-lodge', owner: 'tom-walsh', status: 'in_progress', theme: 'supervision', statements: ['well-led.governance-management-and-sustainability'], regulations: ['18'], extra: SUP_PLAN },
  {
    id: 'SUP-003', title: 'Supervision not recorded', location: 'oak-view', owner: 'amy-lee', status: 'closed', theme: 'supervision', statements: ['well-led.governance-management-and-sustainability'], regulations: ['18'],
    extra: SUP_PLAN + '\nclosure: { recommended_by: amy-lee, recommended_on: 2026-10-01, decided_by: grace-okafor, decided_on: 2026-10-08, decision: close }\npost_closure: { review_due: 2027-01-08 }',
  },
  { id: 'NUT-001', title: 'Nutrition screening incomplete', location: 'birch-court', owner: 'amy-lee', status: 'monitoring', statements: ['effective.monitoring-and-improving-outcomes'], extra: NUT_PLAN },
  { id: 'GOV-001', raised: '2025-08-15', title: 'Group audit programme not followed', owner: 'ruth-adeyemi', status: 'in_progress', statements: ['well-led.governance-management-and-sustainability'], extra: GOV_PLAN },
];

/** Audits completed each month from September 2025: low, then eight months above the mean, then a bad month. */
export const AUDITS = [3, 3, 2, 3, 3, 4, 5, 5, 6, 5, 6, 5, 5, 6, 1];

/** The screening percentages, weekly from 10 Aug 2026: three before the change, then twelve after. */
export const SCREENING = [80, 84, 86, 97, 98, 97, 99, 98, 98, 99, 97, 98, 99, 98, 99];

/** The 1st of the month, `months` after `start` (a 1st). */
export function monthAfter(start: string, months: number): string {
  const m = Number(start.slice(5, 7)) - 1 + months;
  return `${Number(start.slice(0, 4)) + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}

function evidence(id: string, actionId: string, fields: string): [string, string] {
  return [`evidence/${actionId}/${id}.yaml`, `id: ${id}\naction: ${actionId}\nrecorded_by: amy-lee\n${fields}\n`];
}

export function groupFiles(): Record<string, string> {
  const files: Record<string, string> = { 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE };
  for (const a of ACTIONS) files[`actions/${a.id}.yaml`] = action(a);
  const items: [string, string][] = [
    ...SCREENING.map((v, i) => evidence(`NUT-001-E${String(i + 1).padStart(2, '0')}`, 'NUT-001', `type: audit\ndate: ${weekAfter('2026-08-10', i)}\nmeasurement: { target: screening, value: ${v} }\nfinding: supports`)),
    ...[2, 1, 0].map((v, i) => evidence(`NUT-001-W${i + 1}`, 'NUT-001', `type: trend\ndate: ${weekAfter('2026-09-07', 4 * i)}\nmeasurement: { target: weight-loss, value: ${v} }\nfinding: supports`)),
    ...AUDITS.map((v, i) => evidence(`GOV-001-E${String(i + 1).padStart(2, '0')}`, 'GOV-001', `type: audit\ndate: ${monthAfter('2025-09-01', i)}\nmeasurement: { value: ${v} }\nfinding: neutral`)),
    evidence('MH-003-E01', 'MH-003', 'type: observation\ndate: 2026-10-05\nfinding: concern\nsummary: Two transfers without the plan to hand'),
    evidence('MH-003-E02', 'MH-003', 'type: feedback\nfrom: staff\ndate: 2026-10-12\nfinding: supports'),
  ];
  for (const [path, text] of items) files[path] = text;
  return files;
}

/** Writes the group (with optional replacements; null deletes a file) to a fresh temporary folder. */
export function writeGroup(extra: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-group-'));
  for (const [path, text] of Object.entries({ ...groupFiles(), ...extra })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
