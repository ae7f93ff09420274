// "Measurable improvement" is judged on numbers recorded in evidence, against each of the action's
// targets: one shared reading of them (which target, what value, whether it is valid and counts,
// one point per date) keeps every measurement rule, the JSON and the reports in step.
import type { Action, Evidence, Target } from '../model.js';
import type { EvidenceRecord, RuleContext } from '../engine/types.js';
import type { DataPath } from '../repo/source.js';
import { worstOfDay, xmr, type XmrResult } from '../spc/xmr.js';

export { describeGoal, describeMeasurement, formatValue, meetsGoal } from './measurement-words.js';

/** The id a single `target:` goes by in measurements, JSON and calendars. */
export const SINGLE_TARGET_ID = 'target';

/** One target of an action, with the id measurements name it by and where it sits in the file. */
export interface ActionTarget {
  /** `target` for a single `target:`; the listed id for each of `targets:`. */
  id: string;
  target: Target;
  /** The target's node in the action file, e.g. ['targets', 1], for anchoring findings. */
  path: DataPath;
  /** From `targets:`: messages then name it. A single `target:` keeps the v1 wording. */
  listed: boolean;
}

export interface Measurement {
  record: EvidenceRecord;
  id: string;
  date: string;
  value: number;
}

/** The action's targets in file order: `targets:` as written, or a single `target:` with id `target`. */
export function targetsOf(action: Pick<Action, 'target' | 'targets'>): ActionTarget[] {
  if (action.targets) return action.targets.map((target, i) => ({ id: target.id, target, path: ['targets', i], listed: true }));
  return action.target ? [{ id: SINGLE_TARGET_ID, target: action.target, path: ['target'], listed: false }] : [];
}

/** The measured value of an evidence item: `value`, or numerator / denominator (× 100 for percent). */
export function measuredValue(evidence: Evidence, unit: Target['unit'] | undefined): number | undefined {
  const m = evidence.measurement;
  if (!m) return undefined;
  if (m.value !== undefined) return m.value;
  if (m.numerator === undefined || m.denominator === undefined || m.denominator === 0) return undefined;
  const ratio = m.numerator / m.denominator;
  return unit === 'percent' ? 100 * ratio : ratio;
}

/** The target a measurement names: with a single `target:`, none, `target` or the target's own id. */
function namedTarget(action: Pick<Action, 'target' | 'targets'>, named: string | undefined): ActionTarget | undefined {
  const targets = targetsOf(action);
  if (!action.targets) {
    const only = targets[0];
    return only && (named === undefined || named === SINGLE_TARGET_ID || named === only.target.id) ? only : undefined;
  }
  return targets.find((t) => t.id === named);
}

/**
 * Why a measurement cannot be used (SPEC `measurement-invalid`), worded to follow "MH-001-E04's
 * measurement cannot be used: "; undefined when it is valid or the item measures nothing. A
 * denominator of 0 is also a schema error; it is checked here too so no rule ever divides by it.
 */
export function measurementProblem(evidence: Evidence, action: Pick<Action, 'id' | 'target' | 'targets'>): string | undefined {
  const m = evidence.measurement;
  if (!m) return undefined;
  const t = namedTarget(action, m.target);
  if (!t && action.targets) {
    const ids = action.targets.map((x) => x.id).join(', ');
    return m.target === undefined
      ? `${action.id} has several targets (${ids}), but this measurement does not say which one it measures. Add target: <id> to the measurement, e.g. { target: ${action.targets[0]!.id}, … }`
      : `its target "${m.target}" is not one of ${action.id}'s targets (${ids}). Correct measurement.target to the id of the target it measures`;
  }
  if (!t && m.target !== undefined) {
    return action.target
      ? `its target "${m.target}" names no target of ${action.id}, which has a single target. Leave measurement.target out, or write "${SINGLE_TARGET_ID}"${action.target.id ? ` or "${action.target.id}"` : ''}`
      : `its target "${m.target}" names no target: ${action.id} has no target yet. Agree the action's target first, or remove measurement.target`;
  }
  if (m.denominator === 0) return 'its denominator is 0, so it measures nothing. Record how many were checked as the denominator';
  if (t?.target.unit !== 'percent') return undefined;
  if (m.numerator !== undefined && m.denominator !== undefined && m.numerator > m.denominator) {
    return `it counts ${m.numerator} out of ${m.denominator}, more than were checked, for a percentage target. Correct the numerator (how many met the standard) or the denominator (how many were checked)`;
  }
  if (m.value !== undefined && (m.value < 0 || m.value > 100)) {
    return `its value ${m.value} is not a percentage between 0 and 100, as the target's unit is percent. Correct the value`;
  }
  return undefined;
}

