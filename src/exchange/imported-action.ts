// One spreadsheet row as a new improvement action, or the reasons it cannot be one. Only actions
// with no governance decision yet can come in this way: a recommendation, decision or review is
// proved by the commit of the person who made it, and a spreadsheet cell carries no such trail.
import type { Action, ActionStatus, Target } from '../model.js';
import type { ImportedCells } from './cells.js';
import type { ExportColumn } from './columns.js';

/** Why a row cannot be imported, at the column to correct (none: the row as a whole). */
export interface Refusal { column?: ExportColumn; reason: string }

export interface RowSettings {
  /** Today, resolved once by the command. */
  today: string;
  /** The risk areas a row's quality statements, regulations and source imply by themselves. */
  implied(linked: Pick<Action, 'quality_statements' | 'regulations' | 'source'>): string[];
  /** Location ids, when the layout keeps every action under its location's folder (by-location). */
  locationsRequired?: readonly string[];
}

/** Where the README explains bringing records in with their history. */
export const HISTORY_HELP = 'the README section "Bringing in records with their history (audit_trail_from)"';

const IMPORTABLE: readonly ActionStatus[] = ['open', 'in_progress'];
const DECISION_COLUMNS = ['decided_by', 'decided_on', 'review_due'] as const;
const TARGET_COLUMNS = ['target_measure', 'target_unit', 'target_goal', 'target_direction'] as const;

/** "In progress", "in-progress" and "IN_PROGRESS" all mean in_progress; an empty cell means open. */
export function statusOf(cells: ImportedCells): string {
  return cells.status === undefined ? 'open' : cells.status.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

export function rowRefusals(cells: ImportedCells, settings: RowSettings): Refusal[] {
  const out: Refusal[] = [];
  const status = statusOf(cells);
  const decided = DECISION_COLUMNS.filter((c) => cells[c] !== undefined);
  const past = status === 'monitoring' || status === 'closed';
  if (past || decided.length > 0) {
    const what = [past ? `its status is ${status}` : '', decided.length ? `${words(decided)} ${decided.length === 1 ? 'is' : 'are'} filled in` : ''].filter((s) => s !== '').join(' and ');
    out.push({
      column: past ? 'status' : decided[0]!,
      reason: `${what}, so the row records a past governance decision, which cannot be imported without its trail (who recommended and who decided, shown by their own commits). `
        + `Import the action as open or in_progress and record each step with cqc, or bring the records in with their git history (see ${HISTORY_HELP}).`,
    });
  } else if (!(IMPORTABLE as readonly string[]).includes(status)) {
    out.push({ column: 'status', reason: `"${cells.status}" is not a status an imported action can have: use open or in_progress (or leave it empty for open).` });
  }
  if (cells.title === undefined) out.push({ column: 'title', reason: 'the title is empty: every action needs a short plain description of the problem.' });
  if (cells.owner === undefined) out.push({ column: 'owner', reason: 'the owner is empty: give the people.yaml id of the person responsible for the work.' });
  if (cells.raised !== undefined && cells.raised > settings.today) {
    out.push({ column: 'raised', reason: `${cells.raised} is in the future: give the date the action was raised (an empty cell means today).` });
  }
  if (settings.locationsRequired && cells.location === undefined) {
    out.push({ column: 'location', reason: `the location is empty, and this repo keeps each action under its location's folder (layout: by-location). Give one of: ${settings.locationsRequired.join(', ')}.` });
  }
  out.push(...targetRefusals(cells));
  return out;
}

function targetRefusals(cells: ImportedCells): Refusal[] {
  const out: Refusal[] = [];
  const missing = TARGET_COLUMNS.filter((c) => cells[c] === undefined);
  if (missing.length > 0 && missing.length < TARGET_COLUMNS.length) {
    out.push({ column: missing[0]!, reason: `the target is incomplete: fill in ${words(missing)} as well (a target needs what is measured, its unit, the goal and whether the goal is at_least or at_most).` });
  } else if (missing.length === TARGET_COLUMNS.length && cells.target_due !== undefined) {
    out.push({ column: 'target_due', reason: `a target due date is given without a target: fill in ${words(TARGET_COLUMNS)} as well, or leave target_due empty.` });
  }
  if (cells.other_targets !== undefined) {
    out.push({
      column: 'other_targets',
      reason: `the action has further targets (${cells.other_targets.join(', ')}), but a spreadsheet row carries only the first one's measure, unit, goal and direction. `
        + 'Empty other_targets to import the action with its first target, then add the others to its file as targets: (each with an id).',
    });
  }
  return out;
}

/** The action a row describes, in SPEC key order; call only for a row with no refusals. */
export function importedAction(id: string, cells: ImportedCells, settings: RowSettings): Action {
  const linked = { quality_statements: cells.quality_statements, regulations: cells.regulations, source: cells.source as Action['source'] };
  // The export lists the *effective* areas; only those the row's other links do not imply are the action's own.
  const implied = new Set(settings.implied(linked));
  const own = (cells.risk_areas ?? []).filter((area) => !implied.has(area));
  const target: Target | undefined = cells.target_measure === undefined ? undefined : {
    measure: cells.target_measure,
    unit: cells.target_unit!.trim().toLowerCase().replace(/^%$/, 'percent') as Target['unit'],
    goal: cells.target_goal!,
    direction: cells.target_direction!.trim().toLowerCase().replace(/[\s-]+/g, '_') as Target['direction'],
    ...(cells.target_due !== undefined ? { due: cells.target_due } : {}),
  };
  const criteria = { required_evidence: cells.required_evidence, reviewer: cells.reviewer, approver: cells.approver };
  const entries: [string, unknown][] = [
    ['id', id], ['title', cells.title], ['location', cells.location], ['raised', cells.raised ?? settings.today],
    ['source', cells.source], ['source_ref', cells.source_ref], ['theme', cells.theme],
    ['quality_statements', cells.quality_statements], ['regulations', cells.regulations], ['risk_areas', own.length ? own : undefined],
    ['owner', cells.owner], ['target', target], ['closure_criteria', defined(criteria)], ['status', statusOf(cells)],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as unknown as Action;
}

function defined(o: Record<string, unknown>): Record<string, unknown> | undefined {
  const kept = Object.entries(o).filter(([, v]) => v !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

function words(list: readonly string[]): string {
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
