// `cqc import`: raise actions from a spreadsheet, such as the action plan a provider already keeps.
// Every row is judged by the same rules as `cqc check` first; one bad row and nothing is written.
import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { today } from '../dates.js';
import { effectiveRiskAreas } from '../engine/risk.js';
import { withheld } from '../engine/withhold.js';
import { CqcError, UsageError } from '../errors.js';
import { readCsv } from '../exchange/csv.js';
import { columnAtLine } from '../exchange/finding-columns.js';
import { planImport, type PlannedAction } from '../exchange/import-plan.js';
import { plannedText, rejectedText, type RowProblem, unreadableText } from '../exchange/import-report.js';
import type { RowSettings } from '../exchange/imported-action.js';
import type { HeaderMap, SheetRead } from '../exchange/sheet.js';
import { readXlsx } from '../exchange/xlsx.js';
import type { Io } from '../io.js';
import { fileId } from '../repo/layout.js';
import { errorsFor, findingsWith } from '../workflow/evaluate.js';
import { recordText } from '../workflow/records.js';
import { saveRecords } from '../workflow/save.js';
import { openWorkspace, type Workspace } from '../workflow/workspace.js';

export interface ImportOptions {
  file: string;
  dir?: string;
  map?: string[];
  dryRun?: boolean;
  commit?: boolean;
}

/** Exit 0: written (or a clean dry run); 1: rows rejected, nothing written; 2: the file or flags. */
export async function importCommand(opts: ImportOptions, io: Io): Promise<number> {
  const map = headerMap(opts.map ?? []);
  const now = today();
  const ws = await openWorkspace(io.cwd, opts.dir, now);
  const say = (text: string) => withheld(ws.ctx, text);
  const name = basename(opts.file);
  const sheet = await readSheet(resolve(io.cwd, opts.file), map);
  const fileProblems = sheet.problems.filter((p) => p.row === undefined || p.row === 1 || p.column === undefined);
  for (const required of ['title', 'owner'] as const) {
    if (fileProblems.length === 0 && sheet.rows.length > 0 && !sheet.columns?.some((c) => c.column === required)) {
      fileProblems.push({ reason: `the sheet has no ${required} column: head one column "${required}", or name yours with --map "<your header>=${required}"` });
    }
  }
  if (fileProblems.length > 0) {
    io.stderr(say(unreadableText(name, fileProblems)));
    return 2;
  }
  if (sheet.rows.length === 0) {
    io.stdout(`${name} has no rows below its header row: nothing to import.\n`);
    return 0;
  }
  const columns = sheet.columns ?? [];
  const plan = planImport(sheet.rows, existingIds(ws), ws.repo.layout, settingsOf(ws, now));
  // rag and ready are cqc's own judgement, never read: a cell there that cannot be read is no reason to refuse a row.
  const judged = new Set(columns.filter((c) => c.column === 'rag' || c.column === 'ready').map((c) => c.header));
  const cellProblems: RowProblem[] = sheet.problems.filter((p) => !judged.has(p.column ?? '')).map((p) => ({ row: p.row!, reason: p.reason, ...(p.column !== undefined ? { header: p.column } : {}), ...(p.cell !== undefined ? { cell: p.cell } : {}) }));
  const unread = new Set(cellProblems.map((p) => `${p.row}\0${columns.find((c) => c.header === p.header)?.column}`));
  // A cell that could not be read is reported once, as the reader found it, not again as missing.
  const notUnread = (p: RowProblem) => !unread.has(`${p.row}\0${p.column}`);
  const problems = [...cellProblems, ...plan.rejections.filter(notUnread), ...(await ruleProblems(ws, plan.planned, name, now)).filter(notUnread)];
  if (problems.length > 0) {
    io.stderr(say(rejectedText(name, problems, columns, sheet.rows.length)));
    return 1;
  }
  if (opts.dryRun) {
    io.stdout(say(plannedText(name, plan.planned, true)));
    return 0;
  }
  const ids = plan.planned.map((p) => p.id);
  const saved = await saveRecords(ws.root, plan.planned.map((p) => ({ path: p.path, text: textOf(p, name, now), expected: null })),
    opts.commit ? { action: ids, event: 'imported', subject: `Import ${ids.length} action${ids.length === 1 ? '' : 's'} from ${name}` } : undefined);
  io.stdout(say(plannedText(name, plan.planned, false)));
  io.stdout(saved.commit ? `Committed ${saved.written.length === 1 ? 'it' : `the ${saved.written.length} files`} as ${saved.commit.slice(0, 7)}.\n` : 'Not committed: review the files, then commit them (or run again with --commit).\n');
  io.stdout('A spreadsheet does not carry steps, monitoring or a baseline: add them to each action file.\n');
  return 0;
}

