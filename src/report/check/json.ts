// SPEC.md's machine output, key for key and in SPEC order, so scripts and diffs can rely on it.
// Objects are rebuilt rather than passed through: a stray extra field never reaches the output.
import type { ActionReadiness, CheckReport, CheckSummary, Finding } from '../../model.js';
import type { ReportOptions } from './types.js';

export function jsonReport(report: CheckReport, _opts?: ReportOptions): string {
  return `${JSON.stringify(specShape(report), null, 2)}\n`;
}

/** The report as SPEC.md orders it: version, summary, findings, actions. */
export function specShape(report: CheckReport): CheckReport {
  return {
    version: report.version,
    summary: summaryShape(report.summary),
    findings: report.findings.map(findingShape),
    actions: report.actions.map(actionShape),
  };
}

function summaryShape(s: CheckSummary): CheckSummary {
  return {
    actions: s.actions,
    evidence: s.evidence,
    errors: s.errors,
    warnings: s.warnings,
    waived: s.waived,
    git: s.git,
    held_back: s.held_back,
  };
}

function findingShape(f: Finding): Finding {
  // Undefined keys vanish in JSON.stringify, so optional fields are simply left out.
  return {
    rule: f.rule,
    severity: f.severity,
    action: f.action,
    file: f.file,
    line: f.line,
    column: f.column,
    message: f.message,
    waived: f.waived === true ? true : undefined,
  };
}

function actionShape(a: ActionReadiness): ActionReadiness {
  return {
    id: a.id, status: a.status, ready: a.ready, high_risk: a.high_risk, risk_areas: [...a.risk_areas],
    targets: a.targets.map((t) => ({ id: t.id, latest: t.latest, met: t.met, variation: t.variation, assurance: t.assurance })),
  };
}
