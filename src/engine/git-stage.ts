// Stage 3 of a check: read the audit trail from git. Filled in by the audit-trail work (issue 4).
import type { Finding } from '../model.js';
import type { RuleContext } from '../rules/types.js';

export interface GitStage {
  /** True when git rules ran. */
  ran: boolean;
  /** One line for the summary when they did not (or ran with a caveat). */
  note?: string;
  /** Findings about the repository itself (e.g. shallow-history). */
  findings: Finding[];
  trail?: unknown;
  /** Waivers whose git record makes them invalid, as "<action>#<index>". */
  invalidWaivers?: Set<string>;
}

export async function gitStage(_ctx: RuleContext, enabled: boolean): Promise<GitStage> {
  if (!enabled) return { ran: false, note: 'Git rules skipped (--no-git): the audit trail was not checked.', findings: [] };
  return { ran: false, note: 'Git rules are not available yet: the audit trail was not checked.', findings: [] };
}
