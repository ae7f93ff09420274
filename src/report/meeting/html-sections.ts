// The sections of the HTML meeting pack below the summary, one function each.
import type { CategoryCount, MeetingPack, PackAction } from './types.js';
import type { Rag } from '../../status/rows.js';
import { commitText, DECISION_TEXT, personText, plural, RAG_TEXT, reviewWhen, statusText } from './words.js';
import { describeTrend, trendChart } from './svg-chart.js';
import { xmlAttr as attr, xmlText as h } from '../xml.js';

function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${h(heading)}</h2>\n${body}\n</section>`;
}

function empty(text: string): string {
  return `<p class="empty">${h(text)}</p>`;
}

export function ragBadge(rag: Rag): string {
  return `<span class="rag rag-${rag}">${RAG_TEXT[rag]}</span>`;
}

function categoriesHtml(categories: CategoryCount[]): string {
  if (categories.length === 0) return '<span class="meta">no evidence yet</span>';
  return `<ul class="categories">${categories.map((c) => `<li>${h(c.category)}: ${c.supporting} of ${plural(c.items, 'item')} supporting</li>`).join('')}</ul>`;
}

function actionRow(a: PackAction): string {
  const r = a.row;
  return `<tr data-action="${attr(r.id)}" data-rag="${r.rag}" data-status="${attr(r.status)}"><td>${h(r.id)}</td><td>${h(r.title)}</td><td>${h(r.owner)}</td><td>${h(statusText(r.status))}</td><td>${ragBadge(r.rag)}</td><td>${h(r.due ?? '')}</td><td>${h(r.readiness)}</td><td>${categoriesHtml(a.categories)}</td></tr>`;
}

export function actionsSection(pack: MeetingPack): string {
  if (pack.actions.length === 0) return section('actions', 'Actions', empty('No actions are recorded yet.'));
  return section('actions', 'Actions', `<table><thead><tr><th>Action</th><th>Title</th><th>Owner</th><th>Status</th><th>RAG</th><th>Due</th><th>Closure readiness</th><th>Evidence categories (CQC)</th></tr></thead><tbody>
${pack.actions.map(actionRow).join('\n')}
</tbody></table>`);
}

export function readySection(pack: MeetingPack): string {
  if (pack.ready.length === 0) return section('ready', 'Ready to close', empty('Nothing is ready to close today.'));
  return section('ready', 'Ready to close', pack.ready.map((r) => `<div class="item" data-action="${attr(r.id)}">
<h3>${h(r.id)}: ${h(r.title)}</h3>
<p>Supporting evidence: ${h(r.supportingTypes.length ? r.supportingTypes.map(statusText).join(', ') : 'none')}</p>
${categoriesHtml(r.categories)}
${r.goalText ? `<p>Goal: ${h(r.goalText)}. Latest measurements: ${r.latest.length ? r.latest.map((p) => `${h(p.id)} (${h(p.date)}) ${h(p.label)}, ${p.meetsGoal ? 'meets' : '<span class="misses">misses</span>'} the goal`).join('; ') : 'none'}.</p>` : ''}
</div>`).join('\n'));
}

export function blockedSection(pack: MeetingPack): string {
  if (pack.blocked.length === 0) return section('blocked', 'Blocked', empty('Nothing is blocked: every action could close, or has closed, cleanly.'));
  return section('blocked', 'Blocked', pack.blocked.map((b) => `<div class="item" data-action="${attr(b.id)}">
<h3>${h(b.id)}: ${h(b.title)} <span class="meta">(${h(statusText(b.status))})</span> ${ragBadge(b.rag)}</h3>
<ul>${b.blockers.map((m) => `<li>${h(m.message)} <span class="rule-id">${h(m.rule)}</span></li>`).join('\n')}</ul>
</div>`).join('\n'));
}

export function decisionsSection(pack: MeetingPack): string {
  const heading = `Closure decisions since ${pack.since}`;
  if (pack.decisions.length === 0) return section('decisions', heading, empty(`No closure decisions recorded since ${pack.since}.`));
  return section('decisions', heading, `<table><thead><tr><th>Action</th><th>Decision</th><th>Decided on</th><th>Recommended by</th><th>Decided by</th><th>Minutes</th><th>Recorded in git</th></tr></thead><tbody>
${pack.decisions.map((d) => `<tr data-action="${attr(d.id)}" data-decision="${d.decision}"><td>${h(d.id)}<br><span class="meta">${h(d.title)}</span></td><td>${DECISION_TEXT[d.decision]}</td><td>${h(d.decidedOn)}</td><td>${h(personText(d.recommender))}${d.recommendedOn ? ` on ${h(d.recommendedOn)}` : ''}</td><td>${h(personText(d.decider))}</td><td>${h(d.minutes ?? '')}</td><td>${h(commitText(d.commit))}</td></tr>`).join('\n')}
</tbody></table>`);
}

export function reviewsSection(pack: MeetingPack): string {
  const heading = 'Post-closure reviews falling due';
  if (pack.reviewsDue.length === 0) return section('reviews', heading, empty('No post-closure review is overdue or due in the next 30 days.'));
  return section('reviews', heading, `<table><thead><tr><th>Action</th><th>Title</th><th>Review due</th><th>When</th></tr></thead><tbody>
${pack.reviewsDue.map((r) => `<tr data-action="${attr(r.id)}"><td>${h(r.id)}</td><td>${h(r.title)}</td><td>${h(r.reviewDue)}</td><td${r.overdue ? ' class="overdue"' : ''}>${h(reviewWhen(r))}</td></tr>`).join('\n')}
</tbody></table>`);
}

export function reopenSection(pack: MeetingPack): string {
  const parts: string[] = [];
  if (pack.reopen.length === 0) parts.push(empty('No closed action has a reason on record to reopen.'));
  for (const r of pack.reopen) {
    parts.push(`<div class="item" data-action="${attr(r.id)}"><h3>${h(r.id)}: ${h(r.title)}</h3>
<ul>${r.reasons.map((m) => `<li>${h(m)}</li>`).join('\n')}</ul>
${r.agreedTriggers.length ? `<p>Agreed reopen triggers: ${h(r.agreedTriggers.join('; '))}</p>` : ''}</div>`);
  }
  if (pack.concerns.length) {
    parts.push(`<h3>Concerns recorded since ${h(pack.since)} on actions not yet closed</h3>`);
    for (const c of pack.concerns) {
      parts.push(`<div class="item" data-action="${attr(c.id)}"><p><strong>${h(c.id)}</strong>: ${h(c.title)} <span class="meta">(${h(statusText(c.status))})</span></p>
<ul>${c.evidence.map((e) => `<li>${h(e.id)}, ${h(statusText(e.type))} on ${h(e.date)}: ${h(e.summary)}</li>`).join('\n')}</ul>
${c.warningSigns.length ? `<p>Warning signs agreed: ${h(c.warningSigns.join('; '))}</p>` : ''}</div>`);
    }
  }
  return section('reopen', 'Reopen triggers hit', parts.join('\n'));
}

export function trendsSection(pack: MeetingPack): string {
  if (pack.trends.length === 0) return section('measurements', 'Measurements against target', empty('No action has measurements recorded yet.'));
  return section('measurements', 'Measurements against target', pack.trends.map((t) => `<figure class="chart" data-action="${attr(t.actionId)}">
<figcaption><strong>${h(t.actionId)}</strong>: ${h(t.measure)}. Goal ${h(t.goalText)}.</figcaption>
${trendChart(t)}
<p class="meta">${h(describeTrend(t))}</p>
</figure>`).join('\n'));
}
