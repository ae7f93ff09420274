import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRow } from '../../src/exchange/columns.js';
import { readCsv, writeCsv } from '../../src/exchange/csv.js';
import { allActions, bareAction, formulaAction, fullAction } from './fixtures.js';
import { exportRowAgain } from './round-trip.js';

const headers: string[] = EXPORT_COLUMNS.map((c) => c.name);
const exported = (): Promise<string> => writeCsv(allActions.map(exportRow), true);

describe('CSV export', () => {
  it('for a program: plain UTF-8, LF after every record, no BOM', async () => {
    const text = await writeCsv(allActions.map(exportRow), false);
    expect(text.startsWith('id,title,location,raised,')).toBe(true);
    expect(text.includes('\r')).toBe(false);
    expect(text.split('\n')[0]!.split(',')).toEqual(headers);
    expect(text).toBe((await exported()).replace('\uFEFF', '').replaceAll('\r\n', '\n'));
  });

  it('for Excel: UTF-8 with a BOM and CRLF after every record, and csv-parse reads the SPEC header row back', async () => {
    const text = await exported();
    expect(text.startsWith('\uFEFFid,title,location,raised,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.match(/\n/g)?.length).toBe(text.match(/\r\n/g)?.length); // no bare LF anywhere
    expect(text.match(/\r\n/g)?.length).toBe(allActions.length + 1);
    const [header, full] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual(headers);
    const cell = (name: string): string | undefined => full?.[headers.indexOf(name)];
    expect(cell('title')).toBe("Nutrition screening for Zoë's unit, led by Siân Ó'Brien");
    expect(cell('source_ref')).toBe('Report para 4.2, "Safe"; see minutes');
    expect(cell('raised')).toBe('2026-09-01');
    expect(cell('target_due')).toBe('2026-11-30');
    expect(cell('target_goal')).toBe('95');
    expect(cell('other_targets')).toBe('weight-loss; fluids');
    expect(cell('ready')).toBe('no');
    expect(cell('decided_on')).toBe('');
  });

  it('neutralises every text cell a spreadsheet would run, and only those', async () => {
    const rows = parse(await exported(), { bom: true }) as string[][];
    const formulaRow = rows[3] ?? [];
    const cell = (name: string): string | undefined => formulaRow[headers.indexOf(name)];
    expect(cell('title')).toBe(`'${formulaAction.title}`);
    expect(cell('source_ref')).toBe(`'${formulaAction.source_ref}`);
    expect(cell('theme')).toBe("'-falls");
    expect(cell('target_measure')).toBe("'+ falls per 1,000 bed days\ttracked");
    expect(cell('reviewer')).toBe("'\tregistered-manager");
    expect(cell('approver')).toBe("''=already quoted");
    expect(cell('target_goal')).toBe('-2.5'); // a number cell is a number, not a formula
    const risky = rows.flat().filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && Number.isNaN(Number(c))));
    expect(risky).toEqual([]);
  });
});

