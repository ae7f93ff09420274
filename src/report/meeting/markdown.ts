// The governance-meeting pack as Markdown: for wikis, emails and papers. Measurements appear as
// small tables (Markdown has no charts). Every piece of record text is escaped with `cell`.
import type { MeetingPack, PackAction } from './types.js';
import { cell } from '../check/markdown.js';
import { commitText, DECISION_TEXT, personText, plural, RAG_TEXT, reviewWhen, statusText } from './words.js';

export function meetingMarkdown(pack: MeetingPack): string {
  const out: string[] = [];
  const s = pack.summary;
  out.push(`# Governance meeting pack: ${cell(pack.provider)}`, '');
  out.push(`Dates judged as of **${pack.asOf}**. Decisions and concerns since **${pack.since}**.${pack.gitNote ? ` Note: ${cell(pack.gitNote)}` : ''}`, '');

  out.push('## Summary', '', '| Checked | Number |', '|---|---:|');
  out.push(`| Actions | ${s.actions} |`, `| Evidence items | ${s.evidence} |`, `| Errors | ${s.errors} |`, `| Warnings | ${s.warnings} |`, `| Waived | ${s.waived} |`);
  out.push(`| Ready to close | ${s.readyToClose} |`, `| Blocked (or closed with problems) | ${s.blocked} |`, '');
  out.push('| Status | Actions |', '|---|---:|', ...s.byStatus.map((b) => `| ${cell(statusText(b.status))} | ${b.count} |`), '');
  out.push('| RAG | Actions |', '|---|---:|', ...(['red', 'amber', 'green'] as const).map((r) => `| ${RAG_TEXT[r]} | ${s.byRag[r]} |`), '');

  out.push('## Actions', '');
  if (pack.actions.length === 0) out.push('No actions are recorded yet.', '');
  else {
    out.push('| Action | Title | Owner | Status | RAG | Due | Closure readiness | Evidence categories |', '|---|---|---|---|---|---|---|---|');
    for (const a of pack.actions) out.push(actionRow(a));
    out.push('');
  }

  out.push('## Ready to close', '');
  if (pack.ready.length === 0) out.push('Nothing is ready to close today.', '');
  for (const r of pack.ready) {
    out.push(`### ${cell(r.id)}: ${cell(r.title)}`, '');
    out.push(`- Supporting evidence: ${r.supportingTypes.length ? cell(r.supportingTypes.map(statusText).join(', ')) : 'none'}`);
    out.push(`- Evidence categories: ${categoriesText(r.categories)}`);
    if (r.goalText) out.push(`- Goal: ${cell(r.goalText)}; latest measurements: ${r.latest.length ? r.latest.map((p) => `${cell(p.id)} (${p.date}) ${cell(p.label)}, ${p.meetsGoal ? 'meets' : 'misses'} the goal`).join('; ') : 'none'}`);
    out.push('');
  }

  out.push('## Blocked', '');
  if (pack.blocked.length === 0) out.push('Nothing is blocked: every action could close, or has closed, cleanly.', '');
  for (const b of pack.blocked) {
    out.push(`### ${cell(b.id)}: ${cell(b.title)} (${cell(statusText(b.status))}, ${RAG_TEXT[b.rag]})`, '');
    for (const m of b.blockers) out.push(`- ${cell(m.message)} \`${m.rule.replace(/[`|]/g, '')}\``);
    out.push('');
  }

  out.push(`## Closure decisions since ${pack.since}`, '');
  if (pack.decisions.length === 0) out.push(`No closure decisions recorded since ${pack.since}.`, '');
  else {
    out.push('| Action | Decision | Decided on | Recommended by | Decided by | Minutes | Recorded in git |', '|---|---|---|---|---|---|---|');
    for (const d of pack.decisions) {
      out.push(`| ${cell(d.id)} | ${DECISION_TEXT[d.decision]} | ${d.decidedOn} | ${cell(personText(d.recommender))}${d.recommendedOn ? ` on ${d.recommendedOn}` : ''} | ${cell(personText(d.decider))} | ${cell(d.minutes ?? '')} | ${cell(commitText(d.commit))} |`);
    }
    out.push('');
  }

  out.push('## Post-closure reviews falling due', '');
  if (pack.reviewsDue.length === 0) out.push('No post-closure review is overdue or due in the next 30 days.', '');
  else {
    out.push('| Action | Title | Review due | When |', '|---|---|---|---|');
    for (const r of pack.reviewsDue) out.push(`| ${cell(r.id)} | ${cell(r.title)} | ${r.reviewDue} | ${r.overdue ? `**${reviewWhen(r)}**` : reviewWhen(r)} |`);
    out.push('');
  }

  out.push('## Reopen triggers hit', '');
  if (pack.reopen.length === 0) out.push('No closed action has a reason on record to reopen.', '');
  for (const r of pack.reopen) {
    out.push(`### ${cell(r.id)}: ${cell(r.title)}`, '', ...r.reasons.map((m) => `- ${cell(m)}`));
    if (r.agreedTriggers.length) out.push(`- Agreed reopen triggers: ${cell(r.agreedTriggers.join('; '))}`);
    out.push('');
  }
  if (pack.concerns.length) {
    out.push(`### Concerns recorded since ${pack.since} on actions not yet closed`, '');
    for (const c of pack.concerns) {
      for (const e of c.evidence) out.push(`- ${cell(c.id)} (${cell(statusText(c.status))}): ${cell(e.id)}, ${cell(statusText(e.type))} on ${e.date}: ${cell(e.summary)}`);
      if (c.warningSigns.length) out.push(`  - Warning signs agreed for ${cell(c.id)}: ${cell(c.warningSigns.join('; '))}`);
    }
    out.push('');
  }

  out.push('## Measurements against target', '');
  if (pack.trends.length === 0) out.push('No action has measurements recorded yet.', '');
  for (const t of pack.trends) {
    out.push(`### ${cell(t.actionId)}: ${cell(t.measure)}`, '', `Goal: ${cell(t.goalText)}.`, '');
    out.push('| Evidence | Date | Value | Goal |', '|---|---|---:|---|');
    for (const p of t.points) out.push(`| ${cell(p.id)} | ${p.date} | ${cell(p.label)} | ${p.meetsGoal ? 'meets' : '**misses**'} |`);
    out.push('');
  }
  return out.join('\n');
}

function actionRow(a: PackAction): string {
  const r = a.row;
  return `| ${cell(r.id)} | ${cell(r.title)} | ${cell(r.owner)} | ${cell(statusText(r.status))} | ${RAG_TEXT[r.rag]} | ${r.due ?? ''} | ${cell(r.readiness)} | ${categoriesText(a.categories)} |`;
}

function categoriesText(categories: PackAction['categories']): string {
  if (categories.length === 0) return 'no evidence yet';
  return cell(categories.map((c) => `${c.category} (${c.supporting} of ${plural(c.items, 'item')} supporting)`).join('; '));
}
