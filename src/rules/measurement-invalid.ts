// A measurement that cannot be true (13 out of 12, 104%) or that names no target would otherwise pass or block closure on a typo; it is reported once and then ignored.
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';
import { measurementProblem } from './measurements.js';

const META: RuleMeta = {
  id: 'measurement-invalid',
  severity: 'error',
  stage: 'structure',
  description: 'A measurement that cannot be right (above its total, a 0 denominator, a percentage outside 0–100) or that names no target of its action.',
};

export const measurementInvalid: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, evidence: e } of ctx.evidence) {
      const action = ctx.actionById(e.action)?.action;
      if (!action) continue; // unknown-reference reports evidence for a missing action
      const problem = measurementProblem(e, action);
      if (problem === undefined) continue;
      out.push(findingAt(META, file, ['measurement'],
        `${e.id}'s measurement cannot be used: ${problem}. Until it is corrected, every other rule ignores this measurement.`,
        e.action, true));
    }
    return out;
  },
};
