// `cqc import` through the built CLI, on real git repos: a workbook written by a spreadsheet library
// with the provider's own headers (--map), dry runs that write nothing, every reason a row is
// refused with its row, column and cell, ids allocated as `cqc new` does, all-or-nothing writes,
// one commit as the importing person, and the group layout's folders.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import writeExcelFile from 'write-excel-file/node';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupRepos as cleanupGitRepos, commitAs, makeRepo } from '../git/helpers.js';
import { cqc } from '../helpers/cli.js';
import { cleanupRepos } from '../rules/fixture.js';
import { committedRepo, cqcAs, fileText, gitIn, PRIYA, SPEC_HEADERS } from './exchange-fixture.js';

afterAll(() => {
  cleanupRepos();
  cleanupGitRepos();
});

type Row = Partial<Record<(typeof SPEC_HEADERS)[number], string>>;

/** A CSV with every SPEC header, in SPEC order, so column letters are the export's. */
function planCsv(dir: string, rows: Row[], name = 'plan.csv'): string {
  writeFileSync(join(dir, name), stringify([SPEC_HEADERS, ...rows.map((r) => SPEC_HEADERS.map((h) => r[h as keyof Row] ?? ''))], { bom: true }));
  return name;
}

const porcelain = (dir: string) => gitIn(dir, ['status', '--porcelain']);
const actionFiles = (dir: string) => readdirSync(join(dir, 'actions')).sort();

interface CheckJson { summary: { errors: number }; findings: { rule: string; file: string; severity: string }[] }
function checkJson(dir: string, args: string[] = ['--no-git']): CheckJson {
  const r = cqc(['check', '--format', 'json', ...args], { cwd: dir });
  return JSON.parse(r.stdout) as CheckJson;
}

const OPEN_ROW: Row = { title: 'Call bells answered within five minutes', location: 'rose-house', owner: 'dan-jones', status: 'open' };

