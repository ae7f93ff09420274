// What a writing command needs from the assurance repo: the root, every record as read (with its
// text, so a later write can tell whether someone changed it meanwhile) and the rule context.
import { resolve } from 'node:path';
import { buildContext } from '../engine/context.js';
import { CqcError } from '../errors.js';
import { loadRepo, type LoadedRepo } from '../repo/load.js';
import { findRoot } from '../repo/root.js';
import type { SourceFile } from '../repo/source.js';
import type { ActionRecord, RuleContext } from '../rules/types.js';

export interface Workspace {
  root: string;
  repo: LoadedRepo;
  ctx: RuleContext;
}

export function openWorkspace(cwd: string, dir: string | undefined, asOf: string): Workspace {
  const root = dir !== undefined ? findRoot(resolve(cwd, dir), true) : findRoot(cwd);
  const repo = loadRepo(root);
  return { root, repo, ctx: buildContext(repo, asOf) };
}

/** Schema or syntax problems of one file, as "line 4: …" sentences. */
function problemsOf(ws: Workspace, file: SourceFile): string[] {
  const record = ws.ctx.files.find((f) => f.file === file);
  if (!record) return [];
  return [...file.syntax.map((s) => `line ${s.line ?? 1}: ${s.message}`), ...record.problems.map((p) => p.message)];
}

/**
 * The action with this id, valid against its schema. Governance steps are refused on a broken file:
 * cqc would otherwise record a decision nobody can check.
 */
export function actionFor(ws: Workspace, id: string): ActionRecord {
  const file = ws.repo.actions.find((f) => (f.data as { id?: unknown } | undefined)?.id === id)
    ?? ws.repo.actions.find((f) => f.path.replace(/^.*\//, '').replace(/\.ya?ml$/, '') === id);
  if (!file) {
    const known = ws.repo.actions.map((f) => (f.data as { id?: unknown } | undefined)?.id).filter((x): x is string => typeof x === 'string');
    throw new CqcError(`There is no action ${id} in ${ws.root}${known.length ? ` (actions: ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''})` : ''}. Check the id, or create it with "cqc new".`);
  }
  const problems = problemsOf(ws, file);
  const record = ws.ctx.actions.find((a) => a.file === file);
  if (problems.length || !record) {
    throw new CqcError(`${file.path} has problems to fix first (${problems[0] ?? 'it is not a valid action'}${problems.length > 1 ? `, and ${problems.length - 1} more` : ''}). Run "cqc check ${file.path}" to see them all.`);
  }
  return record;
}
