// What a writing command needs from the assurance repo: the root, every record as read (with its
// text, so a later write can tell whether someone changed it meanwhile) and the rule context.
import { buildContext } from '../engine/context.js';
import { rootOf } from '../engine/judge.js';
import type { ActionRecord, RuleContext } from '../engine/types.js';
import { CqcError } from '../errors.js';
import type { Io } from '../io.js';
import { leftoverNote } from '../repo/leftovers.js';
import { fileId } from '../repo/layout.js';
import { loadConfig, loadRepo, type LoadedRepo } from '../repo/load.js';
import type { RecordFile } from '../engine/types.js';

export interface Workspace {
  root: string;
  repo: LoadedRepo;
  ctx: RuleContext;
}

export async function openWorkspace(cwd: string, dir: string | undefined, asOf: string, io?: Pick<Io, 'stderr'>): Promise<Workspace> {
  const root = rootOf(cwd, dir);
  const repo = await loadRepo(root, loadConfig(root));
  if (repo.removedLeftovers?.length) io?.stderr(leftoverNote(repo.removedLeftovers));
  // Every step needs the register: who is acting, who owns the action, who may decide.
  const unreadable = repo.people?.syntax[0];
  if (unreadable) {
    throw new CqcError(`${repo.people!.path} cannot be read (line ${unreadable.line ?? 1}: ${unreadable.message}) Fix it first: cqc needs it to know who is acting. Nothing was written.`);
  }
  return { root, repo, ctx: buildContext(repo, asOf) };
}

/** Schema or syntax problems of one record, as "line 4: …" sentences. */
function problemsOf(record: RecordFile): string[] {
  return [...record.file.syntax.map((s) => `line ${s.line ?? 1}: ${s.message}`), ...record.problems.map((p) => p.message)];
}

/**
 * The action with this id, valid against its schema. Governance steps are refused on a broken file:
 * cqc would otherwise record a decision nobody can check.
 */
export function actionFor(ws: Workspace, id: string): ActionRecord {
  const found = ws.repo.actions.find((r) => (r.file.data as { id?: unknown } | undefined)?.id === id)
    ?? ws.repo.actions.find((r) => fileId(r.file.path) === id);
  if (!found) {
    const known = ws.repo.actions.map((r) => (r.file.data as { id?: unknown } | undefined)?.id).filter((x): x is string => typeof x === 'string');
    throw new CqcError(`There is no action ${id} in ${ws.root}${known.length ? ` (actions: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})` : ''}. Check the id, or create it with "cqc new".`);
  }
  const problems = problemsOf(found);
  const record = ws.ctx.actions.find((a) => a.file === found.file);
  if (problems.length || !record) {
    throw new CqcError(`${found.file.path} has problems to fix first (${problems[0] ?? 'it is not a valid action'}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''}). Run "cqc check ${found.file.path}" to see them all.`);
  }
  return record;
}
