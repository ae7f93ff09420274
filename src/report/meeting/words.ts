// The words both renderings of the meeting pack share, so Markdown and HTML never disagree.
import type { DecisionCommit, DecisionItem, PersonRef, ReviewDueItem } from './types.js';
import type { Rag } from '../../status/rows.js';

export const RAG_TEXT: Record<Rag, string> = { red: 'RED', amber: 'AMBER', green: 'GREEN' };

export const DECISION_TEXT: Record<DecisionItem['decision'], string> = {
  close: 'Closed',
  hold: 'Held in monitoring',
  reject: 'Rejected (back to in progress)',
};

export function statusText(status: string): string {
  return status.replace(/_/g, ' ');
}

/** "Priya Patel (registered-manager)", or a plain note when nobody is recorded. */
export function personText(p: PersonRef | null): string {
  if (!p) return 'not recorded';
  const roles = p.roles.length ? p.roles.join(', ') : 'no role in people.yaml';
  return `${p.name} (${roles})`;
}

export function commitText(c: DecisionCommit | undefined): string {
  if (!c) return 'from the record (no git trail read)';
  return `commit ${c.commit.slice(0, 10)} by ${c.author} on ${c.date}${c.signed ? `, ${c.signed}` : ''}`;
}

export function reviewWhen(r: ReviewDueItem): string {
  if (r.overdue) return `overdue by ${-r.daysLeft} day${r.daysLeft === -1 ? '' : 's'}`;
  if (r.daysLeft === 0) return 'due today';
  return `due in ${r.daysLeft} day${r.daysLeft === 1 ? '' : 's'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