describe('cqc import of a workbook with its own headers (--map)', () => {
  const dir = committedRepo();
  const map = ['Ref=id', 'Action=title', 'Home=location', 'Lead=owner', 'Measure=target_measure', 'Unit=target_unit', 'Goal=target_goal',
    'Direction=target_direction', 'Due=target_due', 'Evidence needed=required_evidence', 'Recommends=reviewer', 'Decides=approver', 'Regs=regulations', 'Notes=']
    .flatMap((m) => ['--map', m]);
  const workbook = async () => {
    // Written by write-excel-file directly, as a provider's own tracker: other headers and order,
    // date cells in a local format, a date typed as text, a number where cqc writes text.
    const date = (iso: string) => ({ value: new Date(`${iso}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' });
    const buffer = await writeExcelFile([
      ['Ref', 'Action', 'Home', 'Raised', 'Lead', 'Status', 'Measure', 'Unit', 'Goal', 'Direction', 'Due', 'Evidence needed', 'Recommends', 'Decides', 'Regs', 'Notes'],
      [null, 'Falls sensor mats tested every shift', 'oak-lodge', date('2026-11-02'), 'sian-obrien', 'In progress', 'Shifts with sensor mats tested', 'percent', 95, 'at_least', date('2026-12-20'), 'audit; observation', 'registered-manager', 'nominated-individual', 12, 'talk to estates'],
      ['FA-010', 'Bed rails checked weekly', 'rose-house', '2026-11-03', 'dan-jones', 'open', null, null, null, null, null, null, null, null, null, null],
    ] as unknown as Parameters<typeof writeExcelFile>[0]).toBuffer();
    writeFileSync(join(dir, 'tracker.xlsx'), buffer);
  };

  it('--dry-run says what would be raised and writes nothing', async () => {
    await workbook();
    gitIn(dir, ['add', 'tracker.xlsx']);
    gitIn(dir, ['-c', 'user.name=Setup', '-c', 'user.email=setup@example.org', 'commit', '-qm', 'tracker']);
    const r = cqcAs(PRIYA, ['import', 'tracker.xlsx', ...map, '--dry-run'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Dry run: nothing was written. 2 actions from tracker.xlsx would be raised:\n'
      + '  row 2: FSM-001 (in_progress) → actions/FSM-001.yaml: Falls sensor mats tested every shift\n'
      + '  row 3: FA-010 (open) → actions/FA-010.yaml: Bed rails checked weekly\n');
    expect(porcelain(dir)).toBe('');
  });

  it('raises each row as an action that cqc check accepts, with dates from date cells', () => {
    const r = cqcAs(PRIYA, ['import', 'tracker.xlsx', ...map], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Raised 2 actions from tracker.xlsx:');
    expect(parse(fileText(dir, 'actions/FSM-001.yaml'))).toEqual({
      id: 'FSM-001', title: 'Falls sensor mats tested every shift', location: 'oak-lodge', raised: '2026-11-02',
      regulations: ['12'], owner: 'sian-obrien',
      target: { measure: 'Shifts with sensor mats tested', unit: 'percent', goal: 95, direction: 'at_least', due: '2026-12-20' },
      closure_criteria: { required_evidence: ['audit', 'observation'], reviewer: 'registered-manager', approver: 'nominated-individual' },
      status: 'in_progress',
    });
    expect(parse(fileText(dir, 'actions/FA-010.yaml'))).toEqual({ id: 'FA-010', title: 'Bed rails checked weekly', location: 'rose-house', raised: '2026-11-03', owner: 'dan-jones', status: 'open' });
    const check = checkJson(dir);
    expect(check.findings.filter((f) => f.severity === 'error' && /FSM-001|FA-010/.test(f.file))).toEqual([]);
    // Without --commit the files wait for the user to review and commit them.
    expect(porcelain(dir)).toBe('?? actions/FA-010.yaml\n?? actions/FSM-001.yaml\n');
  });
});

describe('cqc import refuses rows, each with its row, column and reason, and then writes nothing', () => {
  const dir = committedRepo();
  const NHS = '401 023 2137';
  const DOB = '12/03/1941';
  const full = { target_measure: 'Calls answered in 5 minutes', target_unit: 'percent', target_goal: '95', target_direction: 'at_least' };
  const rows: Row[] = [
    OPEN_ROW, // 2: valid, but not written while any row is refused
    { ...OPEN_ROW, id: 'MH-001' }, // 3
    { ...OPEN_ROW, status: 'closed' }, // 4
    { ...OPEN_ROW, decided_by: 'grace-okafor', decided_on: '2026-11-01' }, // 5
    { ...OPEN_ROW, owner: 'nobody-here' }, // 6
    { ...OPEN_ROW, raised: '13/10/2026' }, // 7
    { ...OPEN_ROW, target_measure: 'Calls answered in 5 minutes' }, // 8
    { ...OPEN_ROW, ...full, other_targets: 'night-calls' }, // 9
    { ...OPEN_ROW, id: 'mh 7' }, // 10
    { ...OPEN_ROW, id: 'CB-001' }, // 11: fine by itself
    { ...OPEN_ROW, id: 'CB-001' }, // 12
    { ...OPEN_ROW, title: '' }, // 13
    { ...OPEN_ROW, ...full, target_unit: 'percentage' }, // 14
    { ...OPEN_ROW, location: 'elm-court' }, // 15
    { ...OPEN_ROW, title: `Call bell for NHS number ${NHS}` }, // 16
    { ...OPEN_ROW, status: 'done' }, // 17
    { ...OPEN_ROW, raised: '2999-01-01' }, // 18
    { ...OPEN_ROW, status: `born ${DOB}` }, // 19: a value the refusal would quote
  ];
  const r = cqcAs(PRIYA, ['import', planCsv(dir, rows)], dir);
  const lines = r.stderr.split('\n');
  const lineFor = (row: number) => lines.filter((l) => l.startsWith(`  row ${row},`) || l.startsWith(`  row ${row}:`));

  it('exits 1, says how many rows, and writes nothing at all', () => {
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines[0]).toBe('cqc: 16 of 18 rows in plan.csv cannot be imported, so nothing was written:');
    expect(lines.at(-2)).toBe('Correct (or delete) these rows in the spreadsheet and run cqc import again; add --dry-run to check without writing.');
    expect(actionFiles(dir)).toEqual(['IN-003.yaml', 'MH-001.yaml', 'NU-004.yaml', 'SUP-002.yaml']);
    expect(porcelain(dir)).toBe('?? plan.csv\n');
    expect(lineFor(2)).toEqual([]);
    expect(lineFor(11)).toEqual([]);
  });

  it.each([
    [3, 'id (A3): MH-001 already exists (actions/MH-001.yaml); cqc never overwrites an action.'],
    [4, 'status (L4): its status is closed, so the row records a past governance decision, which cannot be imported without its trail'],
    [5, 'decided_by (X5): decided_by and decided_on are filled in, so the row records a past governance decision'],
    [6, 'owner (K6): The owner "nobody-here" is not in people.yaml.'],
    [7, 'raised (D7): "13/10/2026" is not a date: type it as YYYY-MM-DD or make the cell a date cell.'],
    [8, 'target_unit (O8): the target is incomplete: fill in target_unit, target_goal and target_direction as well'],
    [9, 'other_targets (S9): the action has further targets (night-calls), but a spreadsheet row carries only the first one'],
    [10, 'id (A10): "mh 7" is not an action id'],
    [12, 'id (A12): CB-001 is also the id in row 11: each action needs its own id.'],
    [13, 'title (B13): the title is empty'],
    [14, 'target_unit (O14): target.unit is "percentage", which is not allowed. Use one of: percent, count, days, other'],
    [15, 'location (C15): Location "elm-court" is not listed in cqc.yaml.'],
    [16, 'title (B16): '],
    [17, 'status (L17): "done" is not a status an imported action can have: use open or in_progress'],
    [18, 'raised (D18): 2999-01-01 is in the future'],
  ])('row %i is refused at its column and cell', (row, text) => {
    const found = lineFor(row);
    expect(found, r.stderr).toHaveLength(1);
    expect(found[0]).toContain(`  row ${row}, ${text}`);
  });

  it('points a past decision at the README on audit_trail_from', () => {
    expect(lineFor(4)[0]).toContain('see the README section "Bringing in records with their history (audit_trail_from)"');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toMatch(/^#+ Bringing in records with their history \(`audit_trail_from`\)$/m);
  });

  it('never repeats personal data it refuses', () => {
    expect(lineFor(16)[0]).toMatch(/personal data|NHS number/i);
    expect(r.stderr).not.toContain(NHS);
    expect(r.stderr).not.toContain(NHS.replace(/ /g, ''));
    expect(lineFor(19)[0]).toBe('  row 19, status (L19): "born [withheld: looks like personal data]" is not a status an imported action can have: use open or in_progress (or leave it empty for open).');
    expect(r.stderr).not.toContain(DOB);
  });
});

describe('cqc import, all or nothing', () => {
  it('writes no row while one is refused, and every row once it is corrected', () => {
    const dir = committedRepo();
    const second = { ...OPEN_ROW, title: 'Bed rails checked weekly' };
    const refused = cqcAs(PRIYA, ['import', planCsv(dir, [OPEN_ROW, second, { ...OPEN_ROW, owner: 'nobody-here' }])], dir);
    expect(refused.code).toBe(1);
    expect(actionFiles(dir)).toHaveLength(4);
    // rag and ready are cqc's to judge: whatever a sheet says there is not read, so never refused.
    const fixed = cqcAs(PRIYA, ['import', planCsv(dir, [OPEN_ROW, second, { ...OPEN_ROW, title: 'Night checks recorded', rag: 'purple', ready: 'maybe' }])], dir);
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(actionFiles(dir)).toEqual(['BRC-001.yaml', 'CBA-001.yaml', 'IN-003.yaml', 'MH-001.yaml', 'NCR-001.yaml', 'NU-004.yaml', 'SUP-002.yaml']);
  });
});

describe('cqc import allocates ids as cqc new does', () => {
  it('takes the next free number for the title\'s prefix, past ids the sheet gives, and cqc new continues from there', () => {
    const dir = committedRepo();
    const title = 'Moving and handling refresher for night staff';
    const r = cqcAs(PRIYA, ['import', planCsv(dir, [{ ...OPEN_ROW, title }, { ...OPEN_ROW, title, id: 'MAH-007' }, { ...OPEN_ROW, title }])], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('  row 2: MAH-008 (open) → actions/MAH-008.yaml');
    expect(r.stdout).toContain('  row 3: MAH-007 (open) → actions/MAH-007.yaml');
    expect(r.stdout).toContain('  row 4: MAH-009 (open) → actions/MAH-009.yaml');
    const next = cqcAs(PRIYA, ['new', '--title', title, '--owner', 'dan-jones', '--location', 'rose-house', '--no-input'], dir);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stdout).toMatch(/^Raised MAH-010: /);
  });
});

describe('cqc import --commit', () => {
  it('makes one commit as the importing person, holding only the new files, with Cqc-Action and Cqc-Event: imported', () => {
    const dir = committedRepo();
    writeFileSync(join(dir, 'notes.txt'), 'not part of the import\n');
    gitIn(dir, ['add', 'notes.txt']); // staged by the user: must stay out of the commit
    const before = Number(gitIn(dir, ['rev-list', '--count', 'HEAD']).trim());
    const r = cqcAs(PRIYA, ['import', planCsv(dir, [OPEN_ROW, { ...OPEN_ROW, title: 'Bed rails checked weekly', location: 'oak-lodge' }]), '--commit'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Committed the 2 files as [0-9a-f]{7}\./);
    expect(Number(gitIn(dir, ['rev-list', '--count', 'HEAD']).trim())).toBe(before + 1);
    expect(gitIn(dir, ['log', '-1', '--format=%an <%ae>%n%B'])).toBe(
      'Priya Patel <priya.patel@example.org>\nImport 2 actions from plan.csv\n\nCqc-Action: CBA-001\nCqc-Action: BRC-001\nCqc-Event: imported\n\n');
    expect(gitIn(dir, ['show', '--name-only', '--format=', 'HEAD']).trim().split('\n').sort()).toEqual(['actions/BRC-001.yaml', 'actions/CBA-001.yaml']);
    expect(porcelain(dir)).toBe('A  notes.txt\n?? plan.csv\n');
    // The trail accepts the new actions: no finding of any rule, git rules included.
    const check = checkJson(dir, ['actions/CBA-001.yaml', 'actions/BRC-001.yaml']);
    expect(check.findings).toEqual([]);
  });
});

describe('cqc import in the group layout (by-location)', () => {
  const config = 'provider: Example Care Ltd\nlayout: by-location\nlocations:\n  - { id: rose-house, name: Rose House }\n  - { id: oak-lodge, name: Oak Lodge }\n';
  const people = 'people:\n  - id: dan-jones\n    name: Dan Jones\n    roles: [deputy-manager]\n    emails: [dan.jones@example.org]\n'
    + '  - id: priya-patel\n    name: Priya Patel\n    roles: [registered-manager]\n    emails: [priya.patel@example.org]\n';

  it('puts each action under its location\'s folder, and refuses a row with no location', () => {
    const repo = makeRepo();
    commitAs(repo, { name: 'Setup', email: 'setup@example.org' }, '2026-11-01T09:00:00Z', { 'cqc.yaml': config, 'people.yaml': people, 'locations/.gitkeep': '' }, 'Start');
    const rows = [OPEN_ROW, { ...OPEN_ROW, title: 'Bed rails checked weekly', location: 'oak-lodge' }];
    const refused = cqcAs(PRIYA, ['import', planCsv(repo.dir, [...rows, { ...OPEN_ROW, title: 'Night checks recorded', location: '' }])], repo.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('  row 4, location (C4): the location is empty, and this repo keeps each action under its location\'s folder (layout: by-location). Give one of: rose-house, oak-lodge.');
    const r = cqcAs(PRIYA, ['import', planCsv(repo.dir, rows)], repo.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(repo.dir, 'locations/rose-house/actions/CBA-001.yaml'))).toBe(true);
    expect(existsSync(join(repo.dir, 'locations/oak-lodge/actions/BRC-001.yaml'))).toBe(true);
    expect(checkJson(repo.dir).summary.errors).toBe(0);
  });
});

describe('cqc import of a file it cannot read (exit 2, nothing written)', () => {
  const dir = committedRepo();
  const refuse = (args: string[]) => {
    const r = cqcAs(PRIYA, ['import', ...args], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(actionFiles(dir)).toHaveLength(4);
    return r.stderr;
  };

  it('a header cqc does not know, unless it is mapped', () => {
    writeFileSync(join(dir, 'own.csv'), 'Action,Lead,Shoe size\nCall bells answered,dan-jones,9\n');
    expect(refuse(['own.csv', '--map', 'Action=title', '--map', 'Lead=owner'])).toBe('cqc: own.csv cannot be imported; nothing was written:\n'
      + '  row 1 (C1): unknown column "Shoe size": rename it to an export header or map it with --map "Shoe size=<column>" (or "Shoe size=" to leave it out).\n');
  });

  it('a sheet with no title or owner column', () => {
    writeFileSync(join(dir, 'no-owner.csv'), 'title,location\nCall bells answered,rose-house\n');
    expect(refuse(['no-owner.csv'])).toContain('the sheet has no owner column: head one column "owner", or name yours with --map "<your header>=owner".');
  });

  it('a CSV that is not UTF-8, a file of another kind, a missing file and a --map without "="', () => {
    writeFileSync(join(dir, 'latin1.csv'), Buffer.from('title,owner\nR\xe9sidents call bells,dan-jones\n', 'latin1'));
    expect(refuse(['latin1.csv'])).toContain('the file is not UTF-8 text: in Excel, save it as "CSV UTF-8 (Comma delimited)".');
    writeFileSync(join(dir, 'plan.xls'), 'old');
    expect(refuse(['plan.xls'])).toBe('cqc: cqc import reads .csv and .xlsx files; plan.xls is neither. Open it in Excel and save it as .xlsx (Excel Workbook).\n');
    expect(refuse(['missing.csv'])).toMatch(/^cqc: Cannot read .*missing\.csv \(ENOENT\): there is no such file\.\n$/);
    expect(refuse(['own.csv', '--map', 'Lead'])).toContain('--map "Lead" needs the form');
  });

  it('a sheet with headers and no rows imports nothing, and says so', () => {
    writeFileSync(join(dir, 'empty.csv'), `${SPEC_HEADERS.join(',')}\n`);
    const r = cqcAs(PRIYA, ['import', 'empty.csv'], dir);
    expect([r.code, r.stdout]).toEqual([0, 'empty.csv has no rows below its header row: nothing to import.\n']);
  });
});

describe('bringing in records with their history, as the README says', () => {
  it('a past decision committed by the person bringing it in stands once a senior starts the trail after that commit', () => {
    const dir = committedRepo(); // MH-001 closed, committed by "Setup", not by its decider
    const gitErrors = () => checkJson(dir, ['--as-of', '2026-11-15']).findings.filter((f) => f.severity === 'error' && f.file === 'actions/MH-001.yaml').map((f) => f.rule);
    expect(gitErrors()).toContain('closure-attribution');
    const head = gitIn(dir, ['rev-parse', 'HEAD']).trim();
    const config = fileText(dir, 'cqc.yaml').replace('require_signed_closures: false', `require_signed_closures: false\n  audit_trail_from: "${head}"`);
    commitAs({ dir }, { name: 'Grace Okafor', email: 'grace.okafor@example.org' }, '2026-11-02T09:00:00Z', { 'cqc.yaml': config }, 'Start the audit trail after the records brought in');
    expect(gitErrors()).toEqual([]);
  });
});
