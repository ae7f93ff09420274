import readExcelFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRow } from '../../src/exchange/columns.js';
import { readXlsx, SHEET_NAME, writeXlsx } from '../../src/exchange/xlsx.js';
import { allActions, bareAction, formulaAction } from './fixtures.js';
import { exportRowAgain } from './round-trip.js';
import { inTimeZone } from './time-zone.js';

const headers: string[] = EXPORT_COLUMNS.map((c) => c.name);

describe('XLSX export', () => {
  it('is one "Actions" sheet that read-excel-file reads as the SPEC header, real date cells, numbers and text', async () => {
    const [sheet, ...others] = await readExcelFile(await writeXlsx(allActions.map(exportRow)), { trim: false });
    expect(others).toEqual([]);
    expect(sheet?.sheet).toBe(SHEET_NAME);
    const [header, full, bare, formula] = (sheet?.data ?? []) as unknown[][];
    expect(header).toEqual(headers);
    const cell = (row: unknown[] | undefined, name: string): unknown => row?.[headers.indexOf(name)];
    expect(cell(full, 'raised')).toEqual(new Date('2026-09-01T00:00:00Z')); // a date cell, not text
    expect(cell(full, 'target_due')).toEqual(new Date('2026-11-30T00:00:00Z'));
    expect(cell(formula, 'review_due')).toEqual(new Date('2027-01-20T00:00:00Z'));
    expect(cell(full, 'target_goal')).toBe(95);
    expect(cell(formula, 'target_goal')).toBe(-2.5);
    expect(cell(full, 'title')).toBe("Nutrition screening for Zoë's unit, led by Siân Ó'Brien");
    expect(cell(full, 'regulations')).toBe('12; 14');
    expect(cell(bare, 'location')).toBeNull();
    expect(cell(bare, 'target_due')).toBeNull();
    expect(cell(formula, 'title')).toBe(`'${formulaAction.title}`);
    expect(cell(formula, 'reviewer')).toBe("'\tregistered-manager");
  });

  it('reads back exactly, in any time zone', async () => {
    const awkward = { ...bareAction, id: 'MH-009', title: '  Line one\r\nline "two"\t ' };
    const rows = [...allActions, awkward].map(exportRow);
    for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
      const read = await inTimeZone(zone, async () => readXlsx(await writeXlsx(rows)));
      expect(read.problems).toEqual([]);
      expect(read.rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
      expect(read.rows[0]?.cells).toMatchObject({ raised: '2026-09-01', target_due: '2026-11-30', other_targets: ['weight-loss', 'fluids'] });
      expect(read.rows[3]?.cells.title).toBe(awkward.title);
      expect(read.rows.map((r) => exportRowAgain(r.cells))).toEqual(rows);
    }
  });
});

describe('XLSX import of a workbook cqc did not write', () => {
  // Written with write-excel-file directly, the way a provider's own tracker might look: other
  // headers and order, dates as date cells in other formats or typed as text, numbers where cqc
  // writes text, TRUE/FALSE cells, a blank row, and one bad date.
  const tracker = (): Promise<Buffer> => writeExcelFile([
    ['Ref', 'Action', 'Raised', 'Due date', 'Regs', 'Goal', 'Ready?', 'Lead'],
    ['FA-001', 'Falls mats checked', { value: new Date('2026-09-14T00:00:00Z'), format: 'd mmm yyyy' }, { value: new Date('2026-12-01T00:00:00Z'), format: 'dd/mm/yyyy' }, 12, 95, false, 'Siân Ó\'Brien'],
    [null, null, null, null, null, null, null, null],
    ['FA-002', 'Sensor mats tested', '2026-09-15', '2027-01-04', '12; 17', '90', true, 'Zoë'],
    ['FA-003', '=1+1', '15/09/2026', null, null, null, null, null],
  ], { dateFormat: 'yyyy-mm-dd' }).toBuffer();
  const map = new Map([['Ref', 'id'], ['Action', 'title'], ['Due date', 'target_due'], ['Regs', 'regulations'], ['Goal', 'target_goal'], ['Ready?', 'ready'], ['Lead', 'owner']]);

  it('reads date cells and dates typed as text alike, and numbers in text columns as text', async () => {
    const read = await readXlsx(await tracker(), map);
    expect(read.rows.slice(0, 2)).toEqual([
      { row: 2, cells: { id: 'FA-001', title: 'Falls mats checked', raised: '2026-09-14', target_due: '2026-12-01', regulations: ['12'], target_goal: 95, ready: false, owner: "Siân Ó'Brien" } },
      { row: 4, cells: { id: 'FA-002', title: 'Sensor mats tested', raised: '2026-09-15', target_due: '2027-01-04', regulations: ['12', '17'], target_goal: 90, ready: true, owner: 'Zoë' } },
    ]);
  });

  it('names the row and cell of a bad value as the spreadsheet shows them, after a blank row', async () => {
    const read = await readXlsx(await tracker(), map);
    expect(read.rows.map((r) => r.row)).toEqual([2, 4, 5]);
    expect(read.rows[2]?.cells).toEqual({ id: 'FA-003', title: '=1+1' }); // a user's own text is kept as typed
    expect(read.problems).toEqual([
      { row: 5, column: 'Raised', cell: 'C5', reason: '"15/09/2026" is not a date: type it as YYYY-MM-DD or make the cell a date cell' },
    ]);
  });

  it('refuses what is not a workbook, with a reason rather than an exception', async () => {
    const read = await readXlsx(Buffer.from('id,title\r\nAA-001,x\r\n'));
    expect(read.rows).toEqual([]);
    expect(read.problems).toEqual([{ reason: expect.stringMatching(/^not an \.xlsx workbook/) }]);
  });
});
