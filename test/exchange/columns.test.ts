import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRow, isoDate, utcDate } from '../../src/exchange/columns.js';
import { bareAction, formulaAction, fullAction } from './fixtures.js';

// Copied from SPEC.md `cqc export`, so a reordering or a renamed header in the code fails here.
const SPEC_HEADERS = `id, title, location, raised, source, source_ref, theme, quality_statements, regulations, risk_areas,
  owner, status, rag, target_measure, target_unit, target_goal, target_direction, target_due, other_targets,
  required_evidence, reviewer, approver, ready, decided_by, decided_on, review_due`.split(/,\s*/);

describe('export columns', () => {
  it('are the SPEC columns, in SPEC order, and a row has exactly those keys in that order', () => {
    expect(EXPORT_COLUMNS.map((c) => c.name)).toEqual(SPEC_HEADERS);
    expect(Object.keys(exportRow(fullAction))).toEqual(SPEC_HEADERS);
    expect(Object.keys(exportRow(bareAction))).toEqual(SPEC_HEADERS);
  });

  it('joins lists with "; ", takes the first target and lists the ids of the others', () => {
    const row = exportRow(fullAction);
    expect(row.quality_statements).toBe('safe.involving-people-to-manage-risks; effective.assessing-needs');
    expect(row.regulations).toBe('12; 14');
    expect(row.risk_areas).toBe('safety; safeguarding');
    expect(row.required_evidence).toBe('audit; observation; care_record');
    expect([row.target_measure, row.target_unit, row.target_goal, row.target_direction]).toEqual(
      ['People screened with MUST on admission and monthly', 'percent', 95, 'at_least']);
    expect(row.other_targets).toBe('weight-loss; fluids');
    expect(row.title).toBe(fullAction.title);
    expect(row.ready).toBe('no');
    expect(exportRow(formulaAction).ready).toBe('yes');
  });

  it('gives dates as Dates at UTC midnight of the same calendar day', () => {
    const row = exportRow(formulaAction);
    for (const [column, date] of [['raised', '2026-08-31'], ['target_due', '2026-10-01'], ['decided_on', '2026-10-20'], ['review_due', '2027-01-20']] as const) {
      const cell = row[column];
      expect(cell).toBeInstanceOf(Date);
      expect((cell as Date).toISOString()).toBe(`${date}T00:00:00.000Z`);
    }
  });

  it('leaves every missing value as an empty cell, not "" or "undefined"', () => {
    const row = exportRow(bareAction);
    const empty = SPEC_HEADERS.filter((h) => row[h as keyof typeof row] === null);
    expect(empty).toEqual(SPEC_HEADERS.filter((h) => !['id', 'title', 'raised', 'owner', 'status', 'ready'].includes(h)));
    expect(exportRow({ ...bareAction, source_ref: '', quality_statements: [] }).source_ref).toBeNull();
  });

  it('refuses a date that is not a calendar date rather than exporting the wrong day', () => {
    expect(() => exportRow({ ...bareAction, raised: '2026-02-30' })).toThrow(/calendar date/);
    expect(() => utcDate('13/10/2026')).toThrow(/calendar date/);
    expect(isoDate(utcDate('2028-02-29'))).toBe('2028-02-29');
  });
});
