// One good month can be a blip; the improvement has to hold for several measurements in a row before closure.
import type { Finding } from '../model.js';
import { decisionDate, decisionPhrase, listOf, sustainedFor } from './closure-facts.js';
import { describeGoal, describeMeasurement, measurementsOf, meetsGoal } from './measurements.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'target-not-sustained',
  severity: 'error',
  stage: 'closure',
  description: 'Closed while the latest measurements do not all meet the goal.',
};

export const targetNotSustained: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      const target = a.target;
      if (a.status !== 'closed' || target === undefined) continue;
      const all = measurementsOf(ctx, a.id, target.unit, decisionDate(ctx, a));
      if (!all.length) continue; // target-not-met already reports an action with no measurement
      const n = sustainedFor(ctx, a);
      const latest = all.slice(-n);
      const missed = latest.filter((m) => !meetsGoal(m.value, target));
      if (latest.length >= n && !missed.length) continue;
      const goal = describeGoal(target);
      const why = latest.length < n
        ? `it has only ${latest.length} measurement${latest.length === 1 ? '' : 's'} up to ${decisionPhrase(ctx, a)} (${listOf(latest.map((m) => describeMeasurement(m, target.unit)))}).`
        : `of its latest ${n} up to ${decisionPhrase(ctx, a)}, ${listOf(missed.map((m) => describeMeasurement(m, target.unit)))} ${missed.length > 1 ? 'miss' : 'misses'} the goal.`;
      const anchor = a.closure_criteria?.sustained_for !== undefined ? ['closure_criteria', 'sustained_for'] : ['target', 'goal'];
      out.push(findingAt(META, file, anchor,
        `${a.id} must meet its goal of ${goal} in ${n} consecutive measurements before closing, but ${why} Keep it in monitoring until the latest ${n} measurements all meet the goal.`,
        a.id, true));
    }
    return out;
  },
};
