// Independent, by-hand readings of SPEC.md's closure rules (contract v2), used to pin down what each
// example action is meant to show. Deliberately separate from src/rules and src/spc so the examples
// are not only checked by the code they are meant to test.
import { addDays, addMonths, addWeeks, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Action, Config, Evidence, Person, Target } from '../../src/model.js';

function shift(date: string, duration: string, sign: 1 | -1): string {
  const match = /^P(\d+)([DWM])$/.exec(duration);
  if (!match) throw new Error(`unsupported duration ${duration}`);
  const n = sign * Number(match[1]);
  const base = parseISO(date);
  const shifted = match[2] === 'D' ? addDays(base, n) : match[2] === 'W' ? addWeeks(base, n) : addMonths(base, n);
  return format(shifted, 'yyyy-MM-dd');
}

export const afterDuration = (date: string, duration: string): string => shift(date, duration, 1);
/** Calendar arithmetic backwards; a month end clamps (31 March − P1M is the end of February). */
export const beforeDuration = (date: string, duration: string): string => shift(date, duration, -1);

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** Each target with the id measurements name it by ("target" for a single `target:`). */
export function targetsOf(action: Action): { id: string; target: Target }[] {
  if (action.target) return [{ id: 'target', target: action.target }];
  return (action.targets ?? []).map((t) => ({ id: t.id ?? '', target: t }));
}

/** The value of a measurement of target `id`, or undefined when the item measures something else. */
export function measured(item: Evidence, targetId = 'target', unit: Target['unit'] = 'percent'): number | undefined {
  const m = item.measurement;
  if (!m || (m.target ?? 'target') !== targetId) return undefined;
  if (m.value !== undefined) return m.value;
  if (m.numerator === undefined || !m.denominator) return undefined;
  return unit === 'percent' ? (100 * m.numerator) / m.denominator : m.numerator / m.denominator;
}

export function meetsGoal(target: Target, value: number): boolean {
  return target.direction === 'at_most' ? value <= target.goal : value >= target.goal;
}

/** One point per date, the worst of the day, dropping samples below min_sample; oldest first. */
export function pointsOf(items: Evidence[], targetId: string, target: Target, minSample = 0): { date: string; value: number }[] {
  const byDate = new Map<string, number>();
  for (const item of items) {
    const value = measured(item, targetId, target.unit);
    if (value === undefined) continue;
    if (item.measurement?.denominator !== undefined && item.measurement.denominator < minSample) continue;
    const kept = byDate.get(item.date);
    const worse = kept === undefined || (target.direction === 'at_least' ? value < kept : value > kept);
    if (worse) byDate.set(item.date, value);
  }
  return [...byDate].map(([date, value]) => ({ date, value })).sort((a, b) => a.date.localeCompare(b.date));
}

/** XmR limits and assurance as SPEC defines them (no special-cause rules: assurance needs none). */
export function assuranceOf(values: number[], target: Target): { mean: number; lower: number; upper: number; assurance: string } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const ranges = values.slice(1).map((v, i) => Math.abs(v - values[i]!));
  const mr = ranges.reduce((s, v) => s + v, 0) / ranges.length;
  const lower = mean - 2.66 * mr;
  const upper = mean + 2.66 * mr;
  const atLeast = target.direction === 'at_least';
  const passes = atLeast ? target.goal <= lower : target.goal >= upper;
  const fails = atLeast ? target.goal > upper : target.goal < lower;
  return { mean, lower, upper, assurance: passes ? 'consistent-pass' : fails ? 'consistent-fail' : 'hit-and-miss' };
}

const CATEGORY: Record<string, string | undefined> = {
  audit: 'processes', care_record: 'processes', minutes: 'processes', training: 'processes',
  observation: 'observation', trend: 'outcomes', incident: 'outcomes', other: undefined,
};
export function categoryOf(item: Evidence): string | undefined {
  return item.type === 'feedback' ? item.from : CATEGORY[item.type];
}

