// A real assurance repo on disk for closure-rule tests. It starts from one fully valid closed
// high-risk action; each test changes the records it needs, writes them as YAML files and runs the
// real check pipeline over them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { expect } from 'vitest';
import { judge } from '../../src/engine/judge.js';
import type { Action, CheckReport, Config, Evidence, Finding, Person } from '../../src/model.js';

/** "Today" for every test unless it says otherwise. */
export const AS_OF = '2026-11-15';
export const ACTION_FILE = 'actions/MH-001.yaml';

export interface RepoSpec {
  config: Config;
  people: Person[];
  actions: Record<string, Action>;
  evidence: Record<string, Evidence>;
}

export interface CheckedRepo {
  dir: string;
  report: CheckReport;
  /** The YAML text written for a repo-relative path. */
  text(path: string): string;
}

/**
 * MH-001: closed, high-risk (safety), owned by Dan; recommended by Priya (registered manager, the
 * reviewer role) and decided by Grace (nominated individual, senior and the approver role).
 * Supporting audit and observation; measurements 61.1% (baseline), then 100% and 100%.
 */
export function validRepo(): RepoSpec {
  const evidence: Evidence[] = [
    { id: 'MH-001-E01', action: 'MH-001', type: 'audit', date: '2026-09-03', recorded_by: 'dan-jones', summary: 'Baseline: 11 of 18 mobility files current.', measurement: { numerator: 11, denominator: 18 }, finding: 'neutral' },
    { id: 'MH-001-E02', action: 'MH-001', type: 'audit', date: '2026-10-06', recorded_by: 'priya-patel', summary: 'Sampled 12 mobility care files; all current.', measurement: { numerator: 12, denominator: 12 }, finding: 'supports' },
    { id: 'MH-001-E03', action: 'MH-001', type: 'observation', date: '2026-10-09', recorded_by: 'sam-smith', summary: 'Observed six transfers; all followed the assessment.', finding: 'supports' },
    { id: 'MH-001-E04', action: 'MH-001', type: 'audit', date: '2026-10-13', recorded_by: 'priya-patel', summary: 'Weekly audit of mobility files.', measurement: { value: 100 }, finding: 'supports' },
  ];
  return {
    config: {
      provider: 'Example Care Ltd',
      framework: 'cqc-saf-2023',
      locations: [{ id: 'rose-house', name: 'Rose House' }],
      policy: {
        high_risk_areas: ['safety', 'safeguarding', 'medicines', 'staffing', 'leadership'],
        senior_roles: ['nominated-individual', 'provider-quality-lead'],
        min_evidence_sources: 2,
        sustained_for: 2,
        evidence_max_age: 'P90D',
        post_closure_review_within: 'P3M',
        require_signed_closures: false,
      },
    },
    people: [
      { id: 'grace-okafor', name: 'Grace Okafor', roles: ['nominated-individual'], emails: ['grace.okafor@example.org'] },
      { id: 'ruth-adeyemi', name: 'Ruth Adeyemi', roles: ['provider-quality-lead'], emails: ['ruth.adeyemi@example.org'] },
      { id: 'priya-patel', name: 'Priya Patel', roles: ['registered-manager'], emails: ['priya.patel@example.org'] },
      { id: 'dan-jones', name: 'Dan Jones', roles: ['deputy-manager'], emails: ['dan.jones@example.org'] },
      { id: 'sam-smith', name: 'Sam Smith', roles: ['senior-carer'], emails: ['sam.smith@example.org'] },
    ],
    actions: {
      'MH-001': {
        id: 'MH-001',
        title: 'Moving and handling risk assessments missing for changing mobility',
        location: 'rose-house',
        raised: '2026-09-01',
        source: 'internal-audit',
        quality_statements: ['safe.involving-people-to-manage-risks'],
        risk_areas: ['safety'],
        owner: 'dan-jones',
        target: { measure: 'Mobility care files with a current risk assessment', unit: 'percent', goal: 100, direction: 'at_least', due: '2026-10-13' },
        closure_criteria: {
          required_evidence: ['audit', 'observation'],
          min_sources: 2,
          sustained_for: 2,
          // The goal first held on 2026-10-06, exactly two weeks before the decision: the boundary.
          review_period: 'P2W',
          reviewer: 'registered-manager',
          approver: 'nominated-individual',
        },
        monitoring: { frequency: 'weekly', reopen_triggers: ['Any incident linked to mobility support'] },
        status: 'closed',
        closure: {
          recommended_by: 'priya-patel',
          recommended_on: '2026-10-14',
          decided_by: 'grace-okafor',
          decided_on: '2026-10-20',
          decision: 'close',
          evidence_reviewed: ['MH-001-E02', 'MH-001-E03', 'MH-001-E04'],
          minutes: 'Provider governance minutes 2026-10-20, item 4',
        },
        post_closure: { review_due: '2027-01-20' },
      },
    },
    evidence: Object.fromEntries(evidence.map((e) => [e.id, e])),
  };
}

