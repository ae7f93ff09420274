// The governance-meeting pack as ONE self-contained HTML file: inline CSS and SVG, no scripts,
// nothing fetched (a Content-Security-Policy forbids it), A4 print rules. Every record text is escaped.
import type { MeetingPack, PackSummary } from './types.js';
import { actionsSection, blockedSection, decisionsSection, readySection, reopenSection, reviewsSection, trendsSection } from './html-sections.js';
import { MEETING_CSS } from './style.js';
import { RAG_TEXT, statusText } from './words.js';
import { xmlAttr as attr, xmlText as h } from '../xml.js';

export function meetingHtml(pack: MeetingPack): string {
  const title = `Governance meeting pack: ${pack.provider}, ${pack.asOf}`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="cqc report">
<title>${h(title)}</title>
<style>${MEETING_CSS}</style>
</head>
<body data-as-of="${attr(pack.asOf)}" data-since="${attr(pack.since)}">
<header>
<h1>Governance meeting pack</h1>
<p class="provider"><strong>${h(pack.provider)}</strong></p>
<p class="meta">Dates judged as of <time datetime="${attr(pack.asOf)}">${h(pack.asOf)}</time>. Decisions and concerns since <time datetime="${attr(pack.since)}">${h(pack.since)}</time>.</p>
${pack.gitNote ? `<p class="note">${h(pack.gitNote)}</p>` : ''}
</header>
<main>
${summarySection(pack.summary)}
${actionsSection(pack)}
${readySection(pack)}
${blockedSection(pack)}
${decisionsSection(pack)}
${reviewsSection(pack)}
${reopenSection(pack)}
${trendsSection(pack)}
</main>
<footer>Produced by cqc report from the assurance repo's records${pack.summary.git ? ' and git history' : ''}. RAG: ${RAG_TEXT.red} = an error stands or the target date has passed; ${RAG_TEXT.amber} = a warning, or due within 14 days and not ready; ${RAG_TEXT.green} = on track or closed cleanly.</footer>
</body>
</html>
`;
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
</div>
</section>`;
}
