// The default report for people at a terminal: problems grouped by file, eslint-stylish style,
// then one summary line. Colour only when asked, through a private chalk so nothing global changes.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckReport, Finding } from '../../model.js';
import { countsSentence, hasProblems, plural, sortedFindings } from './summary.js';
import type { ReportOptions } from './types.js';

export function humanReport(report: CheckReport, opts: ReportOptions): string {
  const paint = new Chalk({ level: opts.color ? 1 : 0 });
  const blocks = groupByFile(sortedFindings(report.findings)).map(([file, findings]) =>
    fileBlock(file, findings, paint),
  );
  // A blank line after each file's block, as eslint's stylish output does.
  const lines = blocks.flatMap((block) => [...block, '']);
  lines.push(summaryLine(report, paint), ...heldBackLines(report, paint), ...readinessLines(report, paint));
  lines.push(paint.dim(`Dates judged as of ${opts.asOf}.`));
  if (opts.gitNote) lines.push(paint.yellow(opts.gitNote));
  return `${lines.join('\n')}\n`;
}

function groupByFile(findings: Finding[]): [string, Finding[]][] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  return [...byFile];
}

function fileBlock(file: string, findings: Finding[], paint: ChalkInstance): string[] {
  const actions = [...new Set(findings.flatMap((f) => (f.action ? [f.action] : [])))];
  const actionNote = actions.length > 0 ? `  ${paint.dim(`(${actions.length === 1 ? 'action' : 'actions'} ${actions.join(', ')})`)}` : '';
  const rows = findings.map((f) => ({
    finding: f,
    where: f.line === undefined ? '' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`,
    lines: `${f.message}${f.waived ? ' (waived)' : ''}`.split(/\r?\n/),
  }));
  // Pad on the plain text before colouring, so escape codes never upset the alignment.
  const whereWidth = Math.max(...rows.map((r) => r.where.length));
  const severityWidth = Math.max(...rows.map((r) => r.finding.severity.length));
  const messageWidth = Math.max(...rows.map((r) => r.lines[0]?.length ?? 0));
  const indent = ' '.repeat(2 + whereWidth + 2 + severityWidth + 2);
  const out = [paint.underline(file) + actionNote];
  for (const { finding, where, lines } of rows) {
    const [first = '', ...rest] = lines;
    const severity = finding.severity.padEnd(severityWidth);
    const parts = [
      paint.dim(where.padStart(whereWidth)),
      finding.severity === 'error' ? paint.red(severity) : paint.yellow(severity),
      first.padEnd(messageWidth),
      paint.dim(finding.rule),
    ];
    const line = `  ${parts.join('  ')}`.trimEnd();
    out.push(finding.waived ? paint.dim(line) : line);
    for (const more of rest) out.push(finding.waived ? paint.dim(indent + more) : indent + more);
  }
  return out;
}

function summaryLine(report: CheckReport, paint: ChalkInstance): string {
  const sentence = countsSentence(report);
  if (!hasProblems(report)) return paint.green(`✔ ${sentence}`);
  const mark = report.summary.errors > 0 ? paint.red.bold('✖') : paint.yellow.bold('⚠');
  return `${mark} ${paint.bold(sentence)}`;
}

// One broken file should read as one problem: say that more is waiting behind it, and why.
function heldBackLines(report: CheckReport, paint: ChalkInstance): string[] {
  const n = report.summary.held_back;
  if (!n) return [];
  const unreadable = [...new Set(report.findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.file))];
  const files = unreadable.length === 1 ? unreadable[0]! : 'the files marked yaml-syntax';
  return [paint.yellow(`${plural(n, 'more finding')} held back: ${n === 1 ? 'it only follows' : 'they only follow'} from ${files}, which cqc could not read. Fix ${unreadable.length === 1 ? 'it' : 'them'} and run cqc check again.`)];
}

// Before a governance meeting the question is which actions can go to the decision-maker.
function readinessLines(report: CheckReport, paint: ChalkInstance): string[] {
  const ready = report.actions.filter((a) => a.ready && a.status !== 'closed').map((a) => a.id);
  const badClosures = report.actions.filter((a) => !a.ready && a.status === 'closed').map((a) => a.id);
  const lines: string[] = [];
  if (ready.length > 0) lines.push(paint.green(`Ready to close: ${ready.join(', ')}`));
  if (badClosures.length > 0) {
    lines.push(paint.red(`Closed but failing the closure rules above: ${badClosures.join(', ')}`));
  }
  return lines;
}
