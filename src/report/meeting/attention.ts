// Signs that improvement is slipping: closed actions the record says must reopen, and concerns
// or incidents recorded since the last meeting against actions still in progress.
import type { Action, Finding } from '../../model.js';
import type { RuleContext } from '../../engine/types.js';
import type { ConcernItem, ReopenItem } from './types.js';

export function reopenItems(actions: Action[], findings: Finding[]): ReopenItem[] {
  const out: ReopenItem[] = [];
  for (const a of actions) {
    const reasons = [...new Set(findings.filter((f) => f.rule === 'reopen-required' && f.action === a.id && !f.waived).map((f) => f.message))];
    if (reasons.length === 0) continue;
    out.push({ id: a.id, title: a.title, reasons, agreedTriggers: a.monitoring?.reopen_triggers ?? [] });
  }
  return out.sort((x, y) => x.id.localeCompare(y.id));
}

/** Concern or incident evidence dated from `since` to the meeting date, for actions not closed. */
export function concernsSince(ctx: RuleContext, actions: Action[], since: string): ConcernItem[] {
  const out: ConcernItem[] = [];
  for (const a of actions) {
    if (a.status === 'closed') continue;
    const evidence = ctx.evidenceFor(a.id)
      .map((r) => r.evidence)
      .filter((e) => (e.finding === 'concern' || e.type === 'incident') && e.date >= since && e.date <= ctx.asOf)
      .map((e) => ({ id: e.id, date: e.date, type: e.type, summary: e.summary ?? '' }));
    if (evidence.length === 0) continue;
    out.push({ id: a.id, title: a.title, status: a.status, evidence, warningSigns: a.monitoring?.warning_signs ?? [] });
  }
  return out.sort((x, y) => x.id.localeCompare(y.id));
}
