// A Markdown summary for pull requests, wikis and meeting papers: counts, then every finding
// in one table. Cell text is escaped so a message can never break the table or inject HTML.
import type { CheckReport, Finding } from '../../model.js';
import { countsSentence, hasProblems, locationText, sortedFindings } from './summary.js';
import type { ReportOptions } from './types.js';

export function markdownReport(report: CheckReport, opts: ReportOptions): string {
  return `# cqc check\n\n${markdownBody(report, opts)}`;
}

/** Everything below the heading; shared with the GitHub step summary. */
export function markdownBody(report: CheckReport, opts: ReportOptions): string {
  const { summary } = report;
  const out: string[] = [];
  out.push(hasProblems(report) ? `✖ **${countsSentence(report)}.**` : `✔ **${countsSentence(report)}.**`, '');
  // The note is a sentence of its own ("… was not checked."): one full stop, not two.
  out.push(cell(`Dates judged as of ${opts.asOf}.${opts.gitNote ? ` Note: ${opts.gitNote.replace(/\.$/, '')}.` : ''}`), '');
  out.push('| Checked | Number |', '|---|---:|');
  out.push(`| Actions | ${summary.actions} |`, `| Evidence items | ${summary.evidence} |`);
  out.push(`| Errors | ${summary.errors} |`, `| Warnings | ${summary.warnings} |`, `| Waived | ${summary.waived} |`);
  out.push(`| Ready to close | ${report.actions.filter((a) => a.ready && a.status !== 'closed').length} |`, '');

  out.push('### Findings', '');
  if (report.findings.length === 0) {
    out.push('No problems found: every action and evidence item passed every rule.', '');
  } else {
    out.push('| File:line | Action | Rule | Severity | Message |', '|---|---|---|---|---|');
    for (const f of sortedFindings(report.findings)) out.push(findingRow(f));
    out.push('');
  }

  if (report.actions.length > 0) {
    out.push('### Actions', '', '| Action | Status | Ready to close |', '|---|---|---|');
    for (const a of report.actions) out.push(`| ${cell(a.id)} | ${cell(String(a.status))} | ${readiness(a.status, a.ready)} |`);
    out.push('');
  }
  return out.join('\n');
}

function findingRow(f: Finding): string {
  const severity = f.waived ? `${f.severity} (waived)` : f.severity;
  return `| ${cell(locationText(f, false))} | ${cell(f.action ?? '')} | \`${f.rule.replace(/[`|]/g, '')}\` | ${severity} | ${cell(f.message)} |`;
}

function readiness(status: string, ready: boolean): string {
  if (status === 'closed') return ready ? 'closed; closure rules pass' : '**closed, but closure rules fail**';
  return ready ? 'yes' : 'no';
}

/** Escape text for one table cell: Markdown and HTML specials, pipes, and line breaks. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/([`*_[\]])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}
