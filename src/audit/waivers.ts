// The git side of a waiver: setting a rule aside counts only when the approver committed it themselves.
import type { RuleContext } from '../rules/types.js';
import { list } from './parse.js';
import { actionTrailAt, entryRecorded } from './recorded.js';
import type { Trail, TrailCommit } from './types.js';

export interface UnapprovedWaiver {
  action: string;
  /** Index in the action's `waivers` list today. */
  index: number;
  approver: string;
  commit: TrailCommit;
}

/** Current, committed waivers whose adding commit (judged) was not authored by their approved_by person. */
export function unapprovedWaivers(trail: Trail, ctx: Pick<RuleContext, 'actions'>): UnapprovedWaiver[] {
  const out: UnapprovedWaiver[] = [];
  for (const { file, action } of ctx.actions) {
    const history = actionTrailAt(trail, file.path);
    action.waivers?.forEach((waiver, index) => {
      const recorded = entryRecorded(history, waiver, (d) => list(d, 'waivers'));
      // Not committed yet: not-committed reports it, and it is judged once it is.
      if (recorded.state !== 'committed') return;
      const commit = recorded.version.commit;
      if (commit.judged && commit.person !== waiver.approved_by) out.push({ action: action.id, index, approver: waiver.approved_by, commit });
    });
  }
  return out;
}
