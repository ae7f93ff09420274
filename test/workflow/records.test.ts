// cqc new, cqc evidence add and cqc init: what they write passes cqc check, and they refuse cleanly.
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { newCommand } from '../../src/commands/new.js';
import { nextActionId, nextEvidenceId } from '../../src/workflow/ids.js';
import type { Asker } from '../../src/workflow/prompt.js';
import { prefixOf } from '../../src/workflow/template-seed.js';
import { CONFIG, PEOPLE, captureIo, checkReport, cqc, makeRepo, read } from './helpers.js';

const PEOPLE_ALL_ROLES = `${PEOPLE}  - id: leah-brennan
    roles: [moving-and-handling-lead]
    emails: [leah.brennan@example.org]
`;

describe('next ids', () => {
  it('take the highest number plus one, and template prefixes follow SPEC examples', () => {
    expect(nextActionId('MH', ['MH-001', 'MH-007', 'SUP-009', 'MH-X'])).toBe('MH-008');
    expect(nextActionId('NUT', [])).toBe('NUT-001');
    expect(nextEvidenceId('MH-001', ['MH-001-E01', 'MH-001-E09', 'MH-002-E12'])).toBe('MH-001-E10');
    expect([prefixOf('moving-and-handling'), prefixOf('supervision'), prefixOf('nutrition')]).toEqual(['MH', 'SUP', 'NUT']);
  });
});

describe('cqc new', () => {
  it('from a template: next free id, due = raised + the template period, and the file passes cqc check', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE_ALL_ROLES, 'actions/MH-001.yaml': 'id: MH-001\ntitle: Older action\nraised: 2026-01-05\nowner: dan-jones\nstatus: open\n' });
    const r = await cqc(dir, ['new', '--template', 'moving-and-handling', '--owner', 'dan-jones', '--raised', '2026-03-02']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = read(dir, 'actions/MH-002.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://cqc-tool.github.io/schemas/v1/action.schema.json');
    const action = parse(text);
    expect(action).toMatchObject({ id: 'MH-002', raised: '2026-03-02', owner: 'dan-jones', location: 'rose-house', status: 'open', risk_areas: ['safety'] });
    expect(action.target.due).toBe('2026-04-13');
    expect(Object.keys(action).slice(0, 4)).toEqual(['id', 'title', 'location', 'raised']);
    expect((await checkReport(dir, '2026-03-02')).summary.errors).toBe(0);
  });

  it('from flags, with a target and closure criteria', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE });
    const r = await cqc(dir, ['new', '--id', 'MED-001', '--title', 'Medicines charts incomplete', '--owner', 'priya-patel', '--raised', '2026-03-02',
      '--source', 'cqc-inspection', '--risk-area', 'medicines', '--measure', 'Complete MAR charts', '--unit', 'percent', '--goal', '95',
      '--direction', 'at_least', '--due', '2026-06-01', '--required-evidence', 'audit', '--required-evidence', 'observation',
      '--reviewer', 'registered-manager', '--approver', 'nominated-individual', '--frequency', 'weekly']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const action = parse(read(dir, 'actions/MED-001.yaml'));
    expect(action.target).toEqual({ measure: 'Complete MAR charts', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-06-01' });
    expect(action.closure_criteria).toEqual({ required_evidence: ['audit', 'observation'], reviewer: 'registered-manager', approver: 'nominated-individual' });
    expect((await checkReport(dir, '2026-03-02')).summary.errors).toBe(0);
  });

  it('with no terminal, missing values are a usage error naming the flags (exit 2), nothing written', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE });
    const r = await cqc(dir, ['new', '--raised', '2026-03-02']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Missing --title, --owner/);
    expect(readdirSync(dir)).not.toContain('actions');
  });

  it('refuses a record that would fail cqc check (unknown owner), exit 1, nothing written', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE });
    const r = await cqc(dir, ['new', '--id', 'X-001', '--title', 'Something', '--owner', 'nobody-here', '--raised', '2026-03-02']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown-reference: .*nobody-here/);
    expect(readdirSync(dir)).not.toContain('actions');
  });

  it('asks on a terminal for what the flags did not give, naming no flag', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE });
    const answers: Record<string, string> = { Start: 'none', Title: 'Supervision records weak', Owner: 'priya-patel', Risk: 'none', Write: 'y', Commit: 'n' };
    const asked: string[] = [];
    const asker: Asker = { ask: async (q, fallback) => { asked.push(q); return answers[q.split(/[ :(]/)[0]!] ?? fallback ?? ''; }, close: () => {} };
    const c = captureIo(dir);
    const code = await newCommand({ raised: '2026-03-02', asker }, c.io);
    expect(code).toBe(0);
    expect(asked[0]).toMatch(/^Start from a template/);
    expect(asked).toContain('Title: the problem being fixed, in a short sentence');
    expect(`${asked.join('\n')}${c.err()}`).not.toMatch(/--[a-z]/);
    expect(parse(read(dir, 'actions/SRW-001.yaml'))).toMatchObject({ id: 'SRW-001', title: 'Supervision records weak', owner: 'priya-patel', status: 'open' });
  });
});

