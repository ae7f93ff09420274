// Independent, by-hand readings of SPEC.md's closure rules, used to pin down what each example
// action is meant to show. Deliberately separate from src/rules so the examples are not only
// checked by the code they are meant to test.
import { addDays, addMonths, addWeeks, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Action, Config, Evidence, Person } from '../../src/model.js';

export function afterDuration(date: string, duration: string): string {
  const match = /^P(\d+)([DWM])$/.exec(duration);
  if (!match) throw new Error(`unsupported duration ${duration}`);
  const n = Number(match[1]);
  const base = parseISO(date);
  const shifted = match[2] === 'D' ? addDays(base, n) : match[2] === 'W' ? addWeeks(base, n) : addMonths(base, n);
  return format(shifted, 'yyyy-MM-dd');
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

export function measured(item: Evidence): number | undefined {
  const m = item.measurement;
  if (!m) return undefined;
  if (m.value !== undefined) return m.value;
  return m.numerator !== undefined && m.denominator ? (100 * m.numerator) / m.denominator : undefined;
}

export function meetsGoal(action: Action, value: number): boolean {
  const goal = action.target?.goal ?? Number.NaN;
  return action.target?.direction === 'at_most' ? value <= goal : value >= goal;
}

/** Every closure-rule problem SPEC.md would raise for a closed action, as short labels. */
export function closureProblems(action: Action, items: Evidence[], people: Person[], config: Config, asOf: string): string[] {
  const problems: string[] = [];
  const policy = config.policy ?? {};
  const closure = action.closure ?? {};
  const criteria = action.closure_criteria ?? {};
  const decidedOn = closure.decided_on ?? '';
  const rolesOf = (id?: string) => people.find((p) => p.id === id)?.roles ?? [];
  const upToDecision = items.filter((e) => e.date <= decidedOn);
  const supporting = upToDecision.filter((e) => e.finding === 'supports');
  if (new Set(supporting.map((e) => e.type)).size < (criteria.min_sources ?? policy.min_evidence_sources ?? 2)) problems.push('evidence-sources');
  for (const type of criteria.required_evidence ?? []) if (!supporting.some((e) => e.type === type)) problems.push('evidence-required-type');
  for (const e of items) if (e.date > asOf || e.date < action.raised) problems.push(`evidence-window ${e.id}`);
  const maxAge = policy.evidence_max_age ?? 'P90D';
  for (const id of closure.evidence_reviewed ?? []) {
    const e = items.find((i) => i.id === id);
    if (!e || e.date > decidedOn || afterDuration(e.date, maxAge) < decidedOn) problems.push(`evidence-window ${id}`);
  }
  const measurements = upToDecision.filter((e) => measured(e) !== undefined);
  const latest = measurements.slice(-(criteria.sustained_for ?? policy.sustained_for ?? 2));
  if (!measurements.at(-1) || !meetsGoal(action, measured(measurements.at(-1) as Evidence) ?? Number.NaN)) problems.push('target-not-met');
  if (latest.length < (criteria.sustained_for ?? 2) || !latest.every((e) => meetsGoal(action, measured(e) ?? Number.NaN))) problems.push('target-not-sustained');
  for (const concern of upToDecision.filter((e) => e.finding === 'concern')) {
    if (!supporting.some((s) => s.type === concern.type && s.date > concern.date)) problems.push(`evidence-conflict ${concern.id}`);
  }
  if (closure.decided_by === action.owner) problems.push('self-approval');
  if (!rolesOf(closure.decided_by).includes(criteria.approver ?? '')) problems.push('approver-role');
  if (!rolesOf(closure.recommended_by).includes(criteria.reviewer ?? '')) problems.push('approver-role');
  const highRisk = (action.risk_areas ?? []).some((r) => (policy.high_risk_areas ?? []).includes(r));
  const senior = rolesOf(closure.decided_by).some((r) => (policy.senior_roles ?? []).includes(r));
  if (highRisk && (!senior || closure.decided_by === closure.recommended_by)) problems.push('senior-review');
  const due = action.post_closure?.review_due;
  if (!due || due > afterDuration(decidedOn, policy.post_closure_review_within ?? 'P3M')) problems.push('post-closure-missing');
  const reviewed = (action.post_closure?.reviews ?? []).some((r) => r.on >= decidedOn);
  if (due && due < asOf && !reviewed) problems.push('post-closure-overdue');
  if ((action.post_closure?.reviews ?? []).some((r) => r.result === 'deteriorated')) problems.push('reopen-required');
  if (items.some((e) => e.date > decidedOn && (e.finding === 'concern' || e.type === 'incident'))) problems.push('reopen-required');
  return problems;
}
