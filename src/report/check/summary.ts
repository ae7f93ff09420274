// Wording and ordering shared by the human, GitHub and Markdown reporters, so every
// format tells the same story in the same words.
import type { CheckReport, Finding } from '../../model.js';

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "in 3 actions and 21 evidence items" */
export function scopePhrase(report: CheckReport): string {
  const { actions, evidence } = report.summary;
  return `in ${plural(actions, 'action')} and ${plural(evidence, 'evidence item')}`;
}

/** True when there is an error or warning to show; waived findings alone are not problems. */
export function hasProblems(report: CheckReport): boolean {
  return report.summary.errors > 0 || report.summary.warnings > 0;
}

/**
 * "3 errors, 2 warnings (1 waived) in 3 actions and 21 evidence items" or
 * "No problems in 3 actions and 21 evidence items (1 waived finding)". No symbol, no colour.
 */
export function countsSentence(report: CheckReport): string {
  const { errors, warnings, waived } = report.summary;
  if (!hasProblems(report)) {
    const waivedNote = waived > 0 ? ` (${plural(waived, 'waived finding')})` : '';
    return `No problems ${scopePhrase(report)}${waivedNote}`;
  }
  const waivedNote = waived > 0 ? ` (${waived} waived)` : '';
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${waivedNote} ${scopePhrase(report)}`;
}

/** Findings in reading order: by file, then line and column (no line first), then rule. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.rule, b.rule),
  );
}

/** "actions/MH-001.yaml:41:3", "actions/MH-001.yaml:41" or just the file. */
export function locationText(finding: Finding, withColumn = true): string {
  if (finding.line === undefined) return finding.file;
  const column = withColumn && finding.column !== undefined ? `:${finding.column}` : '';
  return `${finding.file}:${finding.line}${column}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
