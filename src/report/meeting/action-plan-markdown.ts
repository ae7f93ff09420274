// The action plan as Markdown: to paste into CQC's form or send by email.
import { cell } from '../check/markdown.js';
import type { ActionPlan, PlanAction } from './action-plan.js';
import { evidenceText, locationText, monitoringLines, ownerText, PLAN_INTRO, raisedText, regulationsText, targetText, whoText } from './action-plan-words.js';
import { personText, RAG_TEXT, statusText } from './words.js';

function actionMarkdown(a: PlanAction): string[] {
  const out = [`### ${cell(a.id)}: ${cell(a.title)}`, '', `Location: ${cell(locationText(a.location))}. ${cell(raisedText(a))}`, ''];
  if (a.baseline) out.push(`**What we found:** ${cell(a.baseline)}`, '');
  out.push('**What we will do, and who:**', '');
  if (a.steps.length === 0) out.push('No steps agreed yet.', '');
  else {
    out.push('| # | Step | Who | Recorded in | Done |', '|---:|---|---|---|---|');
    a.steps.forEach((s, i) => out.push(`| ${i + 1} | ${cell(s.does)} | ${cell(whoText(s))} | ${cell(s.recordsIn ?? '')} | ${s.done ?? 'not yet'} |`));
    out.push('');
  }
  out.push(`${cell(ownerText(a))} **By when:** ${a.byWhen ?? 'no target date agreed yet'}.`, '');
  out.push('**Measures of success:**', '', ...(a.targets.length ? a.targets.map((t) => `- ${cell(targetText(t))}`) : ['- No measurable target agreed yet.']), '');
  out.push(`**How it is monitored:** ${cell(monitoringLines(a).join(' '))}`, '');
  out.push(`**Status and evidence so far:** ${cell(statusText(a.status))} (${RAG_TEXT[a.rag]}): ${cell(a.readiness)}. ${cell(evidenceText(a))}`, '');
  return out;
}

export function actionPlanMarkdown(plan: ActionPlan): string {
  const out = [`# Action plan: ${cell(plan.provider)}`, '', `Prepared from the assurance records as of **${plan.asOf}**.${plan.gitNote ? ` Note: ${cell(plan.gitNote)}` : ''}`, ''];
  if (plan.locations.length) {
    out.push('| Location | CQC location ID | Region |', '|---|---|---|');
    for (const l of plan.locations) out.push(`| ${cell(l.name)} | ${cell(l.cqcId ?? 'not recorded in cqc.yaml')} | ${cell(l.region ?? '')} |`);
    out.push('');
  }
  out.push(PLAN_INTRO, '');
  for (const s of plan.sections) out.push(`## ${cell(s.label)}`, '', ...s.actions.flatMap(actionMarkdown));
  out.push('## Other actions', '');
  if (plan.other.length === 0) out.push('Every action not yet closed names the regulation it answers.', '');
  out.push(...plan.other.flatMap(actionMarkdown));
  out.push('## Closed actions', '');
  if (plan.closed.length === 0) out.push('No action is closed yet.', '');
  else {
    out.push('| Action | Title | Location | Regulations | Closed on | Decided by | Post-closure review due |', '|---|---|---|---|---|---|---|');
    for (const c of plan.closed) out.push(`| ${cell(c.id)} | ${cell(c.title)} | ${cell(c.location ?? '')} | ${cell(regulationsText(c.regulations))} | ${c.decidedOn ?? ''} | ${cell(personText(c.decider))} | ${c.reviewDue ?? ''} |`);
    out.push('');
  }
  return out.join('\n');
}
