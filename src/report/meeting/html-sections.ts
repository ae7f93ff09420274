// The sections of the HTML meeting pack about where each action stands, one function each.
import type { MeetingPack, PackAction } from './types.js';
import { attr, categoriesHtml, date, empty, h, id, ragBadge, section } from './html-parts.js';
import { plural, reviewWhen, statusText } from './words.js';

/** The most rule ids a table cell lists; the Blocked section gives every one, with what to do. */
const RULES_IN_A_CELL = 3;

/** "blocked: status-transition, evidence-sources and 4 more (see Blocked)", each rule id whole. */
function readinessHtml(text: string): string {
  const at = text.indexOf(': ');
  if (at === -1) return h(text);
  const rules = text.slice(at + 2).split(', ');
  const more = rules.length - RULES_IN_A_CELL;
  return `${h(text.slice(0, at))}: ${rules.slice(0, RULES_IN_A_CELL).map((r) => `<span class="rule-id">${h(r)}</span>`).join(', ')}${more > 0 ? ` and ${more} more (see Blocked)` : ''}`;
}

export function actionRow(a: PackAction): string {
  const r = a.row;
  return `<tr data-action="${attr(r.id)}" data-rag="${r.rag}" data-status="${attr(r.status)}"><td>${id(r.id)}<br><span class="meta">${h(r.title)}</span></td><td>${h(a.owner?.name ?? r.owner)}</td><td>${h(statusText(r.status))}<br>${ragBadge(r.rag)}</td><td>${date(r.due)}</td><td>${readinessHtml(r.readiness)}</td><td>${categoriesHtml(a.categories)}</td></tr>`;
}

export function actionTable(actions: readonly PackAction[]): string {
  return `<table class="actions"><thead><tr><th>Action</th><th>Owner</th><th>Status and RAG</th><th>Due</th><th>Closure readiness</th><th>Evidence categories (CQC)</th></tr></thead><tbody>
${actions.map(actionRow).join('\n')}
</tbody></table>`;
}

export function actionsSection(pack: MeetingPack): string {
  if (pack.actions.length === 0) return section('actions', 'Actions', empty('No actions are recorded yet.'));
  return section('actions', 'Actions', actionTable(pack.actions));
}

export function readySection(pack: MeetingPack): string {
  if (pack.ready.length === 0) return section('ready', 'Ready to close', empty('Nothing is ready to close today.'));
  return section('ready', 'Ready to close', pack.ready.map((r) => `<div class="item" data-action="${attr(r.id)}">
<h3>${id(r.id)}: ${h(r.title)}</h3>
<p>Supporting evidence: ${h(r.supportingTypes.length ? r.supportingTypes.map(statusText).join(', ') : 'none')}</p>
${categoriesHtml(r.categories)}
${r.targets.map((t) => `<p>${t.id ? `Target ${id(t.id)}: goal` : 'Goal:'} ${h(t.goalText)}. Latest measurements: ${t.latest.length ? t.latest.map((p) => `${id(p.id)} (${date(p.date)}) ${h(p.label)}, ${p.meetsGoal ? 'meets' : '<span class="misses">misses</span>'} the goal`).join('; ') : 'none'}.</p>`).join('\n')}
</div>`).join('\n'));
}

export function blockedSection(pack: MeetingPack): string {
  if (pack.blocked.length === 0) return section('blocked', 'Blocked', empty('Nothing is blocked: every action could close, or has closed, cleanly.'));
  return section('blocked', 'Blocked', pack.blocked.map((b) => `<div class="item" data-action="${attr(b.id)}">
<h3>${id(b.id)}: ${h(b.title)} <span class="meta">(${h(statusText(b.status))})</span> ${ragBadge(b.rag)}</h3>
<ul>${b.blockers.map((m) => `<li>${h(m.message)} <span class="rule-id">${h(m.rule)}</span></li>`).join('\n')}</ul>
</div>`).join('\n'));
}

export function reviewsDueSection(pack: MeetingPack): string {
  const heading = 'Post-closure reviews falling due';
  if (pack.reviewsDue.length === 0) return section('reviews-due', heading, empty('No post-closure review is overdue or due in the next 30 days.'));
  return section('reviews-due', heading, `<table><thead><tr><th>Action</th><th>Title</th><th>Review due</th><th>When</th></tr></thead><tbody>
${pack.reviewsDue.map((r) => `<tr data-action="${attr(r.id)}"><td>${id(r.id)}</td><td>${h(r.title)}</td><td>${date(r.reviewDue)}</td><td${r.overdue ? ' class="overdue"' : ''}>${h(reviewWhen(r))}</td></tr>`).join('\n')}
</tbody></table>`);
}

export function reopenSection(pack: MeetingPack): string {
  const parts: string[] = [];
  if (pack.reopen.length === 0) parts.push(empty('No closed action has a reason on record to reopen.'));
  for (const r of pack.reopen) {
    parts.push(`<div class="item" data-action="${attr(r.id)}"><h3>${id(r.id)}: ${h(r.title)}</h3>
<ul>${r.reasons.map((m) => `<li>${h(m)}</li>`).join('\n')}</ul>
${r.agreedTriggers.length ? `<p>Agreed reopen triggers: ${h(r.agreedTriggers.join('; '))}</p>` : ''}</div>`);
  }
  if (pack.concerns.length) {
    parts.push(`<h3>Concerns recorded since ${date(pack.since)} on actions not yet closed</h3>`);
    for (const c of pack.concerns) {
      parts.push(`<div class="item" data-action="${attr(c.id)}"><p><strong>${id(c.id)}</strong>: ${h(c.title)} <span class="meta">(${h(statusText(c.status))}, ${plural(c.evidence.length, 'concern')})</span></p>
<ul>${c.evidence.map((e) => `<li>${id(e.id)}, ${h(statusText(e.type))} on ${date(e.date)}: ${h(e.summary)}</li>`).join('\n')}</ul>
${c.warningSigns.length ? `<p>Warning signs agreed: ${h(c.warningSigns.join('; '))}</p>` : ''}</div>`);
    }
  }
  return section('reopen', 'Reopen triggers hit', parts.join('\n'));
}