describe('cqc evidence add', () => {
  const ACTION = 'id: MH-001\ntitle: Risk assessments\nraised: 2026-03-02\nowner: dan-jones\ntarget: { measure: Files, unit: percent, goal: 100, direction: at_least }\nclosure_criteria: { reviewer: registered-manager, approver: nominated-individual }\nstatus: open # not started\n';

  it('writes the next evidence id, moves an open action to in_progress, and both pass cqc check', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': ACTION,
      'evidence/MH-001/MH-001-E01.yaml': 'id: MH-001-E01\naction: MH-001\ntype: audit\ndate: 2026-03-03\nrecorded_by: dan-jones\n' }, 'sam.smith@example.org');
    const r = await cqc(dir, ['evidence', 'add', 'MH-001', '--type', 'audit', '--date', '2026-03-20', '--summary', 'Sampled 12 files', '--measurement', '11/12', '--finding', 'supports']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const text = read(dir, 'evidence/MH-001/MH-001-E02.yaml');
    expect(parse(text)).toEqual({ id: 'MH-001-E02', action: 'MH-001', type: 'audit', date: '2026-03-20', recorded_by: 'sam-smith', summary: 'Sampled 12 files', measurement: { numerator: 11, denominator: 12 }, finding: 'supports' });
    expect(text).toContain('measurement: {numerator: 11, denominator: 12}');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION.replace('status: open', 'status: in_progress'));
    expect((await checkReport(dir, '2026-03-20')).summary.errors).toBe(0);
  });

  it('copies an attachment from outside the repo into the action\'s files folder', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': ACTION.replace('status: open', 'status: in_progress') });
    const outside = mkdtempSync(join(tmpdir(), 'cqc-attach-'));
    writeFileSync(join(outside, 'audit.csv'), 'file,ok\n1,yes\n');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'in-repo.pdf'), '%PDF');
    const r = await cqc(dir, ['evidence', 'add', 'MH-001', '--by', 'priya-patel', '--type', 'feedback', '--from', 'staff', '--date', '2026-03-21', '--summary', 'Staff huddle', '--value', '80', '--attach', join(outside, 'audit.csv'), '--attach', 'docs/in-repo.pdf']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'evidence/MH-001/files/audit.csv')).toBe('file,ok\n1,yes\n');
    expect(parse(read(dir, 'evidence/MH-001/MH-001-E01.yaml'))).toMatchObject({ from: 'staff', recorded_by: 'priya-patel', measurement: { value: 80 }, attachments: ['evidence/MH-001/files/audit.csv', 'docs/in-repo.pdf'] });
    expect(r.out).toMatch(/no finding, so it does not count towards closure/);
    expect((await checkReport(dir, '2026-03-21')).summary.errors).toBe(0);
  });

  it('refuses evidence dated before the action was raised (exit 1) and bad measurements (exit 2)', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': ACTION });
    const early = await cqc(dir, ['evidence', 'add', 'MH-001', '--by', 'sam-smith', '--type', 'audit', '--date', '2026-02-01', '--summary', 'x']);
    expect(early.code).toBe(1);
    expect(early.err).toMatch(/evidence-window: .*before MH-001 was raised/);
    const bad = await cqc(dir, ['evidence', 'add', 'MH-001', '--by', 'sam-smith', '--type', 'audit', '--summary', 'x', '--measurement', '12 of 12']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--measurement needs a count out of a total, e.g. 12\/12/);
    expect(readdirSync(dir)).not.toContain('evidence');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION);
  });

  it('on an open action with no agreed criteria, says what to add rather than the rule\'s words for an action in progress', async () => {
    const bare = 'id: MH-001\ntitle: Risk assessments\nraised: 2026-03-02\nowner: dan-jones\nstatus: open\n';
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': bare });
    const r = await cqc(dir, ['evidence', 'add', 'MH-001', '--by', 'sam-smith', '--type', 'audit', '--date', '2026-03-20', '--summary', 'x', '--finding', 'supports']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('  - criteria-missing: MH-001 is still open, and recording evidence starts the work (status in progress), which needs a target and closure criteria agreed first.');
    expect(r.err).not.toContain('set the status back to open');
    expect(read(dir, 'actions/MH-001.yaml')).toBe(bare);
    expect(readdirSync(dir)).not.toContain('evidence');
  });
});

