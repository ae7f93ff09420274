// Builds the governance-meeting pack from one check run. Pure: the same outcome gives the same pack.
import type { Judgement } from '../../engine/judge.js';
import { subDuration } from '../../dates.js';
import { decisionDate, sustainedFor } from '../../rules/closure-facts.js';
import { describeGoal, measurementsFor, targetsOf } from '../../rules/measurements.js';
import { statusRows, type Rag } from '../../status/rows.js';
import { concernsSince, reopenItems } from './attention.js';
import { chartsOf, pointsOf } from './charts.js';
import { categoriesOf, supportingTypesOf } from './evidence.js';
import { governanceRecord, personRef, reviewsFallingDue } from './governance.js';
import { groupView, type GroupBy } from './groups.js';
import { groupThemes } from './themes.js';
import type { MeetingPack, PackAction, PackSummary, ReadyItem } from './types.js';

export interface PackOptions {
  /** Decisions taken on or after this date count as "since the last meeting"; default one month before as-of. */
  since?: string;
  /** Group the actions this way (`cqc report --by`). */
  by?: GroupBy;
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

  const packActions: PackAction[] = rows.map((row) => ({ row, owner: personRef(ctx, row.owner), categories: categoriesOf(ctx, row.id), supportingTypes: supportingTypesOf(ctx, row.id) }));

  const ready: ReadyItem[] = packActions
    .filter((p) => p.row.ready && p.row.status !== 'closed')
    .map(({ row, categories, supportingTypes }) => {
      const action = byId.get(row.id)!;
      const targets = targetsOf(action).map((t) => ({
        ...(t.listed ? { id: t.id } : {}),
        goalText: describeGoal(t.target),
        latest: pointsOf(measurementsFor(ctx, action, t, decisionDate(ctx, action)).slice(-sustainedFor(ctx, action)), t),
      }));
      return { id: row.id, title: row.title, supportingTypes, categories, targets };
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
    themes: groupThemes(ctx, actions),
    themeThreshold: ctx.policy.theme_threshold,
    locationCount: ctx.config.locations?.length ?? 0,
    actions: packActions,
    ...(opts.by ? { grouped: groupView(ctx, opts.by, packActions, byId) } : {}),
    ready,
    blocked,
    record: governanceRecord(ctx, actions, { since, asOf: ctx.asOf }, outcome.gitNote),
    reviewsDue: reviewsFallingDue(ctx, actions),
    reopen: reopenItems(actions, report.findings),
    concerns: concernsSince(ctx, actions, since),
    charts: packActions.flatMap((p) => chartsOf(ctx, byId.get(p.row.id)!, p.row)),
  };
}

function rank(status: string): number {
  const i = STATUS_ORDER.indexOf(status);
  return i === -1 ? STATUS_ORDER.length : i;
}
