// JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins `junit`).
//
// Layout: one <testsuite> per rule (catalogue order), one <testcase> per action under that rule
// ("does MH-001 pass self-approval?"), plus one per file for findings that belong to no action
// (cqc.yaml, people.yaml, unreadable YAML). So a clean run still lists what was checked.
// - error findings -> one <failure type="error"> per test case (CI UIs show only one), listing
//   every error of that rule for that action in its body;
// - warnings and waived findings -> <system-out>: they do not fail the run, and a <failure>
//   would show them as failed tests in GitLab and turn a Jenkins build "unstable";
// - git rules when git did not run -> <skipped>.
import type { CheckReport, Finding } from '../../model.js';
import { RULE_METAS as RULES } from '../../rules/index.js';
import { locationText, sortedFindings } from './summary.js';
import type { ReportOptions } from './types.js';
import { xmlAttrs, xmlText } from '../xml.js';
import { groupBy } from '../../group.js';

interface TestCase { name: string; classname: string; file?: string; body: string[]; failed: boolean; skipped: boolean }

export function junitReport(report: CheckReport, opts: ReportOptions): string {
  const findings = sortedFindings(report.findings);
  const knownRules = new Set(RULES.map((r) => r.id));
  const extraRules = [...new Set(findings.map((f) => f.rule).filter((id) => !knownRules.has(id)))].sort();
  const gitRules = new Set(RULES.filter((r) => r.stage === 'git').map((r) => r.id));
  const actionIds = [...new Set([...report.actions.map((a) => a.id), ...findings.flatMap((f) => (f.action ? [f.action] : []))])];

  const suites = [...RULES.map((r) => r.id), ...extraRules].map((rule) => {
    const ruleFindings = findings.filter((f) => f.rule === rule);
    const skipped = !report.summary.git && gitRules.has(rule);
    const subjects = [
      ...actionIds.map((id) => ({ name: id, findings: ruleFindings.filter((f) => f.action === id) })),
      ...filesWithoutAction(ruleFindings).map(([file, list]) => ({ name: file, findings: list })),
    ];
    const cases = subjects.map(({ name, findings: list }) => testCase(rule, name, list, skipped, opts));
    return suiteXml(rule, cases);
  });

  const totals = suites.reduce(
    (sum, s) => ({ tests: sum.tests + s.tests, failures: sum.failures + s.failures, skipped: sum.skipped + s.skipped }),
    { tests: 0, failures: 0, skipped: 0 },
  );
  const head = `<testsuites${xmlAttrs({ name: 'cqc check', tests: totals.tests, failures: totals.failures, errors: 0, skipped: totals.skipped })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => s.xml), '</testsuites>', ''].join('\n');
}

function filesWithoutAction(findings: Finding[]): [string, Finding[]][] {
  return [...groupBy(findings.filter((x) => !x.action), (f) => f.file)];
}

function testCase(rule: string, name: string, findings: Finding[], skipped: boolean, opts: ReportOptions): TestCase {
  const errors = findings.filter((f) => f.severity === 'error' && !f.waived);
  const notes = findings.filter((f) => f.severity !== 'error' || f.waived);
  const body: string[] = [];
  if (errors.length > 0) {
    const message = errors.length === 1 ? errors[0]?.message ?? '' : `${errors.length} errors. First: ${errors[0]?.message ?? ''}`;
    const detail = errors.map((f) => `${locationText(f)}  ${f.message}`).join('\n');
    body.push(`<failure${xmlAttrs({ type: 'error', message })}>${xmlText(detail)}</failure>`);
  } else if (skipped) {
    body.push(`<skipped${xmlAttrs({ message: opts.gitNote ?? 'git rules did not run' })}/>`);
  }
  if (notes.length > 0) {
    const text = notes.map((f) => `${f.waived ? `${f.severity} (waived)` : f.severity}  ${locationText(f)}  ${f.message}`);
    body.push(`<system-out>${xmlText(text.join('\n'))}</system-out>`);
  }
  return { name, classname: `cqc.${rule}`, file: findings[0]?.file, body, failed: errors.length > 0, skipped: skipped && errors.length === 0 };
}

function suiteXml(rule: string, cases: TestCase[]): { xml: string; tests: number; failures: number; skipped: number } {
  const failures = cases.filter((c) => c.failed).length;
  const skipped = cases.filter((c) => c.skipped).length;
  const lines = [`  <testsuite${xmlAttrs({ name: rule, tests: cases.length, failures, errors: 0, skipped })}>`];
  for (const c of cases) {
    const attrs = xmlAttrs({ name: c.name, classname: c.classname, file: c.file });
    if (c.body.length === 0) lines.push(`    <testcase${attrs}/>`);
    else lines.push(`    <testcase${attrs}>`, ...c.body.map((b) => `      ${b}`), '    </testcase>');
  }
  lines.push('  </testsuite>');
  return { xml: lines.join('\n'), tests: cases.length, failures, skipped };
}
