// Closure needs a measurable improvement: an action is not fixed because the work was done, only when the measure shows it.
import type { Finding } from '../model.js';
import { decisionDate, decisionPhrase } from './closure-facts.js';
import { describeGoal, formatValue, meetsGoal, missWord } from './measurement-words.js';
import { seriesOf, targetsOf } from './measurements.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'target-not-met',
  severity: 'error',
  stage: 'closure',
  description: 'Closed while the latest measurement of a target misses its goal, or there is none.',
  countsEvidence: true,
};

export const targetNotMet: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      for (const t of targetsOf(a)) {
        const { target } = t;
        const latest = seriesOf(ctx, a, t, decisionDate(ctx, a)).at(-1);
        if (latest && meetsGoal(latest.value, target)) continue;
        const goal = `the goal of ${describeGoal(target)} (${target.measure})`;
        const found = latest && `${formatValue(latest.value, target.unit)}, ${missWord(target)} ${goal}, counting measurements up to ${decisionPhrase(ctx, a)}. An action closes only when the measure shows the goal is met: keep it open or in monitoring (reopen it if it is closed) until a measurement meets the goal.`;
        const message = !t.listed
          ? found
            ? `${a.id}'s latest measurement ${latest.id} (${latest.date}) is ${found}`
            : `None of ${a.id}'s evidence up to ${decisionPhrase(ctx, a)} records a measurement against ${goal}, so there is nothing to show the improvement. Add the measurement to a dated evidence item (measurement: { value: … } or { numerator: …, denominator: … }), or keep the action open until it is measured.`
          : found
            ? `${a.id}'s latest measurement of target ${t.id}, ${latest.id} (${latest.date}), is ${found}`
            : `None of ${a.id}'s evidence up to ${decisionPhrase(ctx, a)} records a measurement of target ${t.id} against ${goal}, so there is nothing to show that improvement. Add the measurement to a dated evidence item (measurement: { target: ${t.id}, value: … } or { target: ${t.id}, numerator: …, denominator: … }), or keep the action open until it is measured.`;
        out.push(findingAt(META, file, [...t.path, 'goal'], message, a.id, true));
      }
    }
    return out;
  },
};
