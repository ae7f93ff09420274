// The action plan CQC asks for after a requirement notice: for each breached regulation, what the
// provider will do, who will do it, by when, how it is monitored, and where it stands today with the
// evidence so far. Built from the same judgement as every other command, so it never says more than
// the records support.
import type { Judgement } from '../../engine/judge.js';
import type { RuleContext } from '../../engine/types.js';
import { resolveStatement } from '../../framework/index.js';
import { REGULATIONS, regulationLabel } from '../../framework/regulations.js';
import type { Action, Assurance } from '../../model.js';
import { describeGoal, formatValue, targetsOf } from '../../rules/measurements.js';
import { statusRows, type Rag, type StatusRow } from '../../status/rows.js';
import { categoriesOf } from './evidence.js';
import { personRef } from './governance.js';
import { locationName } from './themes.js';
import type { CategoryCount, PersonRef } from './types.js';

export interface PlanLocation { id: string; name: string; cqcId?: string; region?: string }
export interface RoleHolders { role: string; people: string[] }
export interface PlanStep extends RoleHolders { does: string; recordsIn?: string; done?: string }
export interface PlanTarget { id?: string; measure: string; goalText: string; due?: string; latest?: string; met: boolean | null; assurance: Assurance | null }

export interface PlanAction {
  id: string;
  title: string;
  location: PlanLocation | null;
  raised: string;
  source?: string;
  sourceRef?: string;
  baseline?: string;
  statements: string[];
  status: string;
  rag: Rag;
  /** Whether it could close today, in words for CQC (no rule ids). */
  readiness: string;
  owner: PersonRef | null;
  steps: PlanStep[];
  /** The earliest target due date: when the improvement is to be in place. */
  byWhen?: string;
  targets: PlanTarget[];
  monitoring: { frequency?: string; warningSigns: string[]; escalation?: string; reopenTriggers: string[]; reviewer?: RoleHolders; approver?: RoleHolders };
  evidence: { items: number; supporting: number; concerns: number; categories: CategoryCount[] };
}

export interface PlanSection { regulation: string; label: string; actions: PlanAction[] }
export interface ClosedPlanItem { id: string; title: string; location?: string; regulations: string[]; decidedOn?: string; decider: PersonRef | null; reviewDue?: string }

export interface ActionPlan {
  provider: string;
  asOf: string;
  gitNote?: string;
  locations: PlanLocation[];
  sections: PlanSection[];
  /** Actions not closed that name no regulation. */
  other: PlanAction[];
  closed: ClosedPlanItem[];
}

function planLocation(ctx: RuleContext, id: string): PlanLocation {
  const l = ctx.config.locations?.find((x) => x.id === id);
  return { id, name: locationName(ctx, id), ...(l?.cqc_id ? { cqcId: l.cqc_id } : {}), ...(l?.region ? { region: l.region } : {}) };
}

/** People whose role counts at the action's location (SPEC "Scoped roles"), by name. */
function holders(ctx: RuleContext, role: string, location: string | undefined): RoleHolders {
  const people = [...ctx.people.values()]
    .filter((p) => (p.roles ?? []).includes(role) && (p.locations === undefined || (location !== undefined && p.locations.includes(location))))
    .map((p) => p.name ?? p.id);
  return { role, people };
}

/** Where closure stands, for a reader outside the provider: no rule ids, just how far off it is. */
function closureWords(row: StatusRow): string {
  if (row.ready) return 'ready to close: the closure checks are met';
  if (row.readiness === 'ready to recommend') return 'the evidence supports closure; the reviewer\'s recommendation is next';
  const n = new Set(row.blockers.map((b) => b.rule)).size;
  return `not ready to close yet: ${n} closure check${n === 1 ? ' is' : 's are'} not met`;
}