/** A valid measurement below policy.min_sample does not count: too few checked to say anything. */
function tooSmall(ctx: RuleContext, evidence: Evidence): boolean {
  const d = evidence.measurement?.denominator;
  return ctx.policy.min_sample !== undefined && d !== undefined && d < ctx.policy.min_sample;
}

/**
 * The measurements that count for one target, dated on or before `upTo`, oldest first (date, then
 * id): valid, naming this target, and not below min_sample. Several on one date are all kept (a
 * chart shows them all); the rules use `seriesOf`.
 */
export function measurementsFor(ctx: RuleContext, action: Action, t: ActionTarget, upTo: string): Measurement[] {
  const out: Measurement[] = [];
  for (const record of ctx.evidenceFor(action.id)) {
    const e = record.evidence;
    if (e.date > upTo || !e.measurement || tooSmall(ctx, e) || measurementProblem(e, action) !== undefined) continue;
    if (namedTarget(action, e.measurement.target)?.id !== t.id) continue;
    const value = measuredValue(e, t.target.unit);
    if (value !== undefined) out.push({ record, id: e.id, date: e.date, value });
  }
  return out;
}

/** The target's points: one per date, the worst of the day (lowest for at_least, highest for at_most). */
export function seriesOf(ctx: RuleContext, action: Action, t: ActionTarget, upTo: string): Measurement[] {
  return worstOfDay(measurementsFor(ctx, action, t, upTo), t.target.direction);
}

/**
 * SPC (XmR) of one target up to `upTo`: its points from target.spc_from, judged once there are
 * policy.spc_min_points of them (SPEC "SPC assurance (v2)").
 */
export function spcOf(ctx: RuleContext, action: Action, t: ActionTarget, upTo: string): XmrResult {
  const { goal, direction, spc_from } = t.target;
  return xmr({
    points: seriesOf(ctx, action, t, upTo), goal, direction, minPoints: ctx.policy.spc_min_points,
    ...(spc_from !== undefined ? { spcFrom: spc_from } : {}),
  });
}

/**
 * Why fewer points count than were recorded up to `upTo`, for messages: " (2 measurements share a
 * date with another …)"; empty when every measurement of the target counts as a point of its own.
 */
export function uncountedNote(ctx: RuleContext, action: Action, t: ActionTarget, upTo: string): string {
  let small = 0;
  for (const { evidence: e } of ctx.evidenceFor(action.id)) {
    if (e.date > upTo || !e.measurement || !tooSmall(ctx, e) || measurementProblem(e, action) !== undefined) continue;
    if (namedTarget(action, e.measurement.target)?.id === t.id) small++;
  }
  const counted = measurementsFor(ctx, action, t, upTo);
  const sameDay = counted.length - new Set(counted.map((m) => m.date)).size;
  const notes = [
    sameDay ? `${sameDay} measurement${sameDay === 1 ? '' : 's'} on a date already measured count${sameDay === 1 ? 's' : ''} once with it, the worst of the day` : '',
    small ? `${small} measurement${small === 1 ? '' : 's'} of fewer than the policy's min_sample of ${ctx.policy.min_sample} ${small === 1 ? 'does' : 'do'} not count` : '',
  ].filter(Boolean);
  return notes.length ? ` (${notes.join('; ')})` : '';
}
