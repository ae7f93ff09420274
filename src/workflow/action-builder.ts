// Build a new action from a template and the user's flags or answers, in SPEC.md key order. The
// closure criteria are part of the action from the start: that is when they must be agreed.
import { addDuration } from '../dates.js';
import { UsageError } from '../errors.js';
import type { Action, ClosureCriteria, EvidenceType, Target } from '../model.js';

/** What a template contributes: everything except who, when and which id. */
export interface ActionSeed {
  name: string;
  description: string;
  /** Id prefix, e.g. MH for MH-001. */
  prefix: string;
  /** Time from raised to target.due, ISO 8601 (e.g. P6W). */
  period?: string;
  fields: Partial<Omit<Action, 'id' | 'raised' | 'owner' | 'status'>>;
}

/** The values a user gives, as strings from flags or answers. */
export interface NewActionInput {
  id: string;
  title: string;
  owner: string;
  raised: string;
  location?: string;
  source?: string;
  baseline?: string;
  riskAreas: string[];
  qualityStatements: string[];
  regulations: string[];
  measure?: string;
  unit?: string;
  goal?: string;
  direction?: string;
  due?: string;
  requiredEvidence: string[];
  minSources?: string;
  sustainedFor?: string;
  reviewPeriod?: string;
  reviewer?: string;
  approver?: string;
  frequency?: string;
}

function integer(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} needs a whole number of 1 or more; "${v}" is not one.`);
  return n;
}

function target(input: NewActionInput, seed: ActionSeed | undefined): Target | undefined {
  const base = seed?.fields.target;
  const goalText = input.goal;
  const goal = goalText !== undefined ? Number(goalText) : base?.goal;
  if (goalText !== undefined && (goalText.trim() === '' || !Number.isFinite(goal) || goal! < 0)) throw new UsageError(`--goal needs a number of 0 or more, e.g. 95; "${goalText}" is not one.`);
  const t: Partial<Target> = {
    measure: input.measure ?? base?.measure,
    unit: (input.unit ?? base?.unit) as Target['unit'] | undefined,
    goal,
    direction: (input.direction ?? base?.direction) as Target['direction'] | undefined,
  };
  const due = input.due ?? (seed?.period ? addDuration(input.raised, seed.period) : base?.due);
  const given = Object.entries(t).filter(([, v]) => v !== undefined);
  if (!given.length) return undefined;
  if (given.length < 4) {
    const missing = (['measure', 'unit', 'goal', 'direction'] as const).filter((k) => t[k] === undefined).map((k) => `--${k}`);
    throw new UsageError(`The target is incomplete: give ${missing.join(', ')} as well (a target needs what is measured, its unit, the goal and its direction).`);
  }
  return { measure: t.measure!, unit: t.unit!, goal: t.goal!, direction: t.direction!, ...(due ? { due } : {}) };
}

function criteria(input: NewActionInput, seed: ActionSeed | undefined): ClosureCriteria | undefined {
  const base = seed?.fields.closure_criteria ?? {};
  const c: ClosureCriteria = {
    ...base,
    ...(input.requiredEvidence.length ? { required_evidence: input.requiredEvidence as EvidenceType[] } : {}),
    ...(input.minSources !== undefined ? { min_sources: integer('--min-sources', input.minSources)! } : {}),
    ...(input.sustainedFor !== undefined ? { sustained_for: integer('--sustained-for', input.sustainedFor)! } : {}),
    ...(input.reviewPeriod !== undefined ? { review_period: input.reviewPeriod } : {}),
    ...(input.reviewer !== undefined ? { reviewer: input.reviewer } : {}),
    ...(input.approver !== undefined ? { approver: input.approver } : {}),
  };
  const order: (keyof ClosureCriteria)[] = ['required_evidence', 'min_sources', 'sustained_for', 'review_period', 'reviewer', 'approver'];
  const out: Record<string, unknown> = {};
  for (const k of order) if (c[k] !== undefined) out[k] = c[k];
  return Object.keys(out).length ? (out as ClosureCriteria) : undefined;
}

const list = (given: string[], fallback: string[] | undefined) => (given.length ? given : fallback);

export function buildAction(input: NewActionInput, seed?: ActionSeed): Action {
  const f = seed?.fields ?? {};
  const entries: [keyof Action, unknown][] = [
    ['id', input.id],
    ['title', input.title],
    ['location', input.location ?? f.location],
    ['raised', input.raised],
    ['source', input.source ?? f.source],
    ['baseline', input.baseline ?? f.baseline],
    ['quality_statements', list(input.qualityStatements, f.quality_statements)],
    ['regulations', list(input.regulations, f.regulations)],
    ['risk_areas', list(input.riskAreas, f.risk_areas)],
    ['owner', input.owner],
    ['target', target(input, seed)],
    ['closure_criteria', criteria(input, seed)],
    ['steps', f.steps],
    ['monitoring', input.frequency !== undefined ? { ...f.monitoring, frequency: input.frequency } : f.monitoring],
    ['status', 'open'],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as unknown as Action;
}