/** The MH-001 action of a spec, for tests to change. */
export function mh001(spec: RepoSpec): Action {
  return spec.actions['MH-001']!;
}

/** An evidence item for addEvidence; `recorded_by` may be left out when the test is not about who recorded it. */
export type EvidenceInput = Omit<Evidence, 'recorded_by'> & Partial<Pick<Evidence, 'recorded_by'>>;

/**
 * Adds an evidence item. Contract v2 requires `recorded_by` on every item; when a test does not
 * give one, the registered manager (the reviewer, not the owner) recorded it.
 */
export function addEvidence(spec: RepoSpec, e: EvidenceInput): void {
  spec.evidence[e.id] = { ...e, recorded_by: e.recorded_by ?? 'priya-patel' };
}

const created: string[] = [];

export function cleanupRepos(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Write the spec as YAML files in a fresh temporary folder. */
export function writeRepo(spec: RepoSpec): { dir: string; files: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'cqc-rules-'));
  created.push(dir);
  const files = new Map<string, string>();
  files.set('cqc.yaml', stringify(spec.config));
  files.set('people.yaml', stringify({ people: spec.people }));
  for (const a of Object.values(spec.actions)) files.set(`actions/${a.id}.yaml`, stringify(a));
  for (const e of Object.values(spec.evidence)) files.set(`evidence/${e.action}/${e.id}.yaml`, stringify(e));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, files };
}

/** Write the repo and run the real `cqc check` pipeline over it, without git rules. */
export async function checkRepo(spec: RepoSpec, asOf = AS_OF): Promise<CheckedRepo> {
  const { dir, files } = writeRepo(spec);
  const { report } = await judge({ cwd: dir, git: false, asOf });
  return {
    dir,
    report,
    text(path) {
      const t = files.get(path);
      if (t === undefined) throw new Error(`no file ${path} in this test repo`);
      return t;
    },
  };
}

export function findingsOf(report: CheckReport, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/**
 * 1-based line of the first line of `text` matching `line`, searching after the first line that
 * matches `after` when given (e.g. the "- observation" item under "required_evidence:").
 */
export function lineOf(text: string, line: RegExp, after?: RegExp): number {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((l) => after.test(l)) : 0;
  if (start < 0) throw new Error(`no line matches ${after}`);
  const i = lines.findIndex((l, n) => n >= start && line.test(l));
  if (i < 0) throw new Error(`no line matches ${line}`);
  return i + 1;
}

/** Exactly one finding of `rule`, at the expected place, about `action`, whose message holds every fragment. */
export function expectOneFinding(repo: CheckedRepo, want: { rule: string; severity: 'error' | 'warning'; file: string; line: number; action: string; fragments: string[] }): Finding {
  const found = findingsOf(repo.report, want.rule);
  expect(found, JSON.stringify(repo.report.findings, null, 2)).toHaveLength(1);
  const f = found[0]!;
  expect({ severity: f.severity, file: f.file, line: f.line, action: f.action }).toEqual({ severity: want.severity, file: want.file, line: want.line, action: want.action });
  for (const fragment of want.fragments) expect(f.message).toContain(fragment);
  return f;
}

/** MH-001's entry in the JSON `actions` list: high-risk (safety), its one target met at 100%. */
export function mh001State(status: string, ready: boolean): CheckReport['actions'][number] {
  return {
    id: 'MH-001', status, ready, high_risk: true, risk_areas: ['safety'],
    targets: [{ id: 'target', latest: 100, met: true, variation: null, assurance: null }],
  };
}
