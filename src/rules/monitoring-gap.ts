// Monitoring that lapses stops being monitoring: warning signs go unseen between measurements.
import { daysBetween } from '../dates.js';
import type { Action, Finding } from '../model.js';
import { measurementsOf, type Measurement } from './measurements.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'monitoring-gap',
  severity: 'warning',
  stage: 'closure',
  description: "An open action's measurements have lapsed beyond its monitoring frequency.",
};

type Frequency = NonNullable<NonNullable<Action['monitoring']>['frequency']>;

export const FREQUENCY_DAYS: Readonly<Record<Frequency, number>> = { weekly: 7, fortnightly: 14, monthly: 30, quarterly: 91 };

/** A measurement may be up to half a period late before monitoring counts as lapsed. */
const SLACK = 1.5;

export const monitoringGap: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const frequency = a.monitoring?.frequency;
      if (a.status === 'closed' || frequency === undefined) continue;
      const limit = SLACK * FREQUENCY_DAYS[frequency];
      const gap = lapse(ctx, a, limit);
      if (gap === undefined) continue;
      out.push(findingAt(META, file, ['monitoring', 'frequency'],
        `${a.id} is monitored ${frequency}, but ${gap}, more than the ${limit} days allowed (1.5 × ${FREQUENCY_DAYS[frequency]}). Record a measurement at least ${frequency} as agreed, or change monitoring.frequency if the governance meeting has agreed a different rhythm.`,
        a.id, true));
    }
    return out;
  },
};

/** The gap to report: a current lapse first (it needs acting on now), else the longest past gap. */
function lapse(ctx: RuleContext, a: Action, limit: number): string | undefined {
  const ms = measurementsOf(ctx, a.id, a.target?.unit, ctx.asOf);
  const last = ms.at(-1);
  if (!last) {
    const days = daysBetween(a.raised, ctx.asOf);
    return days > limit ? `no measurement has been recorded since it was raised on ${a.raised} (${days} days before ${ctx.asOf})` : undefined;
  }
  const sinceLast = daysBetween(last.date, ctx.asOf);
  if (sinceLast > limit) return `its latest measurement, ${last.id} on ${last.date}, is ${sinceLast} days before ${ctx.asOf}`;
  let worst: { from: Measurement; to: Measurement; days: number } | undefined;
  for (let i = 1; i < ms.length; i++) {
    const days = daysBetween(ms[i - 1]!.date, ms[i]!.date);
    if (days > limit && days > (worst?.days ?? 0)) worst = { from: ms[i - 1]!, to: ms[i]!, days };
  }
  return worst && `there were ${worst.days} days between measurements ${worst.from.id} (${worst.from.date}) and ${worst.to.id} (${worst.to.date})`;
}
