// Builds the governance-meeting pack from one check run. Pure: the same outcome gives the same pack.
import type { Judgement } from '../../engine/judge.js';
import { subDuration } from '../../dates.js';
import { decisionDate, sustainedFor } from '../../rules/closure-facts.js';
import { describeGoal, measurementsOf } from '../../rules/measurements.js';
import { statusRows, type Rag } from '../../status/rows.js';
import { concernsSince, reopenItems } from './attention.js';
import { categoriesOf, pointsOf, supportingTypesOf, trendOf } from './evidence.js';
import { decisionsSince, reviewsFallingDue } from './governance.js';
import type { DecisionCommit, MeetingPack, PackAction, PackSummary, ReadyItem } from './types.js';

export interface PackOptions {
  /** Decisions taken on or after this date count as "since the last meeting"; default one month before as-of. */
  since?: string;
  /** The commits that recorded each action's closure decision, when the audit trail has read them. */
  decisionCommits?: ReadonlyMap<string, DecisionCommit>;
}

/** The usual gap between governance meetings, used when --since is not given. */
export const DEFAULT_SINCE = 'P1M';

const STATUS_ORDER = ['open', 'in_progress', 'monitoring', 'closed'];

export function buildMeetingPack(outcome: Judgement, opts: PackOptions = {}): MeetingPack {
  const { ctx, report } = outcome;
  const since = opts.since ?? subDuration(ctx.asOf, DEFAULT_SINCE);
  const rows = statusRows(outcome);
  const byId = new Map(ctx.actions.map((r) => [r.action.id, r.action] as const));
  // Only actions the check reported on (a --location or path scope keeps others out).
  const actions = rows.map((r) => byId.get(r.id)!);

  const packActions: PackAction[] = rows.map((row) => {
    const action = byId.get(row.id)!;
    const trend = trendOf(ctx, action);
    return { row, categories: categoriesOf(ctx, row.id), supportingTypes: supportingTypesOf(ctx, row.id), ...(trend ? { trend } : {}) };
  });

  const ready: ReadyItem[] = packActions
    .filter((p) => p.row.ready && p.row.status !== 'closed')
    .map(({ row, categories, supportingTypes }) => {
      const action = byId.get(row.id)!;
      const target = action.target;
      const latest = target ? pointsOf(measurementsOf(ctx, action, decisionDate(ctx, action)).slice(-sustainedFor(ctx, action)), action) : [];
      return { id: row.id, title: row.title, supportingTypes, categories, latest, ...(target ? { goalText: describeGoal(target) } : {}) };
    });

  const blocked = rows
    .filter((r) => !r.ready)
    .map((r) => ({ id: r.id, title: r.title, status: r.status, rag: r.rag, blockers: r.blockers }));

  const byRag: Record<Rag, number> = { red: 0, amber: 0, green: 0 };
  for (const r of rows) byRag[r.rag] += 1;
  const statusCounts = new Map<string, number>();
  for (const a of report.actions) statusCounts.set(String(a.status), (statusCounts.get(String(a.status)) ?? 0) + 1);
  const byStatus = [...statusCounts]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([status, count]) => ({ status, count }));

  const summary: PackSummary = { ...report.summary, byStatus, byRag, readyToClose: ready.length, blocked: blocked.length };
  const provider = typeof ctx.config.provider === 'string' ? ctx.config.provider : 'Provider not named in cqc.yaml';

  return {
    provider,
    asOf: ctx.asOf,
    since,
    ...(outcome.gitNote ? { gitNote: outcome.gitNote } : {}),
    summary,
    actions: packActions,
    ready,
    blocked,
    decisions: decisionsSince(ctx, actions, since, opts.decisionCommits),
    reviewsDue: reviewsFallingDue(ctx, actions),
    reopen: reopenItems(actions, report.findings),
    concerns: concernsSince(ctx, actions, since),
    trends: packActions.flatMap((p) => (p.trend ? [p.trend] : [])),
  };
}

function rank(status: string): number {
  const i = STATUS_ORDER.indexOf(status);
  return i === -1 ? STATUS_ORDER.length : i;
}
