// The governance-meeting pack as ONE self-contained HTML file: inline CSS and SVG, no scripts,
// nothing fetched (a Content-Security-Policy forbids it), A4 print rules. Every record text is escaped.
import type { MeetingPack, PackSummary } from './types.js';
import { chartsSection } from './html-charts.js';
import { groupedSection, themesSection } from './html-groups.js';
import { attr, date, h } from './html-parts.js';
import { decisionsSection, reopeningsSection, reviewsSection } from './html-record.js';
import { actionsSection, blockedSection, readySection, reopenSection, reviewsDueSection } from './html-sections.js';
import { MEETING_CSS } from './style.js';
import { RAG_LEGEND, RAG_TEXT, statusText } from './words.js';
import { xmlText } from '../xml.js';

/** The page around a body: shared by the meeting pack and the action plan. */
export function htmlDocument(title: string, body: string, data: Record<string, string>): string {
  const attrs = Object.entries(data).map(([k, v]) => ` data-${k}="${attr(v)}"`).join('');
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="cqc report">
<title>${xmlText(title)}</title>
<style>${MEETING_CSS}</style>
</head>
<body${attrs}>
${body}
</body>
</html>
`;
}

export function meetingHtml(pack: MeetingPack): string {
  const body = `<header>
<h1>Governance meeting pack</h1>
<p class="provider"><strong>${h(pack.provider)}</strong></p>
<p class="meta">Dates judged as of ${date(pack.asOf)}. Decisions, reviews, reopenings and concerns since ${date(pack.since)}. Times are UK time. Produced by cqc report from the assurance repo's records${pack.record.source === 'git' ? ' and its git history' : ''}.</p>
${pack.gitNote ? `<p class="note">${h(pack.gitNote)}</p>` : ''}
</header>
<main>
${themesSection(pack)}
${summarySection(pack.summary)}
${pack.grouped ? groupedSection(pack.grouped, pack.actions) : actionsSection(pack)}
${readySection(pack)}
${blockedSection(pack)}
${decisionsSection(pack)}
${reviewsSection(pack)}
${reopeningsSection(pack)}
${reviewsDueSection(pack)}
${reopenSection(pack)}
${chartsSection(pack)}
</main>`;
  return htmlDocument(`Governance meeting pack: ${pack.provider}, ${pack.asOf}`, body, { 'as-of': pack.asOf, since: pack.since });
}

function count(key: string, label: string, value: number, bad = false): string {
  return `<div class="count${bad && value > 0 ? ' bad' : ''}" id="count-${key}" data-count="${key}" data-value="${value}"><dt>${h(label)}</dt><dd>${value}</dd></div>`;
}

function summarySection(s: PackSummary): string {
  const rows = s.byStatus.map((b) => `<tr data-status="${attr(b.status)}" data-value="${b.count}"><td>${h(statusText(b.status))}</td><td class="num">${b.count}</td></tr>`).join('\n');
  const rag = (['red', 'amber', 'green'] as const)
    .map((r) => `<tr data-rag="${r}" data-value="${s.byRag[r]}"><td><span class="rag rag-${r}">${RAG_TEXT[r]}</span></td><td class="num">${s.byRag[r]}</td></tr>`).join('\n');
  return `<section id="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
<dl class="counts">
${count('actions', 'Actions', s.actions)}
${count('evidence', 'Evidence items', s.evidence)}
${count('errors', 'Errors', s.errors, true)}
${count('warnings', 'Warnings', s.warnings, true)}
${count('waived', 'Waived findings', s.waived)}
${count('ready', 'Ready to close', s.readyToClose)}
${count('blocked', 'Blocked', s.blocked, true)}
</dl>
<div class="pair">
<table id="by-status"><caption class="meta">Actions by status</caption><thead><tr><th>Status</th><th class="num">Actions</th></tr></thead><tbody>
${rows}
</tbody></table>
<table id="by-rag"><caption class="meta">Actions by RAG</caption><thead><tr><th>RAG</th><th class="num">Actions</th></tr></thead><tbody>
${rag}
</tbody></table>
<p class="meta rag-legend">${h(RAG_LEGEND)}</p>
</div>
</section>`;
}