/** Every closure-rule problem SPEC.md would raise for a closed action (no git), as short labels. */
export function closureProblems(action: Action, items: Evidence[], people: Person[], config: Config, asOf: string): string[] {
  const problems: string[] = [];
  const policy = config.policy ?? {};
  const closure = action.closure ?? {};
  const criteria = action.closure_criteria ?? {};
  const decidedOn = closure.decided_on ?? '';
  const rolesAt = (id?: string) => {
    const person = people.find((p) => p.id === id);
    return person && (!person.locations || person.locations.includes(action.location ?? '')) ? person.roles ?? [] : [];
  };
  const upToDecision = items.filter((e) => e.date <= decidedOn);
  const supporting = upToDecision.filter((e) => e.finding === 'supports');
  if (new Set(supporting.map((e) => e.type)).size < (criteria.min_sources ?? policy.min_evidence_sources ?? 2)) problems.push('evidence-sources');
  if (new Set(supporting.map(categoryOf).filter(Boolean)).size < (criteria.min_categories ?? policy.min_evidence_categories ?? 2)) problems.push('evidence-categories');
  if (supporting.filter((e) => e.recorded_by !== action.owner).length < (criteria.min_independent ?? policy.min_independent_evidence ?? 1)) problems.push('evidence-independence');
  for (const type of criteria.required_evidence ?? []) if (!supporting.some((e) => e.type === type)) problems.push('evidence-required-type');
  for (const e of items) if (e.date > asOf || e.date < action.raised) problems.push(`evidence-window ${e.id}`);
  const maxAge = policy.evidence_max_age ?? 'P90D';
  for (const id of closure.evidence_reviewed ?? []) {
    const e = items.find((i) => i.id === id);
    if (!e || e.date > decidedOn || afterDuration(e.date, maxAge) < decidedOn) problems.push(`evidence-window ${id}`);
  }
  const sustainedFor = criteria.sustained_for ?? policy.sustained_for ?? 2;
  for (const { id, target } of targetsOf(action)) {
    const points = pointsOf(upToDecision, id, target, policy.min_sample ?? 0);
    const latest = points.slice(-sustainedFor);
    if (!points.at(-1) || !meetsGoal(target, points.at(-1)!.value)) problems.push(`target-not-met ${id}`);
    if (latest.length < sustainedFor || !latest.every((p) => meetsGoal(target, p.value))) problems.push(`target-not-sustained ${id}`);
    let runStart = points.length;
    while (runStart > 0 && meetsGoal(target, points[runStart - 1]!.value)) runStart--;
    if (criteria.review_period && (runStart === points.length || points[runStart]!.date > beforeDuration(decidedOn, criteria.review_period))) {
      problems.push(`target-not-sustained ${id} (review period)`);
    }
    for (const later of pointsOf(items.filter((e) => e.date > decidedOn && e.date <= asOf), id, target)) {
      if (!meetsGoal(target, later.value)) problems.push(`reopen-required ${id}`);
    }
  }
  for (const concern of upToDecision.filter((e) => e.finding === 'concern')) {
    if (!supporting.some((s) => s.type === concern.type && s.date > concern.date)) problems.push(`evidence-conflict ${concern.id}`);
  }
  if (closure.decided_by === action.owner) problems.push('self-approval');
  if (closure.decision !== 'close' || closure.recommended_on === undefined || decidedOn < closure.recommended_on) problems.push('closure-decision');
  if (!rolesAt(closure.decided_by).includes(criteria.approver ?? '')) problems.push('approver-role');
  if (!rolesAt(closure.recommended_by).includes(criteria.reviewer ?? '')) problems.push('approver-role');
  const senior = (id?: string) => rolesAt(id).some((r) => (policy.senior_roles ?? []).includes(r));
  if (!senior(closure.decided_by) || closure.decided_by === closure.recommended_by) problems.push('senior-review');
  const due = action.post_closure?.review_due;
  if (!due || due > afterDuration(decidedOn, policy.post_closure_review_within ?? 'P3M')) problems.push('post-closure-missing');
  for (const review of action.post_closure?.reviews ?? []) {
    const cited = items.filter((e) => review.evidence?.includes(e.id) && e.date > decidedOn && e.date <= review.on);
    if (review.by === action.owner || !senior(review.by) || cited.length === 0) problems.push('post-closure-review');
    if (review.result === 'deteriorated') problems.push('reopen-required');
  }
  const reviewed = (action.post_closure?.reviews ?? []).some((r) => r.on >= decidedOn);
  if (due && due < asOf && !reviewed) problems.push('post-closure-overdue');
  if (items.some((e) => e.date > decidedOn && (e.finding === 'concern' || e.type === 'incident'))) problems.push('reopen-required');
  return problems;
}