describe('CSV import', () => {
  it('reads the export back exactly: names, lists, dates, numbers, empty cells and formula text', async () => {
    const read = await readCsv(Buffer.from(await exported(), 'utf8'));
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(read.rows[0]?.cells).toMatchObject({
      title: fullAction.title,
      quality_statements: ['safe.involving-people-to-manage-risks', 'effective.assessing-needs'],
      regulations: ['12', '14'],
      raised: '2026-09-01',
      target_goal: 95,
      other_targets: ['weight-loss', 'fluids'],
      ready: false,
    });
    expect(Object.keys(read.rows[1]?.cells ?? {}).sort()).toEqual(['id', 'owner', 'raised', 'ready', 'status', 'title']);
    expect(read.rows[2]?.cells.title).toBe(formulaAction.title);
    expect(read.rows[2]?.cells.approver).toBe("'=already quoted");
    expect(read.rows.map((r) => exportRowAgain(r.cells))).toEqual(allActions.map(exportRow));
  });

  it('keeps line breaks, quotes and commas inside a cell, and the rows after it keep their numbers', async () => {
    const awkward = { ...bareAction, id: 'MH-009', title: 'Line one\r\nline "two", with a comma\nand three' };
    const read = await readCsv(await writeCsv([awkward, fullAction].map(exportRow), true));
    expect(read.rows.map((r) => [r.row, r.cells.title])).toEqual([[2, awkward.title], [3, fullAction.title]]);
  });

  it('maps other headers with --map, matches headers without regard to case, and leaves out "Header="', async () => {
    const csv = [
      'Action ID,TITLE,Raised on,Due date,Statements,Notes',
      'FA-001,Falls mats checked,2026-09-14,2026-12-01,safe.learning-culture;safe.safe-environments,ring Zoë',
    ].join('\r\n');
    const map = new Map([['action id', 'id'], ['Raised on', 'raised'], ['Due date', 'target_due'], ['Statements', 'quality_statements'], ['Notes', '']]);
    const read = await readCsv(csv, map);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([{ row: 2, cells: {
      id: 'FA-001', title: 'Falls mats checked', raised: '2026-09-14', target_due: '2026-12-01',
      quality_statements: ['safe.learning-culture', 'safe.safe-environments'],
    } }]);
  });

  it('reports each unreadable cell with the row and cell a spreadsheet shows; blank lines still count', async () => {
    const csv = [
      'id,title,target_due,target_goal,ready',
      'AA-001,"Two-line',
      'title",2026-10-01,90,yes',
      '',
      'AA-002,Second,13/10/2026,ninety,maybe',
      'AA-003,Third,2026-02-30,,no',
    ].join('\r\n');
    const read = await readCsv(csv);
    expect(read.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(read.problems.map(({ row, column, cell }) => ({ row, column, cell }))).toEqual([
      { row: 4, column: 'target_due', cell: 'C4' },
      { row: 4, column: 'target_goal', cell: 'D4' },
      { row: 4, column: 'ready', cell: 'E4' },
      { row: 5, column: 'target_due', cell: 'C5' },
    ]);
    expect(read.problems[0]?.reason).toMatch(/"13\/10\/2026" is not a date: type it as YYYY-MM-DD/);
    expect(read.rows[1]?.cells).toEqual({ id: 'AA-002', title: 'Second' }); // bad cells left out
  });

  it('refuses unknown, duplicate, unlabelled and wrongly mapped columns rather than dropping data', async () => {
    const csv = 'id,Title,Comments,title,,Due\r\nAB-001,One,x,One again,stray,2026-10-01\r\n';
    const read = await readCsv(csv, new Map([['Due', 'due_date'], ['Owner name', 'owner']]));
    expect(read.problems).toEqual([
      { reason: '--map "Due=due_date": due_date is not an export column' },
      { row: 1, column: 'Comments', cell: 'C1', reason: expect.stringMatching(/^unknown column "Comments": .*--map "Comments=<column>" \(or "Comments=" to leave it out\)$/) },
      { row: 1, column: 'title', cell: 'D1', reason: '"Title" and "title" both give title' },
      { row: 1, cell: 'E1', reason: 'column E has values but no header' },
      { row: 1, reason: '--map names "Owner name", but no column in row 1 has that header' },
    ]);
    // the rows are still read, so the importer can report them too
    expect(read.rows).toEqual([{ row: 2, cells: { id: 'AB-001', title: 'One' } }]);
  });

  it('refuses a file that is not UTF-8 instead of importing mojibake, and names the row of a broken quote', async () => {
    const windows1252 = Buffer.from('id,title\r\nAB-001,Si\xe2n\r\n', 'latin1');
    expect((await readCsv(windows1252)).problems).toEqual([{ reason: expect.stringMatching(/not UTF-8.*CSV UTF-8/) }]);
    const broken = await readCsv('id,title\r\nAB-001,fine\r\nAB-002,"never closed\r\nAB-003,x\r\n');
    expect(broken.problems).toEqual([{ row: 3, reason: expect.stringMatching(/cannot be read/) }]);
    expect((await readCsv('')).problems).toEqual([{ row: 1, reason: 'row 1 must hold the column headers' }]);
  });
});
