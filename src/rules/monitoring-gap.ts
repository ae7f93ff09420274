// Monitoring that lapses stops being monitoring: warning signs go unseen between measurements, before closure and while post-closure monitoring was promised.
import { daysBetween } from '../dates.js';
import type { Action, Finding, Frequency } from '../model.js';
import { measurementsFor, targetsOf, type ActionTarget, type Measurement } from './measurements.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'monitoring-gap',
  severity: 'warning',
  stage: 'closure',
  description: "A target's measurements have lapsed beyond the monitoring frequency (before closure, or during post-closure monitoring).",
  countsEvidence: true,
};

/**
 * A measurement may be up to half a period late before monitoring counts as lapsed: 1.5 × the
 * frequency, as SPEC fixes it (a quarter is 91 days, and 136.5 rounds up to whole days).
 */
export const ALLOWED_GAP_DAYS: Readonly<Record<Frequency, number>> = { weekly: 10.5, fortnightly: 21, monthly: 45, quarterly: 137 };
const ALLOWED_WHY: Readonly<Record<Frequency, string>> = { weekly: '1.5 × 7', fortnightly: '1.5 × 14', monthly: '1.5 × 30', quarterly: '1.5 × 91, rounded up' };

/** Where the measurements are counted from: the action being raised, or the closure decision. */
interface Start { date: string; words: string; afterClosure: boolean }

export const monitoringGap: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const after = a.post_closure?.monitoring;
      const decided = a.closure?.decided_on;
      if (a.status !== 'closed' && a.monitoring?.frequency !== undefined) {
        const frequency = a.monitoring.frequency;
        for (const t of targetsOf(a)) {
          const gap = lapse(ctx, a, t, ALLOWED_GAP_DAYS[frequency], { date: a.raised, words: `it was raised on ${a.raised}`, afterClosure: false });
          if (gap) {
            out.push(findingAt(META, file, ['monitoring', 'frequency'],
              `${a.id} is monitored ${frequency}, but ${gap}, more than the ${ALLOWED_GAP_DAYS[frequency]} days allowed (${ALLOWED_WHY[frequency]}). Record a measurement at least ${frequency} as agreed, or change monitoring.frequency if the governance meeting has agreed a different rhythm.`,
              a.id, true));
          }
        }
      } else if (a.status === 'closed' && after && decided !== undefined && ctx.asOf <= after.until) {
        for (const t of targetsOf(a)) {
          const gap = lapse(ctx, a, t, ALLOWED_GAP_DAYS[after.frequency], { date: decided, words: `the closure decision on ${decided}`, afterClosure: true });
          if (gap) {
            out.push(findingAt(META, file, ['post_closure', 'monitoring', 'frequency'],
              `${a.id} is closed with post-closure monitoring ${after.frequency} until ${after.until}, but ${gap}, more than the ${ALLOWED_GAP_DAYS[after.frequency]} days allowed (${ALLOWED_WHY[after.frequency]}). Record the agreed ${after.frequency} measurement so leaders can see the improvement holding now scrutiny has eased; if it has slipped, reopen the action.`,
              a.id, true));
          }
        }
      }
    }
    return out;
  },
};

/**
 * The gap to report for one target, counting from `start`: a current lapse first (it needs acting
 * on now), else the longest past gap. After closure the decision itself opens the first gap.
 */
function lapse(ctx: RuleContext, a: Action, t: ActionTarget, limit: number, start: Start): string | undefined {
  const of = t.listed ? ` of target ${t.id}` : '';
  const ms = measurementsFor(ctx, a, t, ctx.asOf).filter((m) => !start.afterClosure || m.date > start.date);
  const last = ms.at(-1);
  if (!last) {
    const days = daysBetween(start.date, ctx.asOf);
    return days > limit ? `no measurement${of} has been recorded since ${start.words} (${days} days before ${ctx.asOf})` : undefined;
  }
  const sinceLast = daysBetween(last.date, ctx.asOf);
  if (sinceLast > limit) return `its latest measurement${of}, ${last.id} on ${last.date}, is ${sinceLast} days before ${ctx.asOf}`;
  let worst: { from: string; to: Measurement; days: number } | undefined;
  if (start.afterClosure) {
    const days = daysBetween(start.date, ms[0]!.date);
    if (days > limit) worst = { from: start.words, to: ms[0]!, days };
  }
  for (let i = 1; i < ms.length; i++) {
    const days = daysBetween(ms[i - 1]!.date, ms[i]!.date);
    if (days > limit && days > (worst?.days ?? 0)) worst = { from: `${ms[i - 1]!.id} (${ms[i - 1]!.date})`, to: ms[i]!, days };
  }
  if (!worst) return undefined;
  return start.afterClosure && worst.from === start.words
    ? `there were ${worst.days} days between ${start.words} and the first measurement${of} after it, ${worst.to.id} (${worst.to.date})`
    : `there were ${worst.days} days between measurements${of} ${worst.from} and ${worst.to.id} (${worst.to.date})`;
}
