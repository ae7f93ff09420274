// The agreed reopen triggers (a deteriorated review, a later concern or incident) must actually reopen the action, not sit beside a "closed" label.
import type { Finding } from '../model.js';
import { personLabel, typeLabel } from './closure-facts.js';
import { describeGoal, formatValue, meetsGoal, missWord } from './measurement-words.js';
import { seriesOf, targetsOf } from './measurements.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'reopen-required',
  severity: 'error',
  stage: 'closure',
  description: 'Still closed although a review deteriorated, or a later concern, incident or measurement missing the goal was recorded.',
};

export const reopenRequired: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      const decidedOn = a.closure?.decided_on;
      const triggers: string[] = [];
      for (const r of a.post_closure?.reviews ?? []) {
        if (r.result === 'deteriorated' && (decidedOn === undefined || r.on >= decidedOn)) {
          triggers.push(`the post-closure review on ${r.on} by ${personLabel(ctx, r.by)} found the improvement had deteriorated`);
        }
      }
      if (decidedOn !== undefined) {
        const named = new Set<string>();
        for (const { evidence: e } of ctx.evidenceFor(a.id)) {
          if (e.date <= decidedOn) continue;
          if (e.type === 'incident') triggers.push(`${e.id} records an incident on ${e.date}, after the closure decision on ${decidedOn}`);
          else if (e.finding === 'concern') triggers.push(`${e.id} (${typeLabel(e.type)}, ${e.date}) records a concern after the closure decision on ${decidedOn}`);
          else continue;
          named.add(e.id);
        }
        // (v2) A later measurement that misses the goal; an item already named above is not named twice.
        for (const t of targetsOf(a)) {
          for (const m of seriesOf(ctx, a, t, ctx.asOf)) {
            if (m.date <= decidedOn || named.has(m.id) || meetsGoal(m.value, t.target)) continue;
            const measured = `${formatValue(m.value, t.target.unit)}${t.listed ? ` for target ${t.id}` : ''}`;
            triggers.push(`${m.id} (${m.date}) measures ${measured}, ${missWord(t.target)} ${t.listed ? 'its' : 'the'} goal of ${describeGoal(t.target)}, after the closure decision on ${decidedOn}`);
          }
        }
      }
      for (const trigger of triggers) {
        out.push(findingAt(META, file, ['status'],
          `${a.id} is still closed, but ${trigger}. That is a reason to reopen it: run \`cqc reopen ${a.id} --reason "…"\` with what happened, then agree the next steps.`,
          a.id, true));
      }
    }
    return out;
  },
};
