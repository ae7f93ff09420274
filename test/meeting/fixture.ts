// A small assurance repo written as real YAML, with one action for each part of the meeting pack:
// FALL-001 recommended and ready to close, WAIT-001 blocked (at_most target), MED-001 closed since the last
// meeting with its review due soon, SAFE-001 closed earlier and now due to reopen.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const AS_OF = '2026-11-26';

const CRITERIA = `closure_criteria:
  required_evidence: [audit]
  min_sources: 2
  sustained_for: 2
  review_period: P2W
  reviewer: registered-manager
  approver: nominated-individual`;

function action(id: string, title: string, rest: string): string {
  return `id: ${id}\ntitle: ${title}\nlocation: rose-house\nraised: 2026-09-01\nowner: dan-jones\n${rest}\n`;
}

function evidence(id: string, action: string, fields: Record<string, string>): [string, string] {
  const body = Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n');
  return [`evidence/${action}/${id}.yaml`, `id: ${id}\naction: ${action}\nrecorded_by: priya-patel\n${body}\n`];
}

export const FILES: Record<string, string> = {
  'cqc.yaml': 'provider: "Rose & Thorn <Care> Ltd"\nlocations:\n  - { id: rose-house, name: Rose House }\n',
  'people.yaml': `people:
  - { id: dan-jones, name: Dan Jones, roles: [deputy-manager], emails: [dan.jones@example.org] }
  - { id: priya-patel, name: Priya Patel, roles: [registered-manager], emails: [priya.patel@example.org] }
  - { id: grace-okafor, name: Grace Okafor, roles: [nominated-individual], emails: [grace.okafor@example.org] }
`,
  'actions/FALL-001.yaml': action('FALL-001', 'Falls risk reviews <not> done after a fall', `target:
  measure: Falls followed by a risk review within 48 hours
  unit: percent
  goal: 90
  direction: at_least
  due: 2026-12-20
${CRITERIA}
status: monitoring
closure:
  recommended_by: priya-patel
  recommended_on: 2026-11-20`),
  'actions/WAIT-001.yaml': action('WAIT-001', 'Slow GP referral after weight loss', `target:
  measure: Days from weight loss to GP referral
  unit: days
  goal: 2
  direction: at_most
  due: 2026-11-01
${CRITERIA.replace('[audit]', '[trend]')}
monitoring:
  frequency: monthly
  warning_signs: [Staff unsure of the referral threshold]
  reopen_triggers: [A referral later than two days]
status: monitoring`),
  'actions/MED-001.yaml': action('MED-001', 'Medicine records incomplete', `risk_areas: [medicines]
target:
  measure: MAR charts complete
  unit: percent
  goal: 100
  direction: at_least
  due: 2026-11-01
${CRITERIA}
status: closed
closure:
  recommended_by: priya-patel
  recommended_on: 2026-11-05
  decided_by: grace-okafor
  decided_on: 2026-11-10
  decision: close
  evidence_reviewed: [MED-001-E01, MED-001-E02, MED-001-E03]
  minutes: Governance minutes 10 November 2026, item 2
post_closure:
  review_due: 2026-12-10`),
  'actions/SAFE-001.yaml': action('SAFE-001', 'Bed rails checks missed', `target:
  measure: Bed rail checks done
  unit: count
  goal: 10
  direction: at_least
${CRITERIA}
monitoring:
  reopen_triggers: [Any bed rail incident]
status: closed
closure:
  recommended_by: priya-patel
  recommended_on: 2026-09-25
  decided_by: grace-okafor
  decided_on: 2026-09-28
  decision: close
post_closure:
  review_due: 2026-10-30
  reviews:
    - { on: 2026-10-20, by: priya-patel, result: deteriorated, note: Two checks missed }`),
};

for (const [path, text] of [
  evidence('FALL-001-E01', 'FALL-001', { type: 'audit', date: '2026-10-01', measurement: '{ numerator: 8, denominator: 10 }', finding: 'neutral' }),
  evidence('FALL-001-E02', 'FALL-001', { type: 'audit', date: '2026-10-20', measurement: '{ value: 92 }', finding: 'supports' }),
  evidence('FALL-001-E03', 'FALL-001', { type: 'observation', date: '2026-11-01', finding: 'supports' }),
  evidence('FALL-001-E04', 'FALL-001', { type: 'audit', date: '2026-11-10', measurement: '{ numerator: 19, denominator: 20 }', finding: 'supports' }),
  evidence('WAIT-001-E01', 'WAIT-001', { type: 'trend', date: '2026-10-05', measurement: '{ value: 6 }', finding: 'supports' }),
  evidence('WAIT-001-E02', 'WAIT-001', { type: 'trend', date: '2026-11-05', measurement: '{ value: 1 }', finding: 'supports' }),
  evidence('WAIT-001-E03', 'WAIT-001', { type: 'feedback', from: 'staff', date: '2026-11-15', summary: 'Staff unsure <b>when</b> to refer', finding: 'concern' }),
  evidence('MED-001-E01', 'MED-001', { type: 'audit', date: '2026-10-20', measurement: '{ value: 100 }', finding: 'supports' }),
  evidence('MED-001-E02', 'MED-001', { type: 'audit', date: '2026-11-03', measurement: '{ value: 100 }', finding: 'supports' }),
  evidence('MED-001-E03', 'MED-001', { type: 'observation', date: '2026-11-04', finding: 'supports' }),
  evidence('SAFE-001-E01', 'SAFE-001', { type: 'audit', date: '2026-09-10', measurement: '{ value: 10 }', finding: 'supports' }),
  evidence('SAFE-001-E02', 'SAFE-001', { type: 'audit', date: '2026-09-20', measurement: '{ value: 11 }', finding: 'supports' }),
  evidence('SAFE-001-E03', 'SAFE-001', { type: 'observation', date: '2026-09-21', finding: 'supports' }),
]) FILES[path] = text;

/** Writes the fixture (with optional replacements) to a fresh temporary folder; returns its path. */
export function writeFixture(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-meeting-'));
  for (const [path, text] of Object.entries({ ...FILES, ...extra })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