function planAction(ctx: RuleContext, a: Action, row: StatusRow): PlanAction {
  const c = a.closure_criteria;
  const states = new Map(row.targets.map((t) => [t.id, t] as const));
  const targets = targetsOf(a).map((t): PlanTarget => {
    const s = states.get(t.id);
    return {
      ...(t.listed ? { id: t.id } : {}), measure: t.target.measure, goalText: describeGoal(t.target), ...(t.target.due ? { due: t.target.due } : {}),
      ...(s?.latest !== null && s?.latest !== undefined ? { latest: formatValue(s.latest, t.target.unit) } : {}), met: s?.met ?? null, assurance: s?.assurance ?? null,
    };
  });
  const evidence = ctx.evidenceFor(a.id).map((e) => e.evidence);
  const m = a.monitoring;
  return {
    id: a.id, title: a.title, location: a.location ? planLocation(ctx, a.location) : null, raised: a.raised,
    ...(a.source ? { source: a.source } : {}), ...(a.source_ref ? { sourceRef: a.source_ref } : {}), ...(a.baseline ? { baseline: a.baseline } : {}),
    statements: (a.quality_statements ?? []).map((id) => resolveStatement(ctx.framework, id)?.title ?? id),
    status: a.status, rag: row.rag, readiness: closureWords(row), owner: personRef(ctx, a.owner),
    steps: (a.steps ?? []).map((s) => ({ ...holders(ctx, s.role, a.location), does: s.does, ...(s.records_in ? { recordsIn: s.records_in } : {}), ...(s.done ? { done: s.done } : {}) })),
    ...(row.due ? { byWhen: row.due } : {}),
    targets,
    monitoring: {
      ...(m?.frequency ? { frequency: m.frequency } : {}), warningSigns: m?.warning_signs ?? [], ...(m?.escalation ? { escalation: m.escalation } : {}), reopenTriggers: m?.reopen_triggers ?? [],
      ...(c?.reviewer ? { reviewer: holders(ctx, c.reviewer, a.location) } : {}), ...(c?.approver ? { approver: holders(ctx, c.approver, a.location) } : {}),
    },
    evidence: {
      items: evidence.length, supporting: evidence.filter((e) => e.finding === 'supports').length,
      concerns: evidence.filter((e) => e.finding === 'concern').length, categories: categoriesOf(ctx, a.id),
    },
  };
}

const ORDER = [...REGULATIONS.keys()];

export function buildActionPlan(outcome: Judgement): ActionPlan {
  const { ctx } = outcome;
  const rows = statusRows(outcome);
  const byId = new Map(ctx.actions.map((r) => [r.action.id, r.action] as const));
  const sections = new Map<string, PlanAction[]>();
  const other: PlanAction[] = [];
  const closed: ClosedPlanItem[] = [];
  for (const row of rows) {
    const a = byId.get(row.id)!;
    if (a.status === 'closed') {
      closed.push({
        id: a.id, title: a.title, ...(a.location ? { location: locationName(ctx, a.location) } : {}), regulations: a.regulations ?? [],
        ...(a.closure?.decided_on ? { decidedOn: a.closure.decided_on } : {}), decider: personRef(ctx, a.closure?.decided_by),
        ...(a.post_closure?.review_due ? { reviewDue: a.post_closure.review_due } : {}),
      });
      continue;
    }
    const item = planAction(ctx, a, row);
    if (!a.regulations?.length) other.push(item);
    for (const reg of a.regulations ?? []) sections.set(reg, [...(sections.get(reg) ?? []), item]);
  }
  return {
    provider: typeof ctx.config.provider === 'string' ? ctx.config.provider : 'Provider not named in cqc.yaml',
    asOf: ctx.asOf,
    ...(outcome.gitNote ? { gitNote: outcome.gitNote } : {}),
    locations: (ctx.config.locations ?? []).map((l) => planLocation(ctx, l.id)),
    sections: [...sections.keys()].sort((x, y) => ORDER.indexOf(x) - ORDER.indexOf(y)).map((reg) => ({ regulation: reg, label: regulationLabel(reg) ?? `Regulation ${reg}`, actions: sections.get(reg)! })),
    other,
    closed,
  };
}
