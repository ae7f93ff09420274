// A valid waiver keeps its rule's findings on that action in the output, marked waived, so they
// are seen but never fail the run.
import type { Finding } from '../model.js';
import { waiverProblems } from '../rules/waiver-invalid.js';
import type { RuleContext } from './types.js';

/** The rules each action has validly waived. */
export function waivedRules(ctx: RuleContext): Map<string, Set<string>> {
  const waived = new Map<string, Set<string>>();
  for (const { file, action } of ctx.actions) {
    action.waivers?.forEach((w) => {
      if (waiverProblems(ctx, file.path, action, w).length) return;
      waived.set(action.id, new Set([...(waived.get(action.id) ?? []), w.rule]));
    });
  }
  return waived;
}

/** Mark the findings a valid waiver covers (never waiver-invalid itself). */
export function applyWaivers(findings: Finding[], ctx: RuleContext): Finding[] {
  const waived = waivedRules(ctx);
  return findings.map((f) => (f.action && f.rule !== 'waiver-invalid' && waived.get(f.action)?.has(f.rule) ? { ...f, waived: true } : f));
}
