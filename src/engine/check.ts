// The check pipeline: load -> validate -> history -> rules -> report data. No printing here.
import { relative, resolve, sep } from 'node:path';
import type { CheckReport, Finding } from '../model.js';
import { configData, loadConfig, loadRepoJudged } from '../repo/load.js';
import type { SourceFile } from '../repo/source.js';
import { defaultWorkers, yieldToEventLoop } from '../repo/records.js';
import { findRoot } from '../repo/root.js';
import { GIT_RULES, rulesFor } from '../rules/index.js';
import type { ActionRecord, Rule, RuleContext } from '../rules/types.js';
import { applyWaivers } from '../rules/waivers.js';
import { today } from '../dates.js';
import { buildContext } from './context.js';
import type { GitStage } from './git-stage.js';
import { closureBlockers, readiness, type Readiness } from './readiness.js';
import { GIT_SKIPPED_NOTE } from './notes.js';
import { Timings } from './timing.js';
import { groupBy } from '../group.js';

export interface CheckOptions {
  cwd: string;
  /** -C: the folder that holds cqc.yaml. */
  dir?: string;
  asOf?: string;
  git: boolean;
  /** Limit the report to these files or folders (and the actions they belong to). */
  paths?: string[];
  /** Limit the report to the actions of one location. */
  location?: string;
  /** Use and refresh the record cache (commands turn it on unless --no-cache; off by default for library calls). */
  cache?: boolean;
  /** Worker threads for parsing (default: from CQC_WORKERS, else the cores available, at most 4). */
  workers?: number;
  env?: NodeJS.ProcessEnv;
}

export interface CheckOutcome {
  root: string;
  report: CheckReport;
  ctx: RuleContext;
  readiness: Map<string, Readiness>;
  gitNote?: string;
  timings: Timings;
}

export async function runCheck(opts: CheckOptions): Promise<CheckOutcome> {
  const root = opts.dir !== undefined ? findRoot(resolve(opts.cwd, opts.dir), true) : findRoot(opts.cwd);
  const asOf = opts.asOf ?? today();
  const timings = new Timings();
  // git reads the history while the records are parsed: different processes, different cores.
  // The git modules (and simple-git) load only when the git rules run: --no-git stays light.
  const gitModule = opts.git ? await import('./git-stage.js') : undefined;
  const config = loadConfig(root);
  // Settles once this thread has nothing left to do but wait for git, which may then use its core.
  let spareCore = () => {};
  const spared = new Promise<void>((resolve) => { spareCore = resolve; });
  try {
    return await checkWith({ opts, root, asOf, timings, config, spared, spareCore }, gitModule);
  } finally {
    spareCore();
  }
}

interface Run {
  opts: CheckOptions; root: string; asOf: string; timings: Timings; config: SourceFile;
  spared: Promise<void>; spareCore: () => void;
}