/** `--map "Header=field"`, as many as given; `--map "Header="` leaves a column out on purpose. */
function headerMap(entries: readonly string[]): HeaderMap {
  const map = new Map<string, string>();
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    const header = at < 0 ? '' : entry.slice(0, at).trim();
    if (at < 0 || header === '') throw new UsageError(`--map "${entry}" needs the form "<header in your sheet>=<cqc column>", e.g. --map "Lead=owner" (or "Lead=" to leave that column out).`);
    if ([...map.keys()].some((k) => k.toLowerCase() === header.toLowerCase())) throw new UsageError(`--map names "${header}" twice; give each header once.`);
    map.set(header, entry.slice(at + 1).trim());
  }
  return map;
}

async function readSheet(path: string, map: HeaderMap): Promise<SheetRead> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') {
    throw new UsageError(`cqc import reads .csv and .xlsx files; ${basename(path)} is neither.${ext === '.xls' ? ' Open it in Excel and save it as .xlsx (Excel Workbook).' : ' Save the sheet as "CSV UTF-8" or as an Excel Workbook (.xlsx).'}`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CqcError(`Cannot read ${path}${code ? ` (${code})` : ''}: ${code === 'ENOENT' ? 'there is no such file' : 'check that it is a file you may read'}.`);
  }
  return ext === '.csv' ? readCsv(bytes, map) : readXlsx(bytes, map);
}

/** Every action id in the repo with its file: from file names and from the ids the files hold. */
function existingIds(ws: Workspace): Map<string, string> {
  const ids = new Map<string, string>(ws.repo.listed.actions.map((path) => [fileId(path), path] as const));
  for (const r of ws.repo.actions) {
    const id = (r.file.data as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && !ids.has(id)) ids.set(id, r.file.path);
  }
  return ids;
}

function settingsOf(ws: Workspace, now: string): RowSettings {
  const { framework, policy, locations } = ws.ctx;
  return {
    today: now,
    implied: (linked) => effectiveRiskAreas(linked, framework, policy),
    ...(ws.repo.layout.name === 'by-location' ? { locationsRequired: [...(locations ?? [])] } : {}),
  };
}

function textOf(p: PlannedAction, file: string, now: string): string {
  return recordText('action', p.action, `Improvement action ${p.id}, raised by cqc import from ${file} (row ${p.row}) on ${now}.\nAdd its steps, monitoring and baseline, which the spreadsheet did not carry.`);
}

/** The errors `cqc check` would find in the new actions, all judged together with the repo as it is. */
async function ruleProblems(ws: Workspace, planned: readonly PlannedAction[], file: string, now: string): Promise<RowProblem[]> {
  if (planned.length === 0) return [];
  const candidates = planned.map((p) => ({ path: p.path, text: textOf(p, file, now) }));
  const findings = await findingsWith(ws, candidates, now);
  return planned.flatMap((p, i) => {
    const columnAt = columnAtLine(candidates[i]!.text);
    return errorsFor(findings, p.id, [p.path]).map((f): RowProblem => {
      const column = columnAt(f.line);
      return { row: p.row, reason: f.message, ...(column !== undefined ? { column } : {}) };
    });
  });
}
