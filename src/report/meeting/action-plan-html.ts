// The action plan as one self-contained HTML file, printable on A4 in black and white.
import type { ActionPlan, PlanAction } from './action-plan.js';
import { evidenceText, locationText, monitoringLines, ownerText, PLAN_INTRO, raisedText, regulationsText, targetText } from './action-plan-words.js';
import { htmlDocument } from './html.js';
import { attr, date, empty, h, id, ragBadge } from './html-parts.js';
import { personText, statusText } from './words.js';

function actionHtml(a: PlanAction): string {
  const steps = a.steps.length === 0 ? empty('No steps agreed yet.') : `<table class="steps"><thead><tr><th class="num">#</th><th>Step</th><th>Who</th><th>Recorded in</th><th>Done</th></tr></thead><tbody>
${a.steps.map((s, i) => `<tr><td class="num">${i + 1}</td><td>${h(s.does)}</td><td>${h(s.role)}<br><span class="meta">${h(s.people.length ? s.people.join(', ') : 'nobody in people.yaml holds this role here')}</span></td><td>${h(s.recordsIn ?? '')}</td><td>${s.done ? date(s.done) : 'not yet'}</td></tr>`).join('\n')}
</tbody></table>`;
  return `<article class="plan-action item" data-action="${attr(a.id)}">
<h3>${id(a.id)}: ${h(a.title)}</h3>
<p class="meta">Location: ${h(locationText(a.location))}. ${h(raisedText(a))}</p>
${a.baseline ? `<p><strong>What we found:</strong> ${h(a.baseline)}</p>` : ''}
<h4>What we will do, and who</h4>
${steps}
<p>${h(ownerText(a))} <strong>By when:</strong> ${a.byWhen ? date(a.byWhen) : 'no target date agreed yet'}.</p>
<h4>Measures of success</h4>
<ul>${a.targets.length ? a.targets.map((t) => `<li>${h(targetText(t))}</li>`).join('') : '<li>No measurable target agreed yet.</li>'}</ul>
<h4>How it is monitored</h4>
<p>${h(monitoringLines(a).join(' '))}</p>
<h4>Status and evidence so far</h4>
<p>${h(statusText(a.status))} ${ragBadge(a.rag)}: ${h(a.readiness)}. ${h(evidenceText(a))}</p>
</article>`;
}

export function actionPlanHtml(plan: ActionPlan): string {
  const locations = plan.locations.length === 0 ? '' : `<table id="locations"><thead><tr><th>Location</th><th>CQC location ID</th><th>Region</th></tr></thead><tbody>
${plan.locations.map((l) => `<tr data-location="${attr(l.id)}"><td>${h(l.name)}</td><td>${l.cqcId ? id(l.cqcId) : '<span class="meta">not recorded in cqc.yaml</span>'}</td><td>${h(l.region ?? '')}</td></tr>`).join('\n')}
</tbody></table>`;
  const sections = plan.sections.map((s) => `<section class="regulation" data-regulation="${attr(s.regulation)}"><h2>${h(s.label)}</h2>
${s.actions.map(actionHtml).join('\n')}
</section>`);
  const other = `<section class="regulation" id="other"><h2>Other actions</h2>
${plan.other.length ? plan.other.map(actionHtml).join('\n') : empty('Every action not yet closed names the regulation it answers.')}
</section>`;
  const closed = `<section id="closed"><h2>Closed actions</h2>
${plan.closed.length === 0 ? empty('No action is closed yet.') : `<table><thead><tr><th>Action</th><th>Location</th><th>Regulations</th><th>Closed</th><th>Post-closure review due</th></tr></thead><tbody>
${plan.closed.map((c) => `<tr data-action="${attr(c.id)}"><td>${id(c.id)}<br><span class="meta">${h(c.title)}</span></td><td>${h(c.location ?? '')}</td><td>${h(regulationsText(c.regulations))}</td><td>${date(c.decidedOn)}<br>by ${h(personText(c.decider))}</td><td>${date(c.reviewDue)}</td></tr>`).join('\n')}
</tbody></table>`}
</section>`;
  const body = `<header>
<h1>Action plan</h1>
<p class="provider"><strong>${h(plan.provider)}</strong></p>
<p class="meta">Prepared from the assurance records as of ${date(plan.asOf)}.</p>
${plan.gitNote ? `<p class="note">${h(plan.gitNote)}</p>` : ''}
${locations}
<p>${h(PLAN_INTRO)}</p>
</header>
<main>
${[...sections, other, closed].join('\n')}
</main>`;
  return htmlDocument(`Action plan: ${plan.provider}, ${plan.asOf}`, body, { 'as-of': plan.asOf });
}
