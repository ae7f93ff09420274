// The default report for people at a terminal: problems grouped by file, eslint-stylish style,
// then one summary line. Colour only when asked, through a private chalk so nothing global changes.
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckReport, Finding } from '../../model.js';
import { countsSentence, hasProblems, plural, sortedFindings } from './summary.js';
import type { ReportOptions } from './types.js';
import { hanging, wrapText } from '../width.js';

export function humanReport(report: CheckReport, opts: ReportOptions): string {
  const paint = new Chalk({ level: opts.color ? 1 : 0 });
  const blocks = groupByFile(sortedFindings(report.findings)).map(([file, findings]) =>
    fileBlock(file, findings, paint, opts.width),
  );
  // A blank line after each file's block, as eslint's stylish output does.
  const lines = blocks.flatMap((block) => [...block, '']);
  const fit = (line: string, style: (s: string) => string = (x) => x) => (opts.width ? hanging(line, opts.width, '', '  ') : [line]).map((l) => style(l));
  lines.push(summaryLine(report, paint), ...heldBackLines(report).flatMap((l) => fit(l, paint.yellow)), ...readinessLines(report, paint));
  lines.push(paint.dim(`Dates judged as of ${opts.asOf}.`));
  if (opts.gitNote) lines.push(...fit(opts.gitNote, paint.yellow));
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

/** Below this many characters for the message beside the rule, the rule gets a line of its own. */
const NARROW_MESSAGE = 30;

function fileBlock(file: string, findings: Finding[], paint: ChalkInstance, width?: number): string[] {
  const actions = [...new Set(findings.flatMap((f) => (f.action ? [f.action] : [])))];
  const actionNote = actions.length > 0 ? `  ${paint.dim(`(${actions.length === 1 ? 'action' : 'actions'} ${actions.join(', ')})`)}` : '';
  const whereOf = (f: Finding) => (f.line === undefined ? '' : f.column === undefined ? `${f.line}` : `${f.line}:${f.column}`);
  // Pad on the plain text before colouring, so escape codes never upset the alignment.
  const whereWidth = Math.max(...findings.map((f) => whereOf(f).length));
  const severityWidth = Math.max(...findings.map((f) => f.severity.length));
  const indent = ' '.repeat(2 + whereWidth + 2 + severityWidth + 2);
  const ruleWidth = Math.max(...findings.map((f) => f.rule.length));
  // On a terminal, messages wrap at word boundaries beside the rule; when that leaves too little
  // room, the rule follows the place and the message wraps below it, as wide as the terminal.
  const beside = width === undefined ? Infinity : width - indent.length - 2 - ruleWidth;
  const narrow = beside < NARROW_MESSAGE;
  const rows = findings.map((f) => {
    const text = printable(`${f.message}${f.waived ? ' (waived)' : ''}`);
    const lines = width === undefined ? text.split(/\r?\n/) : wrapText(text.replace(/\r?\n/g, ' '), narrow ? Math.max(20, width - 4) : beside);
    return { finding: f, where: whereOf(f), lines };
  });
  const messageWidth = narrow ? 0 : Math.max(...rows.map((r) => r.lines[0]?.length ?? 0));
  const out = [paint.underline(printable(file)) + actionNote];
  for (const { finding, where, lines } of rows) {
    const dim = (line: string) => (finding.waived ? paint.dim(line) : line);
    const severity = finding.severity.padEnd(severityWidth);
    const head = [paint.dim(where.padStart(whereWidth)), finding.severity === 'error' ? paint.red(severity) : paint.yellow(severity)];
    if (narrow) {
      out.push(dim(`  ${[...head, paint.dim(finding.rule)].join('  ')}`), ...lines.map((l) => dim(`    ${l}`)));
      continue;
    }
    const [first = '', ...rest] = lines;
    out.push(dim(`  ${[...head, first.padEnd(messageWidth), paint.dim(finding.rule)].join('  ')}`.trimEnd()));
    for (const more of rest) out.push(dim(indent + more));
  }
  return out;
}

// A message may quote a record's text, and a record may hold control characters ("\x1b[31m" in a
// double-quoted YAML string): shown as written, never sent to the terminal, so the only colour is
// cqc's own, and only on a terminal. Line breaks and tabs stay: the layout above handles them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function printable(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function summaryLine(report: CheckReport, paint: ChalkInstance): string {
  const sentence = countsSentence(report);
  if (!hasProblems(report)) return paint.green(`✔ ${sentence}`);
  const mark = report.summary.errors > 0 ? paint.red.bold('✖') : paint.yellow.bold('⚠');
  return `${mark} ${paint.bold(sentence)}`;
}

// One broken file should read as one problem: say that more is waiting behind it, and why.
function heldBackLines(report: CheckReport): string[] {
  const n = report.summary.held_back;
  if (!n) return [];
  const unreadable = [...new Set(report.findings.filter((f) => f.rule === 'yaml-syntax').map((f) => f.file))];
  const files = unreadable.length === 1 ? unreadable[0]! : 'the files marked yaml-syntax';
  return [`${plural(n, 'more finding')} held back: ${n === 1 ? 'it only follows' : 'they only follow'} from ${files}, which cqc could not read. Fix ${unreadable.length === 1 ? 'it' : 'them'} and run cqc check again.`];
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
