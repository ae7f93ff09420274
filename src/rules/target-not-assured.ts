// Two good audits can be luck: once a target has enough points, SPC (NHS "Making Data Count") says whether the process will reliably meet its goal, and governance should hear when it will not.
import type { Finding } from '../model.js';
import { decisionDate, decisionPhrase } from './closure-facts.js';
import { describeGoal, formatValue, targetSubject } from './measurement-words.js';
import { spcOf, targetsOf } from './measurements.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'target-not-assured',
  severity: 'warning',
  stage: 'closure',
  description: 'Closed while SPC shows a target will not reliably meet its goal (hit and miss, or consistently failing); an error with require_spc_assurance.',
  countsEvidence: true,
};

export const targetNotAssured: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    const required = ctx.policy.require_spc_assurance;
    for (const { file, action: a } of ctx.actions) {
      if (a.status !== 'closed') continue;
      for (const t of targetsOf(a)) {
        const spc = spcOf(ctx, a, t, decisionDate(ctx, a));
        if (!spc.judged || !spc.limits || spc.assurance === null || spc.assurance === 'consistent-pass') continue;
        const { target } = t;
        const limits = `${formatValue(spc.limits.lower, target.unit)} to ${formatValue(spc.limits.upper, target.unit)}`;
        const from = target.spc_from !== undefined ? ` from ${target.spc_from}` : '';
        const verdict = spc.assurance === 'hit-and-miss'
          ? `"hit and miss": the goal of ${describeGoal(target)} lies within the process limits (${limits}), so the process as it runs now will sometimes miss it`
          : `"consistent fail": the goal of ${describeGoal(target)} lies beyond the process limits (${limits}), so the process will keep missing it unless it changes`;
        const next = required
          ? 'cqc.yaml sets require_spc_assurance, so it cannot close on this measure yet: keep it in monitoring and improve the process until its limits clear the goal.'
          : 'The closure rules are met, so this does not block closure, but take it to governance: keep monitoring until the process reliably meets the goal, or record in the closure rationale why closing is still safe.';
        const finding = findingAt(META, file, [...t.path, 'goal'],
          `${targetSubject(a.id, t)}: SPC over its measurements on ${spc.points.length} dates${from} up to ${decisionPhrase(ctx, a)} gives assurance ${verdict}. ${next}`,
          a.id, true);
        out.push(required ? { ...finding, severity: 'error' } : finding);
      }
    }
    return out;
  },
};
