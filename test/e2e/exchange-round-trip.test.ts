// The SPEC's round trip through the built CLI: export the open and in-progress actions of one repo,
// import that file into a fresh `cqc init` repo, `cqc check` accepts the result (git rules included),
// and exporting again gives the same file: as CSV byte for byte, and as a workbook cell for cell.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Action, ClosureCriteria } from '../../src/model.js';
import { cleanupRepos as cleanupGitRepos, commitAs, git, makeRepo, tempDir } from '../git/helpers.js';
import { cqc } from '../helpers/cli.js';
import { cleanupRepos, type RepoSpec, validRepo } from '../rules/fixture.js';
import { AS_OF, committedRepo, cqcAs, csvRecords, FORMULA, PRIYA } from './exchange-fixture.js';

afterAll(() => {
  cleanupRepos();
  cleanupGitRepos();
});

const criteria: ClosureCriteria = { required_evidence: ['audit', 'observation'], reviewer: 'registered-manager', approver: 'nominated-individual' };

/** Open and in-progress actions of every shape a row can carry (one target each, or none). */
const ACTIONS: Action[] = [
  {
    id: 'CB-001', title: "=Call bells on Zoë's wing answered within five minutes", location: 'rose-house', raised: '2026-10-01',
    source: 'complaint', source_ref: '@complaint 2026-31', theme: 'call-bells',
    quality_statements: ['safe.safe-systems-pathways-and-transitions', 'responsive.person-centred-care'], regulations: ['12', '17'],
    risk_areas: ['dignity'], owner: 'dan-jones',
    target: { measure: 'Call bells answered within five minutes', unit: 'percent', goal: 95, direction: 'at_least', due: '2027-01-31' },
    closure_criteria: { ...criteria, required_evidence: ['audit', 'feedback', 'observation'] }, status: 'open',
  },
  structuredClone(FORMULA),
  {
    id: 'SUP-010', title: 'Supervision sessions held every eight weeks', location: 'oak-lodge', raised: '2026-08-03', owner: 'sian-obrien',
    target: { measure: 'Staff with supervision in the last eight weeks', unit: 'percent', goal: 90, direction: 'at_least', due: '2026-10-30' },
    closure_criteria: criteria, status: 'in_progress',
  },
  {
    id: 'SG-002', title: 'Safeguarding referrals made within one working day', location: 'oak-lodge', raised: '2026-09-14', source: 'safeguarding',
    owner: 'sian-obrien', target: { measure: 'Working days from concern to referral', unit: 'days', goal: 1, direction: 'at_most' },
    closure_criteria: criteria, status: 'in_progress',
  },
];

function sourceSpec(): RepoSpec {
  const spec = validRepo();
  spec.config.locations = [{ id: 'rose-house', name: 'Rose House' }, { id: 'oak-lodge', name: 'Oak Lodge' }];
  spec.people.push({ id: 'sian-obrien', name: "Siân Ó'Brien", roles: ['registered-manager'], emails: ['sian.obrien@example.org'] });
  spec.actions = Object.fromEntries(ACTIONS.map((a) => [a.id, a]));
  spec.evidence = {};
  return spec;
}

/** A repo made by `cqc init` (two locations), its people those of the source, committed. */
function freshRepo(spec: RepoSpec): string {
  const dir = tempDir('cqc-fresh-');
  const init = cqc(['init', dir, '--provider', 'Example Care Ltd', '--location', 'rose-house=Rose House', '--location', 'oak-lodge=Oak Lodge'], { cwd: dir });
  expect(init.code, init.stderr).toBe(0);
  writeFileSync(join(dir, 'people.yaml'), stringify({ people: spec.people }));
  const repo = makeRepo(undefined, dir);
  git(dir, ['add', '-A']);
  commitAs(repo, { name: 'Grace Okafor', email: 'grace.okafor@example.org' }, '2026-11-01T09:00:00Z', {}, 'Start the assurance repo');
  return dir;
}

function expectCheckAccepts(dir: string): void {
  const r = cqc(['check', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
  const report = JSON.parse(r.stdout) as { summary: { actions: number; errors: number; git: boolean } };
  expect(r.code, r.stdout).toBe(0);
  expect(report.summary).toMatchObject({ actions: ACTIONS.length, errors: 0, git: true });
}

describe('export → import into a fresh repo → export', () => {
  const spec = sourceSpec();

  it('as CSV gives a repo cqc check accepts and the same file, byte for byte', () => {
    const source = committedRepo(spec);
    const first = cqc(['export', '--as-of', AS_OF, '-o', 'plan.csv'], { cwd: source });
    expect(first.code, first.stderr).toBe(0);
    const firstCsv = readFileSync(join(source, 'plan.csv'), 'utf8');
    // Every shape is there: a formula neutralised, a past due date (red), no location, no due date.
    expect(csvRecords(firstCsv).map((r) => [r.id, r.status, r.rag])).toEqual([
      ['CB-001', 'open', 'green'], ['IN-003', 'open', 'green'], ['SG-002', 'in_progress', 'green'], ['SUP-010', 'in_progress', 'red'],
    ]);

    const fresh = freshRepo(spec);
    const imported = cqcAs(PRIYA, ['import', join(source, 'plan.csv'), '--commit'], fresh);
    expect(imported.code, imported.stderr).toBe(0);
    expectCheckAccepts(fresh);
    // The export lists effective areas (dignity; leadership; safety); the file keeps only the
    // action's own, since its statement and regulations bring the others back.
    expect(parse(readFileSync(join(fresh, 'actions/CB-001.yaml'), 'utf8')).risk_areas).toEqual(['dignity']);
    expect(csvRecords(firstCsv)[0]?.risk_areas).toBe('dignity; leadership; safety');
    expect(cqc(['export', '--as-of', AS_OF, '-o', 'again.csv'], { cwd: fresh }).code).toBe(0);
    expect(readFileSync(join(fresh, 'again.csv'), 'utf8')).toBe(firstCsv);
    // On standard output the same rows come as plain CSV for other programs (no BOM, LF).
    expect(cqc(['export', '--as-of', AS_OF], { cwd: fresh }).stdout).toBe(firstCsv.replace('\uFEFF', '').replaceAll('\r\n', '\n'));
  });

  it('as XLSX gives the same workbook contents again', async () => {
    const source = committedRepo(spec);
    expect(cqc(['export', '--as-of', AS_OF, '-o', 'plan.xlsx'], { cwd: source }).code).toBe(0);
    const fresh = freshRepo(spec);
    const imported = cqcAs(PRIYA, ['import', join(source, 'plan.xlsx'), '--commit'], fresh);
    expect(imported.code, imported.stderr).toBe(0);
    expectCheckAccepts(fresh);
    expect(cqc(['export', '--as-of', AS_OF, '-o', 'again.xlsx'], { cwd: fresh }).code).toBe(0);
    const cells = async (path: string) => (await readExcelFile(readFileSync(path), { trim: false }))[0]?.data;
    const firstCells = await cells(join(source, 'plan.xlsx'));
    expect(firstCells).toHaveLength(ACTIONS.length + 1);
    expect(await cells(join(fresh, 'again.xlsx'))).toEqual(firstCells);
  });
});
