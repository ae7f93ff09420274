// `cqc audit --format json`: the same rows the table shows, for scripts and archiving.
import type { ActionTimeline, DecisionRow } from '../audit/timeline.js';

export interface AuditNotes {
  /** policy.audit_trail_from, when the provider set one. */
  trailStart?: string;
  /** e.g. the shallow-clone warning. */
  gitNote?: string;
}

export function timelineJson(view: ActionTimeline, notes: AuditNotes): string {
  return `${JSON.stringify({ version: 1, action: view.id, file: view.path, ...notes, events: view.rows }, null, 2)}\n`;
}

export function decisionsJson(rows: DecisionRow[], notes: AuditNotes): string {
  return `${JSON.stringify({ version: 1, ...notes, decisions: rows }, null, 2)}\n`;
}
