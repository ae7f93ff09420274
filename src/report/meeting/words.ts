// The words both renderings of the meeting pack share, so Markdown and HTML never disagree.
import type { CommitRef, DecisionItem, GovernanceRecord, PersonRef, ReviewDueItem } from './types.js';
import type { Rag } from '../../status/rows.js';

export const RAG_TEXT: Record<Rag, string> = { red: 'RED', amber: 'AMBER', green: 'GREEN' };

export const RAG_LEGEND = `${RAG_TEXT.red} = an error stands or the target date has passed; ${RAG_TEXT.amber} = a warning, unsettled evidence, or due within 14 days and not ready; ${RAG_TEXT.green} = on track or closed cleanly.`;

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

/** How a renderer marks up the parts of a sentence; plain text by default (Markdown escapes the whole). */
export interface Marks { text(s: string): string; time(iso: string, shown: string): string; id(s: string): string }
export const PLAIN: Marks = { text: (s) => s, time: (_iso, shown) => shown, id: (s) => s };

/** Who recorded a step in git and when (UK time), or why that is not known. */
export function recordedText(item: { commit?: CommitRef; uncommitted?: boolean }, source: GovernanceRecord['source'], m: Marks = PLAIN): string {
  if (item.uncommitted) return m.text('not committed yet: outside the audit trail');
  const c = item.commit;
  if (!c) return m.text(source === 'files' ? 'from the file (git not read)' : 'not found in git');
  const who = c.notNamed ? `${c.author}, not the person named` : c.author;
  return `${m.text(`${who}, `)}${m.time(c.at, c.when)}${m.text(', commit ')}${m.id(c.commit.slice(0, 10))}${c.signed ? m.text(`, ${c.signed}`) : ''}`;
}

/** "Held in monitoring, return by 2026-12-01" and what became of it since. */
export function decisionText(d: DecisionItem): string {
  return `${DECISION_TEXT[d.decision]}${d.returnBy ? `, return by ${d.returnBy}` : ''}${d.afterwards ? `; since ${d.afterwards}` : ''}`;
}

export function reviewWhen(r: ReviewDueItem): string {
  if (r.overdue) return `overdue by ${-r.daysLeft} day${r.daysLeft === -1 ? '' : 's'}`;
  if (r.daysLeft === 0) return 'due today';
  return `due in ${r.daysLeft} day${r.daysLeft === 1 ? '' : 's'}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sentence under the themes heading when there is no theme. */
export function noThemeText(threshold: number): string {
  return `No theme or quality statement has actions not yet closed at ${threshold} or more locations.`;
}