describe('cqc evidence add for an action with several targets', () => {
  const ACTION = 'id: NUT-001\ntitle: Nutrition screening\nraised: 2026-03-02\nowner: dan-jones\ntargets:\n'
    + '  - { id: screening, measure: People screened with MUST, unit: percent, goal: 95, direction: at_least }\n'
    + '  - { id: weight-loss, measure: Unplanned weight loss not escalated, unit: count, goal: 0, direction: at_most }\n'
    + 'closure_criteria: { reviewer: registered-manager, approver: nominated-individual }\nstatus: in_progress\n';

  it('records which target a measurement is of with --target, and the file passes cqc check', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/NUT-001.yaml': ACTION });
    const r = await cqc(dir, ['evidence', 'add', 'NUT-001', '--by', 'sam-smith', '--type', 'audit', '--date', '2026-03-20', '--summary', 'MUST audit', '--measurement', '19/20', '--target', 'screening']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(parse(read(dir, 'evidence/NUT-001/NUT-001-E01.yaml')).measurement).toEqual({ target: 'screening', numerator: 19, denominator: 20 });
    expect((await checkReport(dir, '2026-03-20')).summary.errors).toBe(0);
  });

  it('refuses a measurement that names no target, or a target the action does not have, writing nothing', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/NUT-001.yaml': ACTION });
    const unnamed = await cqc(dir, ['evidence', 'add', 'NUT-001', '--by', 'sam-smith', '--type', 'audit', '--date', '2026-03-20', '--summary', 'MUST audit', '--value', '95']);
    expect(unnamed.code).toBe(2);
    expect(unnamed.err).toContain('NUT-001 has several targets (screening, weight-loss): say which one this measures with --target <id>.');
    const unknown = await cqc(dir, ['evidence', 'add', 'NUT-001', '--by', 'sam-smith', '--type', 'audit', '--date', '2026-03-20', '--summary', 'MUST audit', '--value', '95', '--target', 'weight']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/measurement-invalid: .*its target "weight" is not one of NUT-001's targets \(screening, weight-loss\)/);
    expect(readdirSync(dir)).not.toContain('evidence');
  });
});

describe('cqc init', () => {
  it('scaffolds a repo that passes cqc check, with schema hints, CI and hook examples', async () => {
    const dir = makeRepo({ 'README.md': 'assurance\n' }, 'priya.patel@example.org');
    const r = await cqc(dir, ['init', 'assurance', '--provider', 'Example Care Ltd', '--location', 'rose-house=Rose House']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const root = join(dir, 'assurance');
    for (const f of ['cqc.yaml', 'people.yaml', 'actions/.gitkeep', 'evidence/.gitkeep', '.vscode/settings.json', '.github/workflows/cqc.yml', '.githooks/pre-commit']) {
      expect(statSync(join(root, f)).isFile()).toBe(true);
    }
    expect(read(root, 'cqc.yaml')).toMatch(/^# yaml-language-server: \$schema=https:\/\/cqc-tool\.github\.io\/schemas\/v1\/cqc\.schema\.json\n/);
    expect(parse(read(root, 'cqc.yaml'))).toMatchObject({ provider: 'Example Care Ltd', locations: [{ id: 'rose-house', name: 'Rose House' }], policy: { min_evidence_sources: 2, post_closure_review_within: 'P3M' } });
    expect(parse(read(root, 'people.yaml')).people[0]).toMatchObject({ id: 'test-person', emails: ['priya.patel@example.org'] });
    expect(JSON.parse(read(root, '.vscode/settings.json'))['yaml.schemas']['https://cqc-tool.github.io/schemas/v1/action.schema.json']).toContain('actions/*.yaml');
    const ci = read(root, '.github/workflows/cqc.yml');
    expect(ci).toMatch(/fetch-depth: 0/);
    expect(ci).toContain('cqc check --format github --format sarif=cqc.sarif');
    expect(ci).toContain('upload-sarif');
    expect(statSync(join(root, '.githooks/pre-commit')).mode & 0o111).not.toBe(0);
    const report = await checkReport(root, '2026-03-02');
    expect(report.summary.errors).toBe(0);
  });

  it('refuses when any file exists, lists them, and writes nothing (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cqc-init-'));
    writeFileSync(join(dir, 'people.yaml'), 'people: []\n');
    mkdirSync(join(dir, '.vscode'));
    writeFileSync(join(dir, '.vscode', 'settings.json'), '{}\n');
    const r = await cqc(dir, ['init']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already has people\.yaml, \.vscode\/settings\.json; cqc init never overwrites files, so nothing was written/);
    expect(readdirSync(dir).sort()).toEqual(['.vscode', 'people.yaml']);
    expect(readdirSync(join(dir, '.vscode'))).toEqual(['settings.json']);
  });
});
