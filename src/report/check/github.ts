// GitHub Actions workflow commands: each finding becomes an annotation on its file and line in
// the pull request. Escaping follows @actions/core (toCommandValue / escapeData / escapeProperty).
// Annotation paths are relative to the assurance repo, which should be the checked-out workspace.
import type { CheckReport, Finding } from '../../model.js';
import { markdownBody } from './markdown.js';
import { countsSentence, sortedFindings } from './summary.js';
import type { ReportOptions } from './types.js';

export function githubReport(report: CheckReport, opts: ReportOptions): string {
  const lines = sortedFindings(report.findings).map(annotation);
  lines.push(`cqc: ${countsSentence(report)}.`);
  if (opts.gitNote) lines.push(`::notice title=cqc::${escapeData(opts.gitNote)}`);
  return `${lines.join('\n')}\n`;
}

/** Markdown for $GITHUB_STEP_SUMMARY: the same tables as the markdown format, under a heading. */
export function githubStepSummary(report: CheckReport, opts: ReportOptions): string {
  return `## cqc check\n\n${markdownBody(report, opts)}`;
}

function annotation(finding: Finding): string {
  // A waived finding never fails the run, so it shows as a notice rather than an error.
  const command = finding.waived ? 'notice' : finding.severity;
  const props: [string, string | number | undefined][] = [
    ['file', finding.file],
    ['line', finding.line],
    ['col', finding.line === undefined ? undefined : finding.column],
    ['title', finding.waived ? `${finding.rule} (waived)` : finding.rule],
  ];
  const propText = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const action = finding.action ? `${finding.action}: ` : '';
  return `::${command} ${propText}::${escapeData(action + finding.message)}`;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
