// Which rows become which action files: ids given in the sheet are kept (never one already in use),
// empty id cells get the next free id as `cqc new` allocates it, and the layout says where each goes.
import type { Layout } from '../repo/layout.js';
import type { Action } from '../model.js';
import { nextActionId, prefixFromTitle } from '../workflow/ids.js';
import type { SheetRow } from './sheet.js';
import { importedAction, type Refusal, rowRefusals, type RowSettings } from './imported-action.js';

const ACTION_ID = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

export interface PlannedAction { row: number; id: string; path: string; action: Action }
export interface Rejection extends Refusal { row: number }

export interface ImportPlan { planned: PlannedAction[]; rejections: Rejection[] }

/** `existing`: every action id in the repo, with the file that holds it. */
export function planImport(rows: readonly SheetRow[], existing: ReadonlyMap<string, string>, layout: Layout, settings: RowSettings): ImportPlan {
  const rejections: Rejection[] = [];
  const given = new Map<string, number>(); // id → first row that gives it
  for (const { row, cells } of rows) {
    const id = cells.id?.trim();
    if (id === undefined) continue;
    const reject = (reason: string) => rejections.push({ row, column: 'id', reason });
    if (!ACTION_ID.test(id)) reject(`"${id}" is not an action id: ids are capital letters and digits in groups joined by hyphens, e.g. MH-001. Correct it, or empty the cell to have the next free id given.`);
    else if (existing.has(id)) reject(`${id} already exists (${existing.get(id)}); cqc never overwrites an action. Empty the cell to have the next free id given, or use an id not yet in use.`);
    else if (given.has(id)) reject(`${id} is also the id in row ${given.get(id)}: each action needs its own id. Empty this cell to have the next free id given.`);
    else given.set(id, row);
  }
  const taken = new Set([...existing.keys(), ...given.keys()]);
  const planned: PlannedAction[] = [];
  for (const { row, cells } of rows) {
    const refusals = rowRefusals(cells, settings);
    rejections.push(...refusals.map((r) => ({ row, ...r })));
    const explicit = cells.id?.trim();
    if (explicit !== undefined && given.get(explicit) !== row) continue;
    if (refusals.length > 0) continue;
    const id = explicit ?? nextActionId(prefixFromTitle(cells.title!), taken);
    taken.add(id);
    const action = importedAction(id, cells, settings);
    const path = layout.actionPath(id, action.location);
    // The location names a folder in the group layout: never let a cell choose a path outside it.
    if (path === undefined || layout.kindOf(path) !== 'action') {
      rejections.push({ row, column: 'location', reason: `"${action.location ?? ''}" is not a location id: lower-case letters, digits and hyphens, as cqc.yaml lists them (e.g. rose-house).` });
      continue;
    }
    planned.push({ row, id, path, action });
  }
  rejections.sort((a, b) => a.row - b.row);
  return { planned, rejections };
}
