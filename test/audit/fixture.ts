// A realistic assurance repo told as a git history: several people, explicit dates, each governance
// step its own commit. Tests add the commit under scrutiny and read the git rules' findings.
import { expect } from 'vitest';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { judge } from '../../src/engine/judge.js';
import type { Action, Evidence, Finding, Person } from '../../src/model.js';
import { rulesOf as rulesOfStage } from '../../src/rules/index.js';
import { commitAs, makeRepo, type CommitOptions, type TestPerson, type TestRepo } from '../git/helpers.js';

export const dan: TestPerson = { name: 'Dan Jones', email: 'dan.jones@example.org' };
export const priya: TestPerson = { name: 'Priya Patel', email: 'priya.patel@example.org' };
export const grace: TestPerson = { name: 'Grace Okafor', email: 'grace.okafor@example.org' };
export const tom: TestPerson = { name: 'Tom Reed', email: 'tom.reed@example.org' };
export const nadia: TestPerson = { name: 'Nadia Hussain', email: 'nadia.hussain@example.org' };

export const PEOPLE: Person[] = [
  { id: 'dan-jones', name: 'Dan Jones', roles: ['deputy-manager'], emails: [dan.email] },
  { id: 'priya-patel', name: 'Priya Patel', roles: ['registered-manager'], emails: [priya.email] },
  { id: 'grace-okafor', name: 'Grace Okafor', roles: ['nominated-individual'], emails: [grace.email] },
  { id: 'tom-reed', name: 'Tom Reed', roles: ['provider-quality-lead'], emails: [tom.email] },
  { id: 'nadia-hussain', name: 'Nadia Hussain', roles: ['senior-carer'], emails: [nadia.email] },
];

export function peopleYaml(change: (people: Person[]) => void = () => {}): string {
  const people = structuredClone(PEOPLE);
  change(people);
  return stringify({ people });
}

export function configYaml(policy: Record<string, unknown> = {}): string {
  return stringify({ provider: 'Example Care Ltd', locations: [{ id: 'rose-house', name: 'Rose House' }], policy });
}

export type Stage = 'open' | 'in_progress' | 'monitoring' | 'recommended' | 'closed';

/** MH-001 at a stage of its life, as valid YAML; `change` edits it further. */
export function actionYaml(stage: Stage, change: (a: Action) => void = () => {}): string {
  const a: Action = {
    id: 'MH-001', title: 'Moving and handling risk assessments missing', location: 'rose-house', raised: '2026-09-01',
    source: 'internal-audit', quality_statements: ['safe.involving-people-to-manage-risks'], risk_areas: ['safety'], owner: 'dan-jones',
    target: { measure: 'Mobility files with a current risk assessment', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-11-30' },
    closure_criteria: { required_evidence: ['audit', 'observation'], min_sources: 2, sustained_for: 2, review_period: 'P5W', reviewer: 'registered-manager', approver: 'nominated-individual' },
    status: stage === 'recommended' ? 'monitoring' : stage,
  };
  if (stage === 'recommended' || stage === 'closed') a.closure = { recommended_by: 'priya-patel', recommended_on: '2026-10-14' };
  if (stage === 'closed') {
    Object.assign(a.closure!, { decided_by: 'grace-okafor', decided_on: '2026-10-20', decision: 'close', evidence_reviewed: ['MH-001-E01', 'MH-001-E02', 'MH-001-E03'] });
    a.post_closure = { review_due: '2027-01-20' };
  }
  change(a);
  return stringify(a);
}

export function evidenceYaml(id: string, type: Evidence['type'], date: string, change: (e: Evidence) => void = () => {}): string {
  const e: Evidence = { id, action: 'MH-001', type, date, recorded_by: 'priya-patel', summary: `${type} on ${date}`, finding: 'supports', measurement: { value: 100 } };
  change(e);
  return stringify(e);
}

export const E = {
  e1: 'evidence/MH-001/MH-001-E01.yaml',
  e2: 'evidence/MH-001/MH-001-E02.yaml',
  e3: 'evidence/MH-001/MH-001-E03.yaml',
  e4: 'evidence/MH-001/MH-001-E04.yaml',
};
export const ACTION = 'actions/MH-001.yaml';

export interface Story {
  repo: TestRepo;
  dir: string;
  /** Commit as `person` on `day` (YYYY-MM-DD, 09:00 UTC unless a time is given). */
  commit(person: TestPerson, day: string, files: Record<string, string | null>, message?: string, options?: CommitOptions): string;
}

export interface Setup {
  people?: string;
  config?: string;
  /** The assurance repo is this subfolder of the git repo, e.g. "governance/cqc". */
  prefix?: string;
}

export function story(dir?: string, setup: Setup = {}): Story {
  const repo = makeRepo(undefined, dir);
  const at = setup.prefix ? `${setup.prefix}/` : '';
  const commit: Story['commit'] = (person, day, files, message = 'update', options = {}) =>
    commitAs(repo, person, day.length === 10 ? `${day}T09:00:00Z` : day,
      Object.fromEntries(Object.entries(files).map(([path, text]) => [`${at}${path}`, text])), message, options);
  commit(grace, '2026-08-30', { 'cqc.yaml': setup.config ?? configYaml(), 'people.yaml': setup.people ?? peopleYaml() }, 'Set up the assurance repo');
  return { repo, dir: join(repo.dir, setup.prefix ?? ''), commit };
}

/** Raised, worked, evidenced, monitored and recommended by the right people: ready for a decision. */
export function recommendedStory(dir?: string, setup: Setup = {}): Story {
  const s = story(dir, setup);
  s.commit(dan, '2026-09-01', { [ACTION]: actionYaml('open') }, 'Raise MH-001');
  s.commit(dan, '2026-09-03', { [ACTION]: actionYaml('in_progress') }, 'MH-001: work started');
  s.commit(priya, '2026-09-10', { [E.e1]: evidenceYaml('MH-001-E01', 'audit', '2026-09-10') }, 'MH-001: audit');
  s.commit(nadia, '2026-09-24', { [E.e2]: evidenceYaml('MH-001-E02', 'observation', '2026-09-24') }, 'MH-001: observation');
  s.commit(priya, '2026-10-08', { [E.e3]: evidenceYaml('MH-001-E03', 'audit', '2026-10-08') }, 'MH-001: second audit');
  s.commit(dan, '2026-10-09', { [ACTION]: actionYaml('monitoring') }, 'MH-001: monitoring');
  s.commit(priya, '2026-10-14', { [ACTION]: actionYaml('recommended') }, 'MH-001: recommend closure');
  return s;
}

/** The whole happy path: the decision committed by Grace herself. */
export function closedStory(dir?: string, setup: Setup = {}, options: CommitOptions = {}): Story {
  const s = recommendedStory(dir, setup);
  s.commit(grace, '2026-10-20', { [ACTION]: actionYaml('closed') }, 'MH-001: closure approved', options);
  return s;
}

const GIT_RULE_IDS = new Set([...rulesOfStage('git').map((r) => r.meta.id), 'waiver-invalid']);

/** Findings of the git rules (waiver-invalid included) on the repo at `dir`. */
export async function gitFindings(dir: string, asOf = '2026-11-01'): Promise<Finding[]> {
  const { report } = await judge({ cwd: dir, git: true, asOf });
  expect(report.summary.git).toBe(true);
  return report.findings.filter((f) => GIT_RULE_IDS.has(f.rule));
}

export const rulesOf = (findings: readonly Finding[]): string[] => findings.map((f) => f.rule).sort();