async function checkWith({ opts, root, asOf, timings, config, spared, spareCore }: Run, gitModule: typeof import('./git-stage.js') | undefined): Promise<CheckOutcome> {
  const early = gitModule ? (await gitModule.startGit(root, { config: configData(config) }, { timings, spareCore: spared })).reading : undefined;
  // git gets a core of its own: the history pass is the longest single job of a check.
  const workers = opts.workers ?? defaultWorkers(opts.env ?? {}, early ? 1 : 0);
  const repo = await loadRepoJudged(root, { cache: opts.cache ?? false, workers, env: opts.env ?? {} }, config);
  timings.mark('read and validate records');
  const ctx = buildContext(repo, asOf);
  timings.mark('build context');

  // Everything that needs no history runs while git is still reading it.
  let findings: Finding[] = [];
  if (!ctx.peopleFile) {
    findings.push({ rule: 'schema', severity: 'error', file: 'people.yaml', message: 'people.yaml is missing. Create it with everyone who raises, owns, recommends or decides actions (id, name, roles, emails); "cqc init" writes a starter file.' });
  }
  const runRules = async (rules: readonly Rule[]) => {
    for (const rule of rules) {
      findings.push(...rule.check(ctx));
      if (timings.phases.length < 60) timings.mark(`rule ${rule.meta.id}`);
      // Let git's finished jobs be picked up between rules, so the next one starts on the other core.
      await yieldToEventLoop();
    }
  };
  await runRules(rulesFor({ git: false }));
  const scope = scopeFilter(root, opts, ctx);
  const actionFiles = recordsOf(ctx, 'action').filter((r) => scope.action(r.id));
  const valid = new Map(ctx.actions.map((a) => [a.action.id, a] as const));
  const judged: { id: string; record: ActionRecord; blockers: Finding[] }[] = [];
  for (const [n, r] of actionFiles.entries()) {
    const record = valid.get(r.id ?? '');
    if (record && record.file === r.file) judged.push({ id: r.id!, record, blockers: closureBlockers(record, ctx) });
    if (n % 250 === 249) await yieldToEventLoop();
  }
  timings.mark('closure today');
  spareCore();

  const git: GitStage = gitModule ? await gitModule.gitStage(ctx, true, {}, early) : { ran: false, note: GIT_SKIPPED_NOTE, findings: [] };
  if (git.trail !== undefined) ctx.trail = git.trail;
  timings.mark('git history');
  findings.push(...git.findings);
  if (git.ran) await runRules(GIT_RULES);
  findings = applyWaivers(findings, ctx, git.invalidWaivers ?? new Set());
  findings = findings.filter(scope.finding).sort(byPlace);

  const ready = new Map<string, Readiness>();
  const byAction = groupBy(findings, (f) => f.action);
  for (const { id, record, blockers } of judged) ready.set(id, readiness(record, ctx, byAction.get(id) ?? [], blockers));

  timings.mark('readiness');
  const counted = findings.filter((f) => !f.waived);
  const report: CheckReport = {
    version: 1,
    summary: {
      actions: actionFiles.length,
      evidence: recordsOf(ctx, 'evidence').filter((r) => scope.action(r.action)).length,
      errors: counted.filter((f) => f.severity === 'error').length,
      warnings: counted.filter((f) => f.severity === 'warning').length,
      waived: findings.length - counted.length,
      git: git.ran,
    },
    findings,
    actions: actionFiles.filter((r) => r.id !== undefined).map((r) => ({ id: r.id!, status: r.status ?? 'unknown', ready: ready.get(r.id!)?.ready ?? false })),
  };
  return { root, report, ctx, readiness: ready, timings, ...(git.note ? { gitNote: git.note } : {}) };
}

function byPlace(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule);
}

interface RawRecord { file: RuleContext['files'][number]['file']; id?: string; action?: string; status?: string; location?: string }

/** Every action or evidence file, valid or not, with the fields scoping needs. */
function recordsOf(ctx: RuleContext, kind: 'action' | 'evidence'): RawRecord[] {
  return ctx.files.filter((f) => f.kind === kind).map(({ file }) => {
    const d = file.data && typeof file.data === 'object' ? (file.data as Record<string, unknown>) : {};
    const str = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
    const r: RawRecord = { file };
    for (const k of ['id', 'action', 'status', 'location'] as const) { const v = str(k); if (v !== undefined) r[k] = v; }
    return r;
  });
}

/** Which findings and actions a run reports on, from [paths…] and --location. */
function scopeFilter(root: string, opts: CheckOptions, ctx: RuleContext) {
  const wanted = (opts.paths ?? []).map((p) => relative(root, resolve(opts.cwd, p)).split(sep).join('/'));
  const inPaths = (file: string) => wanted.some((w) => w === '' || file === w || file.startsWith(w.endsWith('/') ? w : `${w}/`));
  const everything = wanted.length === 0 && opts.location === undefined;
  const selected = new Set<string>();
  const touchedByEvidence = new Set(wanted.length ? recordsOf(ctx, 'evidence').filter((e) => inPaths(e.file.path)).map((e) => e.action) : []);
  for (const r of recordsOf(ctx, 'action')) {
    if (r.id === undefined) continue;
    const atLocation = opts.location === undefined || r.location === opts.location;
    const byPath = wanted.length === 0 || inPaths(r.file.path) || touchedByEvidence.has(r.id);
    if (atLocation && byPath) selected.add(r.id);
  }
  return {
    action: (id: string | undefined) => everything || (id !== undefined && selected.has(id)),
    finding: (f: Finding) => everything || (f.action !== undefined ? selected.has(f.action) : wanted.length > 0 ? inPaths(f.file) : opts.location === undefined),
  };
}
