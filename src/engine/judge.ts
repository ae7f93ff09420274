// The one pipeline every command runs: load -> validate -> history -> rules -> report data.
// check, status, report, audit and the workflow commands all call judge(); nothing prints here.
import { resolve } from 'node:path';
import type { VerifyScope } from '../audit/verify.js';
import { groupBy } from '../group.js';
import type { CheckReport, Finding } from '../model.js';
import { configData, listRecords, loadConfig, loadRepo, type LoadedRepo } from '../repo/load.js';
import { layoutOf } from '../repo/layout.js';
import { findRoot } from '../repo/root.js';
import { RULES } from '../rules/index.js';
import { actionState } from './action-state.js';
import { buildContext, locationIds } from './context.js';
import { counterfactual, holdBack, registerUnreadable } from './held-back.js';
import { GIT_SKIPPED_NOTE, readTrail, startHistory, type History } from './history.js';
import { readiness, type Readiness } from './readiness.js';
import { checkLocation, scopeOf } from './scope.js';
import { Timings } from './timing.js';
import type { RuleContext } from './types.js';
import { applyWaivers } from './waivers.js';
import { withheld } from './withhold.js';

export interface JudgeOptions {
  cwd: string;
  /** -C: the folder that holds cqc.yaml; default the nearest one above cwd. */
  dir?: string;
  /** "Today" for every date rule, resolved once by the command. */
  asOf: string;
  /** Read the git history and apply the audit-trail rules. */
  git: boolean;
  /** Report only on these files or folders (and the actions they belong to). */
  paths?: string[];
  /** Report only on the actions of one location (shared files and unlocated actions always). */
  location?: string;
  /** Which signatures to verify: what the rules judge (default), or what `cqc audit` shows. */
  verify?: VerifyScope;
  /** Records already loaded (a writing command judging its candidate files): skip the load stage. */
  repo?: LoadedRepo;
}

export interface Judgement {
  root: string;
  asOf: string;
  report: CheckReport;
  /** Findings left out of the report because they only follow from a file that could not be read. */
  heldBack: Finding[];
  /** Temporary files an interrupted cqc write left, removed while loading (for the command to mention). */
  leftovers: string[];
  ctx: RuleContext;
  /** Closure readiness of every action in scope. */
  readiness: Map<string, Readiness>;
  /** Why the trail was not (fully) read, for the summary line. */
  gitNote?: string;
  timings: Timings;
}

export function rootOf(cwd: string, dir: string | undefined): string {
  return dir !== undefined ? findRoot(resolve(cwd, dir), true) : findRoot(cwd);
}

export async function judge(opts: JudgeOptions): Promise<Judgement> {
  const timings = new Timings();
  const root = opts.repo?.root ?? rootOf(opts.cwd, opts.dir);
  const config = opts.repo?.config ?? loadConfig(root);
  checkLocation(locationIds(configData(config)), opts.location);
  const layout = layoutOf(configData(config));
  const listed = opts.repo?.listed ?? listRecords(root, layout);
  // A run at one location of the group layout reads only that location's records and their history.
  // Folders of locations cqc.yaml does not list are read by every job (see recordsToRead), with their past.
  const known = locationIds(configData(config));
  const unlisted = known === null ? [] : [...new Set([...listed.actions, ...listed.evidence].map((p) => layout.locationOf(p)))]
    .filter((at): at is string => at !== undefined && !known.has(at));
  const historyPaths = opts.location !== undefined ? layout.historyOf(opts.location)?.concat(unlisted.map((at) => `locations/${at}`)) : undefined;
  // git reads the history in its own process while the records are read and parsed here.
  const reading = opts.git ? startHistory(root, layout, historyPaths) : undefined;

  const repo = opts.repo ?? await loadRepo(root, config, opts.location !== undefined ? { location: opts.location } : {}, listed);
  const ctx = buildContext(repo, opts.asOf);
  timings.mark('load and validate');

  const history: History = reading ? await readTrail(reading, ctx, opts.verify) : { note: GIT_SKIPPED_NOTE };
  if (history.trail) ctx.trail = history.trail;
  timings.mark('git history');

  const findings = RULES.flatMap((rule) => rule.check(ctx));
  // What only follows from a file that could not be read is held back, and counted.
  const seeming = counterfactual(repo, ctx);
  const { kept, heldBack } = holdBack(findings, ctx, seeming);
  timings.mark('rules');

  const scope = scopeOf(root, opts, ctx);
  const reported = applyWaivers(kept, seeming ?? ctx).filter(scope.reports).sort(byPlace);
  const held = heldBack.filter(scope.reports);
  const judged = ctx.actions.filter((r) => scope.judges(r.action.id));
  const byAction = groupBy(reported, (f) => f.action);
  const ready = new Map<string, Readiness>();
  for (const record of judged) {
    const unknown = record.action.status === 'closed' ? undefined : registerUnreadable(ctx, record.action.id);
    ready.set(record.action.id, unknown ? { ready: false, blockers: [unknown] } : readiness(record, ctx, byAction.get(record.action.id) ?? []));
  }
  timings.mark('readiness');

  const counted = reported.filter((f) => !f.waived);
  const records = new Map(ctx.actions.map((r) => [r.file, r] as const));
  // No format may quote an identifier: every check format is drawn from this report.
  const report: CheckReport = withheld(ctx, {
    version: 1,
    summary: {
      actions: scope.actionFiles.length,
      evidence: scope.evidenceFiles.length,
      errors: counted.filter((f) => f.severity === 'error').length,
      warnings: counted.filter((f) => f.severity === 'warning').length,
      waived: reported.length - counted.length,
      git: history.trail !== undefined,
      held_back: held.length,
    },
    findings: reported,
    actions: scope.actionFiles.flatMap((f) => (f.id === undefined ? [] : [actionState({ ...f, id: f.id }, records.get(f.file), ctx, ready.get(f.id)?.ready ?? false)])),
  }, { nullNumbers: true });

  return { root, asOf: opts.asOf, report, heldBack: held, leftovers: repo.removedLeftovers ?? [], ctx, readiness: ready, timings, ...(history.note ? { gitNote: history.note } : {}) };
}

function byPlace(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
}
