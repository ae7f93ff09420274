// The governance-meeting pack as Markdown: for wikis, emails and papers. Measurements appear as
// tables with the SPC verdict (Markdown has no charts). Every piece of record text is escaped with `cell`.
import type { MeetingPack, PackAction } from './types.js';
import { cell } from '../check/markdown.js';
import { chartsMarkdown } from './markdown-charts.js';
import { groupedMarkdown, themesMarkdown } from './markdown-groups.js';
import { recordMarkdown } from './markdown-record.js';
import { plural, RAG_LEGEND, RAG_TEXT, statusText } from './words.js';

export function meetingMarkdown(pack: MeetingPack): string {
  const out: string[] = [];
  const s = pack.summary;
  out.push(`# Governance meeting pack: ${cell(pack.provider)}`, '');
  out.push(`Dates judged as of **${pack.asOf}**. Decisions, reviews, reopenings and concerns since **${pack.since}**. Times are UK time. Produced by cqc report from the assurance repo's records${pack.record.source === 'git' ? ' and its git history' : ''}.${pack.gitNote ? ` Note: ${cell(pack.gitNote)}` : ''}`, '');
  out.push(...themesMarkdown(pack));

  out.push('## Summary', '', '| Checked | Number |', '|---|---:|');
  out.push(`| Actions | ${s.actions} |`, `| Evidence items | ${s.evidence} |`, `| Errors | ${s.errors} |`, `| Warnings | ${s.warnings} |`, `| Waived | ${s.waived} |`);
  out.push(`| Ready to close | ${s.readyToClose} |`, `| Blocked (or closed with problems) | ${s.blocked} |`, '');
  out.push('| Status | Actions |', '|---|---:|', ...s.byStatus.map((b) => `| ${cell(statusText(b.status))} | ${b.count} |`), '');
  out.push('| RAG | Actions |', '|---|---:|', ...(['red', 'amber', 'green'] as const).map((r) => `| ${RAG_TEXT[r]} | ${s.byRag[r]} |`), '');
  out.push(`RAG: ${RAG_LEGEND}`, '');

  if (pack.grouped) out.push(...groupedMarkdown(pack.grouped, pack.actions));
  else {
    out.push('## Actions', '');
    if (pack.actions.length === 0) out.push('No actions are recorded yet.', '');
    else out.push(...actionTable(pack.actions), '');
  }

  out.push('## Ready to close', '');
  if (pack.ready.length === 0) out.push('Nothing is ready to close today.', '');
  for (const r of pack.ready) {
    out.push(`### ${cell(r.id)}: ${cell(r.title)}`, '');
    out.push(`- Supporting evidence: ${r.supportingTypes.length ? cell(r.supportingTypes.map(statusText).join(', ')) : 'none'}`);
    out.push(`- Evidence categories: ${categoriesText(r.categories)}`);
    for (const t of r.targets) {
      out.push(`- ${t.id ? `Target ${cell(t.id)}: goal` : 'Goal:'} ${cell(t.goalText)}; latest measurements: ${t.latest.length ? t.latest.map((p) => `${cell(p.id)} (${p.date}) ${cell(p.label)}, ${p.meetsGoal ? 'meets' : 'misses'} the goal`).join('; ') : 'none'}`);
    }
    out.push('');
  }

  out.push('## Blocked', '');
  if (pack.blocked.length === 0) out.push('Nothing is blocked: every action could close, or has closed, cleanly.', '');
  for (const b of pack.blocked) {
    out.push(`### ${cell(b.id)}: ${cell(b.title)} (${cell(statusText(b.status))}, ${RAG_TEXT[b.rag]})`, '');
    for (const m of b.blockers) out.push(`- ${cell(m.message)} \`${m.rule.replace(/[`|]/g, '')}\``);
    out.push('');
  }

  out.push(...recordMarkdown(pack), ...chartsMarkdown(pack));
  return out.join('\n');
}

export function actionTable(actions: readonly PackAction[]): string[] {
  return [
    '| Action | Title | Owner | Status | RAG | Due | Closure readiness | Evidence categories |', '|---|---|---|---|---|---|---|---|',
    ...actions.map((a) => {
      const r = a.row;
      return `| ${cell(r.id)} | ${cell(r.title)} | ${cell(a.owner?.name ?? r.owner)} | ${cell(statusText(r.status))} | ${RAG_TEXT[r.rag]} | ${r.due ?? ''} | ${cell(r.readiness)} | ${categoriesText(a.categories)} |`;
    }),
  ];
}

export function categoriesText(categories: PackAction['categories']): string {
  if (categories.length === 0) return 'no evidence yet';
  return cell(categories.map((c) => `${c.category} (${c.supporting} of ${plural(c.items, 'item')} supporting)`).join('; '));
}
