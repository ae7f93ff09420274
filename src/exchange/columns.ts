// The `cqc export` columns, in SPEC order, and one action as a row of them. Plain data in, plain data out.
import { isCalendarDate } from '../dates.js';

/**
 * What a column holds, which decides how a cell is written and read back:
 * lists are joined with "; ", dates are real dates in XLSX and YYYY-MM-DD text in CSV.
 */
export type ColumnKind = 'text' | 'list' | 'date' | 'number' | 'yes-no';

/** The SPEC columns in order; each header is the column's name. */
export const EXPORT_COLUMNS = [
  { name: 'id', kind: 'text' },
  { name: 'title', kind: 'text' },
  { name: 'location', kind: 'text' },
  { name: 'raised', kind: 'date' },
  { name: 'source', kind: 'text' },
  { name: 'source_ref', kind: 'text' },
  { name: 'theme', kind: 'text' },
  { name: 'quality_statements', kind: 'list' },
  { name: 'regulations', kind: 'list' },
  { name: 'risk_areas', kind: 'list' },
  { name: 'owner', kind: 'text' },
  { name: 'status', kind: 'text' },
  { name: 'rag', kind: 'text' },
  { name: 'target_measure', kind: 'text' },
  { name: 'target_unit', kind: 'text' },
  { name: 'target_goal', kind: 'number' },
  { name: 'target_direction', kind: 'text' },
  { name: 'target_due', kind: 'date' },
  { name: 'other_targets', kind: 'list' },
  { name: 'required_evidence', kind: 'list' },
  { name: 'reviewer', kind: 'text' },
  { name: 'approver', kind: 'text' },
  { name: 'ready', kind: 'yes-no' },
  { name: 'decided_by', kind: 'text' },
  { name: 'decided_on', kind: 'date' },
  { name: 'review_due', kind: 'date' },
] as const satisfies readonly { name: string; kind: ColumnKind }[];

export type ExportColumn = (typeof EXPORT_COLUMNS)[number]['name'];

/** Joins list cells; no list item in the records (ids, slugs, regulation numbers) contains it. */
export const LIST_SEPARATOR = '; ';

/** How `ready` is shown: words a governance meeting reads, which Excel never turns into TRUE/FALSE. */
export const YES = 'yes';
export const NO = 'no';

/** One cell as the writers get it: a date is a Date at UTC midnight, an empty cell is null. */
export type ExportCell = string | number | Date | null;
export type ExportRow = Record<ExportColumn, ExportCell>;

export interface ExportTarget {
  id: string;
  measure: string;
  unit: string;
  goal: number;
  direction: string;
  due?: string;
}

/** One action as the export needs it; the caller resolves effective risk areas, RAG and readiness. */
export interface ActionExportInput {
  id: string;
  title: string;
  location?: string;
  raised: string;
  source?: string;
  source_ref?: string;
  theme?: string;
  quality_statements?: readonly string[];
  regulations?: readonly string[];
  /** The effective areas (declared plus those implied by statements, regulations and source). */
  risk_areas: readonly string[];
  owner: string;
  status: string;
  rag?: string;
  /** A single `target:` is passed as one target with id `target`; the first one fills the target_ columns. */
  targets: readonly ExportTarget[];
  required_evidence?: readonly string[];
  reviewer?: string;
  approver?: string;
  ready: boolean;
  decided_by?: string;
  decided_on?: string;
  review_due?: string;
}

export function exportRow(action: ActionExportInput): ExportRow {
  const first = action.targets[0];
  return {
    id: action.id,
    title: action.title,
    location: text(action.location),
    raised: date(action.raised),
    source: text(action.source),
    source_ref: text(action.source_ref),
    theme: text(action.theme),
    quality_statements: list(action.quality_statements),
    regulations: list(action.regulations),
    risk_areas: list(action.risk_areas),
    owner: action.owner,
    status: action.status,
    rag: text(action.rag),
    target_measure: text(first?.measure),
    target_unit: text(first?.unit),
    target_goal: first?.goal ?? null,
    target_direction: text(first?.direction),
    target_due: date(first?.due),
    other_targets: list(action.targets.slice(1).map((t) => t.id)),
    required_evidence: list(action.required_evidence),
    reviewer: text(action.reviewer),
    approver: text(action.approver),
    ready: action.ready ? YES : NO,
    decided_by: text(action.decided_by),
    decided_on: date(action.decided_on),
    review_due: date(action.review_due),
  };
}

/** A calendar date as a Date at UTC midnight, so no time zone can move it to the day before. */
export function utcDate(isoDate: string): Date {
  if (!isCalendarDate(isoDate)) throw new TypeError(`not a calendar date (YYYY-MM-DD): ${isoDate}`);
  return new Date(Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)));
}

/** The calendar date of a Date read in UTC: the inverse of utcDate, and how spreadsheet dates are read. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function text(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

function list(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? values.join(LIST_SEPARATOR) : null;
}

function date(value: string | undefined): Date | null {
  return value === undefined ? null : utcDate(value);
}
