// SARIF 2.1.0 for code-scanning UIs (GitHub code scanning, Azure DevOps, IDE viewers).
// Paths stay relative to the assurance repo and point at it through %SRCROOT%, so the log
// does not depend on where it was produced. Waived findings are kept but marked suppressed,
// which is how SARIF says "known and accepted" (SPEC: waivers are never silent).
import { pathToFileURL } from 'node:url';
import type { CheckReport, Finding } from '../../model.js';
import type { RuleMeta } from '../../engine/types.js';
import { RULE_METAS as RULES } from '../../rules/index.js';
import { CQC_INFORMATION_URI, CQC_VERSION } from '../../version.js';
import type { ReportOptions } from './types.js';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export function sarifReport(report: CheckReport, opts: ReportOptions): string {
  const rules = ruleDescriptors(report);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'cqc', informationUri: CQC_INFORMATION_URI, version: CQC_VERSION, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(opts.root) } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, ruleIndex.get(f.rule) ?? 0)),
        properties: { asOf: opts.asOf, gitRulesRan: report.summary.git, ...(opts.gitNote ? { gitNote: opts.gitNote } : {}) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// Every catalogue rule, so viewers can describe rules that found nothing this time; a rule id
// the catalogue does not know still gets a descriptor, so every ruleIndex points somewhere real.
function ruleDescriptors(report: CheckReport) {
  const known = new Set(RULES.map((r) => r.id));
  const extra: RuleMeta[] = [...new Set(report.findings.map((f) => f.rule))]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, severity: 'error', stage: 'structure', description: `cqc rule ${id}.` }));
  return [...RULES, ...extra].map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.description },
    defaultConfiguration: { level: r.severity },
    properties: { tags: ['cqc', r.stage] },
  }));
}

function result(finding: Finding, ruleIndex: number) {
  const region =
    finding.line === undefined
      ? undefined
      : { startLine: finding.line, ...(finding.column === undefined ? {} : { startColumn: finding.column }) };
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      { physicalLocation: { artifactLocation: { uri: fileUri(finding.file), uriBaseId: SRCROOT }, ...(region ? { region } : {}) } },
    ],
    ...(finding.waived ? { suppressions: [{ kind: 'external', justification: "Waived in the action's waivers." }] } : {}),
    ...(finding.action ? { properties: { action: finding.action } } : {}),
  };
}

/** A repo-relative path as a relative URI reference: each segment percent-encoded. */
function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** SARIF requires base URIs to end with a slash. */
function folderUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}
