// One row per action for `cqc status`: where it stands, how worried to be (RAG), and what stops closure.
import type { Judgement } from '../engine/judge.js';
import { addDays } from '../dates.js';
import type { Assurance, Finding, TargetState } from '../model.js';
import { groupBy } from '../group.js';
import { unansweredConcerns } from '../rules/closure-facts.js';
import { targetsOf } from '../rules/measurements.js';

export type Rag = 'red' | 'amber' | 'green';

export interface StatusRow {
  id: string;
  title: string;
  owner: string;
  location: string | null;
  status: string;
  rag: Rag;
  due: string | null;
  ready: boolean;
  /** SPC assurance as of --as-of: the worst of the action's targets; null when any has no verdict yet. */
  assurance: Assurance | null;
  /** Each target as `cqc check --format json` gives it (latest, met, variation, assurance). */
  targets: TargetState[];
  /** Plain words for the readiness column. */
  readiness: string;
  blockers: { rule: string; message: string }[];
}

/** Days before target.due when an unfinished action turns amber. */
export const DUE_SOON_DAYS = 14;

/**
 * RAG, decided so a governance meeting can act on it:
 * red   — an error stands against the action, or its target date has passed unfinished;
 * amber — a warning stands against it; or the evidence is unsettled (its latest measurement misses
 *         the goal, or a concern has no later supporting evidence of the same type); or it is due
 *         within 14 days and not yet ready to close;
 * green — closed cleanly, or on track. Never while the evidence is unsettled: that is false assurance.
 */
export function ragOf(status: string, due: string | null, ready: boolean, findings: Finding[], asOf: string, unsettled = false): Rag {
  const live = findings.filter((f) => !f.waived);
  if (live.some((f) => f.severity === 'error')) return 'red';
  if (status !== 'closed' && due !== null && due < asOf) return 'red';
  if (live.length > 0 || unsettled) return 'amber';
  if (status !== 'closed' && !ready && due !== null && due <= addDays(asOf, DUE_SOON_DAYS)) return 'amber';
  return 'green';
}

/** The latest measurement of a target misses its goal, or a concern stands unanswered, as of today. */
function unsettled(outcome: Judgement, targets: readonly TargetState[], actionId: string): boolean {
  return targets.some((t) => t.met === false) || unansweredConcerns(outcome.ctx, actionId, outcome.ctx.asOf).length > 0;
}

/** Worst first: a consistent fail, then hit and miss, then no verdict yet (not assured), then a pass. */
const ASSURANCE_ORDER: readonly (Assurance | null)[] = ['consistent-fail', 'hit-and-miss', null, 'consistent-pass'];

/** The action's assurance: the worst of its targets' (null for an action with no target). */
export function worstAssurance(targets: readonly TargetState[]): Assurance | null {
  if (targets.length === 0) return null;
  return ASSURANCE_ORDER.find((a) => targets.some((t) => t.assurance === a)) ?? null;
}

export function statusRows(outcome: Judgement): StatusRow[] {
  const { ctx, report, readiness } = outcome;
  const byAction = groupBy(report.findings, (f) => f.action);
  const targetStates = new Map(report.actions.map((a) => [a.id, a.targets] as const));
  return ctx.actions
    .filter(({ action }) => readiness.has(action.id))
    .map(({ action }) => {
      const r = readiness.get(action.id)!;
      // With several targets, the earliest due date is the one the meeting must watch.
      const due = targetsOf(action).map((t) => t.target.due).filter((d): d is string => d !== undefined).sort()[0] ?? null;
      const targets = targetStates.get(action.id) ?? [];
      const blockers = dedupe(r.blockers.map((b) => ({ rule: b.rule, message: b.message })));
      const rules = [...new Set(blockers.map((b) => b.rule))];
      const readinessText = action.status === 'closed'
        ? (r.ready ? 'closed' : `closed, but: ${rules.join(', ')}`)
        : r.ready ? 'ready to close' : r.awaitingRecommendation ? 'ready to recommend' : `blocked: ${rules.join(', ')}`;
      return {
        id: action.id,
        title: action.title,
        owner: action.owner,
        location: action.location ?? null,
        status: action.status,
        rag: ragOf(action.status, due, r.ready, byAction.get(action.id) ?? [], ctx.asOf, unsettled(outcome, targets, action.id)),
        due,
        ready: r.ready,
        assurance: worstAssurance(targets),
        targets,
        readiness: readinessText,
        blockers,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

function dedupe<T extends { rule: string; message: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.rule + '\0' + x.message) && seen.add(x.rule + '\0' + x.message));
}
