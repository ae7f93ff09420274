// Every `cqc new --template` is valid in a repo made by `cqc init`, and can close honestly: followed
// as written (evidence from the people its steps name, never only the owner; an observation or
// feedback beside the audits; measured weekly or monthly as its monitoring says), `cqc close`
// accepts it, with no finding standing once it is closed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDuration } from '../../src/dates.js';
import { checkReport, cqc } from './helpers.js';

/** A repo as `cqc init` makes it, with the nominated individual's entry completed and three colleagues added. */
async function initRepo(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-templates-'));
  const r = await cqc(dir, ['init', '--provider', 'Example Care Ltd', '--location', 'rose-house=Rose House']);
  expect(r.code).toBe(0);
  return dir;
}

function completePeople(dir: string): void {
  const path = join(dir, 'people.yaml');
  const text = readFileSync(path, 'utf8')
    .replace('  - id: nominated-individual\n    name: "Nominated individual (add their name)"', '  - id: grace-okafor\n    name: Grace Okafor')
    .replace('    emails: []', '    emails: [grace.okafor@example.org]');
  writeFileSync(path, text + [
    '  - { id: priya-patel, name: Priya Patel, roles: [registered-manager], emails: [priya.patel@example.org] }',
    '  - { id: dan-jones, name: Dan Jones, roles: [deputy-manager], emails: [dan.jones@example.org] }',
    '  - { id: sam-smith, name: Sam Smith, roles: [senior-carer], emails: [sam.smith@example.org] }', ''].join('\n'));
}

interface Plan {
  template: string;
  id: string;
  raised: string;
  /** Days between the measured audits, as the template's monitoring frequency says. */
  every: string;
  audits: number;
  /** The other evidence, recorded by someone other than the owner. */
  others: string[][];
}

const PLANS: Plan[] = [
  { template: 'moving-and-handling', id: 'MH-001', raised: '2026-03-02', every: 'P7D', audits: 9, others: [
    ['--type', 'observation', '--summary', 'Observed a transfer for each person, nights and weekend included; all followed the assessment'],
    ['--type', 'care_record', '--summary', 'Assessments match the daily notes for every person sampled'],
  ] },
  { template: 'supervision', id: 'SUP-001', raised: '2026-01-05', every: 'P1M', audits: 5, others: [
    ['--type', 'feedback', '--from', 'staff', '--summary', 'Staff say supervision now agrees one clear action and follows it up'],
  ] },
  { template: 'nutrition', id: 'NUT-001', raised: '2026-03-02', every: 'P7D', audits: 10, others: [
    ['--type', 'observation', '--summary', 'Observed lunch and the weekend handover; thresholds explained and charts kept'],
    ['--type', 'care_record', '--summary', 'Charts for everyone at risk complete, escalations within 48 hours'],
  ] },
];

describe('action templates in a repo made by cqc init', () => {
  it('are each valid as soon as cqc init has run', async () => {
    const dir = await initRepo();
    for (const { template, id } of PLANS) {
      const r = await cqc(dir, ['new', '--template', template, '--owner', 'nominated-individual', '--raised', '2026-03-02', '--location', 'rose-house']);
      expect(r.err, template).toBe('');
      expect(r.out).toContain(`Raised ${id}`);
    }
    const report = await checkReport(dir, '2026-03-02');
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it("raise a template's minimums to a stricter policy, so the new action never asks for less than policy", async () => {
    const dir = await initRepo();
    const config = join(dir, 'cqc.yaml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('min_evidence_sources: 2', 'min_evidence_sources: 4').replace('sustained_for: 2', 'sustained_for: 3'));
    const r = await cqc(dir, ['new', '--template', 'moving-and-handling', '--owner', 'nominated-individual', '--raised', '2026-03-02', '--location', 'rose-house']);
    expect(r.err).toBe('');
    expect(readFileSync(join(dir, 'actions/MH-001.yaml'), 'utf8')).toMatch(/\n {2}min_sources: 4\n {2}sustained_for: 3\n/);
    // A value the user gives below policy is theirs to justify: refused with the rule that says why.
    const low = await cqc(dir, ['new', '--template', 'supervision', '--owner', 'nominated-individual', '--raised', '2026-03-02', '--location', 'rose-house', '--min-sources', '2']);
    expect(low.code).toBe(1);
    expect(low.err).toContain('criteria-below-policy: SUP-001 asks for 2 distinct types of supporting evidence');
  });

  it.each(PLANS)('$template closes honestly when followed as written', async (plan) => {
    const dir = await initRepo();
    completePeople(dir);
    expect((await cqc(dir, ['new', '--template', plan.template, '--owner', 'dan-jones', '--raised', plan.raised, '--location', 'rose-house', '--baseline', 'The audit found the gap this action closes.'])).code).toBe(0);
    // The baseline audit, then audits at the template's rhythm meeting the goal.
    let day = addDuration(plan.raised, 'P2D');
    expect((await cqc(dir, ['evidence', 'add', plan.id, '--by', 'priya-patel', '--type', 'audit', '--date', day, '--summary', 'Baseline audit', '--measurement', '6/10', '--finding', 'neutral'])).code).toBe(0);
    for (let i = 0; i < plan.audits; i++) {
      day = addDuration(day, plan.every);
      const r = await cqc(dir, ['evidence', 'add', plan.id, '--by', 'priya-patel', '--type', 'audit', '--date', day, '--summary', `Audit ${i + 1}`, '--measurement', '20/20', '--finding', 'supports']);
      expect(r.code, r.err).toBe(0);
    }
    for (const other of plan.others) {
      const r = await cqc(dir, ['evidence', 'add', plan.id, '--by', 'sam-smith', '--date', day, ...other, '--finding', 'supports']);
      expect(r.code, r.err).toBe(0);
    }
    const on = addDuration(day, 'P2D');
    const recommended = await cqc(dir, ['recommend', plan.id, '--by', 'priya-patel', '--on', on]);
    expect(recommended.err).toBe('');
    const closed = await cqc(dir, ['close', plan.id, '--by', 'grace-okafor', '--on', on, '--minutes', 'Governance minutes, item 1']);
    expect(closed.err).toBe('');
    expect(closed.code).toBe(0);
    expect((await checkReport(dir, on)).findings).toEqual([]);
  });
});
