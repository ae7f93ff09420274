// The sentences both renderings of the action plan share, so the Markdown sent by email and the
// printed HTML say exactly the same thing.
import type { Assurance } from '../../model.js';
import type { PlanAction, PlanLocation, PlanTarget, RoleHolders } from './action-plan.js';
import { personText, statusText } from './words.js';

const ASSURANCE: Record<Assurance, string> = {
  'consistent-pass': 'SPC: consistently meets the goal',
  'consistent-fail': 'SPC: consistently misses the goal',
  'hit-and-miss': 'SPC: hit and miss',
};

export const PLAN_INTRO = 'One section for each regulation breached, listing every action not yet closed: what will be done, by whom, by when, how it is monitored, and where it stands with the evidence so far. Actions that name no regulation follow under "Other actions"; closed actions are listed briefly at the end.';

export function locationText(l: PlanLocation | null): string {
  if (!l) return 'the whole provider (no single location)';
  return `${l.name}${l.cqcId ? ` (CQC location ID ${l.cqcId})` : ''}`;
}

/** "registered-manager: Priya Patel, Tom Walsh", or who is missing. */
export function holdersText(h: RoleHolders): string {
  return `${h.role}: ${h.people.length ? h.people.join(', ') : 'nobody in people.yaml holds this role here'}`;
}

/** A step's role and the people who hold it at the action's location. */
export function whoText(s: RoleHolders): string {
  return `${s.role} (${s.people.length ? s.people.join(', ') : 'nobody in people.yaml holds this role here'})`;
}

export function regulationsText(regulations: readonly string[]): string {
  return regulations.length ? regulations.map((r) => `Regulation ${r}`).join(', ') : 'none named';
}

export function raisedText(a: PlanAction): string {
  return `Raised ${a.raised}${a.source ? ` from ${statusText(a.source)}` : ''}${a.sourceRef ? ` (${a.sourceRef})` : ''}.${a.statements.length ? ` Quality statements: ${a.statements.join('; ')}.` : ''}`;
}

export function targetText(t: PlanTarget): string {
  const latest = t.latest !== undefined ? `latest ${t.latest} (${t.met ? 'meets' : 'misses'} the goal)` : 'not measured yet';
  return `${t.id ? `${t.id}: ` : ''}${t.measure}: ${t.goalText}${t.due ? ` by ${t.due}` : ''}; ${latest}${t.assurance ? `; ${ASSURANCE[t.assurance]}` : ''}.`;
}

export function monitoringLines(a: PlanAction): string[] {
  const m = a.monitoring;
  return [
    m.frequency ? `Checked ${m.frequency}.` : 'No monitoring frequency agreed yet.',
    m.warningSigns.length ? `Warning signs: ${m.warningSigns.join('; ')}.` : '',
    m.escalation ? `If they appear: ${m.escalation}.` : '',
    m.reopenTriggers.length ? `Reopened if: ${m.reopenTriggers.join('; ')}.` : '',
    m.reviewer ? `Closure recommended by ${holdersText(m.reviewer)}.` : '',
    m.approver ? `Closure decided by ${holdersText(m.approver)}.` : '',
  ].filter(Boolean);
}

export function evidenceText(a: PlanAction): string {
  const e = a.evidence;
  if (e.items === 0) return 'No evidence recorded yet.';
  const categories = e.categories.map((c) => c.category).join('; ');
  return `${e.items} evidence item${e.items === 1 ? '' : 's'}: ${e.supporting} supporting, ${e.concerns} raising a concern${categories ? `; CQC evidence categories: ${categories}` : ''}.`;
}

export function ownerText(a: PlanAction): string {
  return `Owner: ${personText(a.owner)}.`;
}
