// `cqc migrate --layout by-location|flat`: move every record to the other layout in one commit. Each
// record moves unchanged (a pure rename, which git pairs with its old path), so every git rule still
// judges it with its whole past. The commit changes cqc.yaml, so a senior makes it (registry-change).
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { today } from '../dates.js';
import { buildContext } from '../engine/context.js';
import { rootOf } from '../engine/judge.js';
import { CqcError, UsageError } from '../errors.js';
import { commitFiles, gitInfo, uncommittedPaths } from '../git/index.js';
import type { Io } from '../io.js';
import { CONFIG_FILE, layoutOf, type Layout } from '../repo/layout.js';
import { configData, loadConfig, loadRepo } from '../repo/load.js';
import { renderDocument, writeFileAtomic } from '../repo/write.js';

export interface MigrateOptions { dir?: string; layout: string }

interface Move { from: string; to: string }

export async function migrateCommand(opts: MigrateOptions, io: Io): Promise<number> {
  if (opts.layout !== 'flat' && opts.layout !== 'by-location') throw new UsageError(`--layout ${opts.layout}: use by-location (a folder per location) or flat (actions/ and evidence/).`);
  const root = rootOf(io.cwd, opts.dir);
  const config = loadConfig(root);
  const from = layoutOf(configData(config));
  if (from.name === 'paths') throw new CqcError('cqc.yaml sets its own folders (paths:), so cqc cannot tell where each record should go. Move the records by hand, or remove paths: to use a cqc layout first.');
  if (from.name === opts.layout) {
    io.stdout(`The records already use the ${opts.layout} layout; nothing to move.\n`);
    return 0;
  }
  const info = await gitInfo(root);
  if (!info?.head) throw new CqcError(`${root} is not a git repository with commits. cqc migrate records the move as one commit, so the audit trail keeps each record's past; commit the records first.`);
  const to = layoutOf({ ...configData(config), layout: opts.layout });
  const repo = await loadRepo(root, config);
  const moves = planMoves(repo.actions.map((r) => r.file), repo.evidence.map((r) => r.file), buildContext(repo, today()).actions.map((a) => a.action), to);
  const dirty = (await uncommittedPaths(info, [CONFIG_FILE, ...moves.map((m) => m.from)]));
  if (dirty.length) throw new CqcError(`Commit or undo these changes first, so the move is a commit of its own: ${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ` and ${dirty.length - 5} more` : ''}.`);
  const taken = moves.filter((m) => existsSync(join(root, m.to)));
  if (taken.length) throw new CqcError(`${taken[0]!.to} already exists, so ${taken[0]!.from} cannot move there; nothing was moved. Resolve the clash first.`);

  for (const m of moves) {
    mkdirSync(dirname(join(root, m.to)), { recursive: true });
    renameSync(join(root, m.from), join(root, m.to));
  }
  const doc = config.document()!;
  if (opts.layout === 'by-location') doc.set('layout', 'by-location');
  else doc.delete('layout');
  writeFileAtomic(join(root, CONFIG_FILE), renderDocument(doc, config.text), config.text, CONFIG_FILE);
  const hash = await commitFiles({
    cwd: root,
    files: [CONFIG_FILE, ...moves.flatMap((m) => [m.from, m.to])].map((p) => join(root, p)),
    subject: `Move the records to the ${opts.layout} layout`,
    body: `${moves.length} record files moved unchanged; cqc.yaml now says ${opts.layout === 'flat' ? 'nothing about layout (flat)' : 'layout: by-location'}.`,
    trailers: [['Cqc-Event', 'migrated']],
  });
  io.stdout(`Moved ${count(moves, from, 'action')} and ${count(moves, from, 'evidence')} to the ${opts.layout} layout, and committed the move as ${hash.slice(0, 7)}.\n`
    + 'Attachments stay where they are: their evidence records point at them unchanged, so the audit trail sees each record simply moved.\n'
    + 'The commit changes cqc.yaml: if you do not hold a senior role, cqc check will report it (registry-change) until a senior person makes the move.\n');
  return 0;
}

/** Where each record goes: an action by its location, an evidence item beside its action. */
function planMoves(actionFiles: { path: string; data: unknown }[], evidenceFiles: { path: string; data: unknown }[],
  actions: { id: string; location?: string }[], to: Layout): Move[] {
  const locationOf = new Map(actions.map((a) => [a.id, a.location] as const));
  const unreadable = [...actionFiles, ...evidenceFiles].filter((f) => typeof (f.data as { id?: unknown } | undefined)?.id !== 'string');
  if (unreadable.length) throw new CqcError(`${unreadable[0]!.path} cannot be read as a record; fix it first (cqc check shows why), so cqc knows where it belongs.`);
  const unplaced = actions.filter((a) => to.actionPath(a.id, a.location) === undefined).map((a) => a.id);
  if (unplaced.length) throw new CqcError(`Each action needs a location before records can be kept per location; these have none: ${unplaced.join(', ')}. Add "location:" to each, commit, and run cqc migrate again.`);
  const moves: Move[] = actionFiles.map((f) => {
    const id = (f.data as { id: string }).id;
    return { from: f.path, to: to.actionPath(id, locationOf.get(id))!.replace(/\.yaml$/, f.path.endsWith('.yml') ? '.yml' : '.yaml') };
  });
  for (const f of evidenceFiles) {
    const action = (f.data as { action?: unknown }).action;
    const folder = typeof action === 'string' ? to.evidenceFolder(action, locationOf.get(action)) : undefined;
    if (folder === undefined) throw new CqcError(`${f.path} belongs to no action cqc can place (action: ${String(action)}); correct its "action" first.`);
    moves.push({ from: f.path, to: `${folder}/${f.path.slice(f.path.lastIndexOf('/') + 1)}` });
  }
  return moves.filter((m) => m.from !== m.to);
}

function count(moves: readonly Move[], layout: Layout, kind: 'action' | 'evidence'): string {
  const n = moves.filter((m) => layout.kindOf(m.from) === kind).length;
  return `${n} ${kind === 'action' ? (n === 1 ? 'action' : 'actions') : (n === 1 ? 'evidence item' : 'evidence items')}`;
}
