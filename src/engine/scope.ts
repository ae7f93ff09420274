// Which actions a run judges and which findings it reports, from [paths…] and --location. Findings
// on shared files (cqc.yaml, people.yaml, the framework) and on actions with no location are always
// reported, so a CI matrix split by location loses nothing.
import { relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../model.js';
import { fileId } from '../repo/layout.js';
import type { RecordFile, RuleContext } from './types.js';

export interface Scope { cwd: string; paths?: string[]; location?: string }

/** The fields scoping reads from a record file, valid or not. */
export interface ScopedFile { file: RecordFile['file']; id?: string; action?: string; status?: string; location?: string }

export interface ScopeFilter {
  /** Action and evidence files of the actions in scope (for the summary and the actions list). */
  actionFiles: ScopedFile[];
  evidenceFiles: ScopedFile[];
  judges(actionId: string | undefined): boolean;
  reports(finding: Finding): boolean;
}

function fieldsOf(record: RecordFile, layout: RuleContext['layout']): ScopedFile {
  const d = record.file.data && typeof record.file.data === 'object' ? (record.file.data as Record<string, unknown>) : {};
  const out: ScopedFile = { file: record.file };
  for (const k of ['id', 'action', 'status', 'location'] as const) if (typeof d[k] === 'string') out[k] = d[k] as string;
  // An action file cqc cannot read is still that action (its file name is its id, its folder its
  // location in the group layout): counted, listed and scoped like the others, whatever the scope,
  // so its evidence and what is held back behind it count the same in every run.
  if (record.kind === 'action' && out.id === undefined) {
    out.id = fileId(record.file.path);
    const at = layout.locationOf(record.file.path);
    if (out.location === undefined && at !== undefined) out.location = at;
  }
  return out;
}

export function scopeOf(root: string, scope: Scope, ctx: RuleContext): ScopeFilter {
  const actions = ctx.files.filter((f) => f.kind === 'action').map((f) => fieldsOf(f, ctx.layout));
  const evidence = ctx.files.filter((f) => f.kind === 'evidence').map((f) => fieldsOf(f, ctx.layout));
  const wanted = (scope.paths ?? []).map((p) => relative(root, resolve(scope.cwd, p)).split(sep).join('/'));
  if (wanted.length === 0 && scope.location === undefined) {
    return { actionFiles: actions, evidenceFiles: evidence, judges: () => true, reports: () => true };
  }
  const inPaths = (file: string) => wanted.some((w) => w === '' || file === w || file.startsWith(w.endsWith('/') ? w : `${w}/`));
  const touched = new Set(wanted.length ? evidence.filter((e) => inPaths(e.file.path)).map((e) => e.action) : []);
  // An action at a location cqc.yaml does not list (a typo, say) is in no job's share of a matrix
  // split by location: like an action with no location, every run judges it.
  const unlisted = (at: string | undefined) => at === undefined || (ctx.locations !== null && !ctx.locations.has(at));
  const unlocated = new Set(actions.filter((a) => a.id !== undefined && unlisted(a.location)).map((a) => a.id!));
  const selected = new Set<string>(unlocated);
  for (const a of actions) {
    if (a.id === undefined) continue;
    const atLocation = scope.location === undefined || a.location === scope.location;
    const byPath = wanted.length === 0 || inPaths(a.file.path) || touched.has(a.id);
    if (atLocation && byPath) selected.add(a.id);
  }
  const shared = new Set(ctx.files.filter((f) => f.kind !== 'action' && f.kind !== 'evidence').map((f) => f.file.path));
  const locationOfFile = (path: string) => ctx.layout.locationOf(path);
  return {
    actionFiles: actions.filter((a) => a.id !== undefined && selected.has(a.id)),
    evidenceFiles: evidence.filter((e) => e.action !== undefined && selected.has(e.action)),
    judges: (id) => id !== undefined && selected.has(id),
    reports: (f) => {
      // In the group layout a file in this location's folder is this job's to report, whatever action
      // it names: a record misfiled here is read by no other location's run.
      if (scope.location !== undefined && ctx.layout.name === 'by-location' && locationOfFile(f.file) === scope.location) return true;
      if (f.action !== undefined) return selected.has(f.action);
      if (shared.has(f.file)) return true;
      if (wanted.length > 0) return inPaths(f.file);
      // A file no action claims (unreadable, or with no id): at this location, at one cqc.yaml does
      // not list, or where cqc cannot tell.
      const at = locationOfFile(f.file);
      return unlisted(at) || at === scope.location;
    },
  };
}

/**
 * A --location that cqc.yaml does not list would judge nothing and look like good news (a typo in a
 * CI matrix would pass every push): a bad flag, exit 2.
 */
export function checkLocation(locations: Set<string> | null, location: string | undefined): void {
  if (location === undefined || locations === null || locations.has(location)) return;
  throw new UsageError(`--location ${location} is not a location in cqc.yaml. Use one of: ${[...locations].join(', ')}.`);
}
