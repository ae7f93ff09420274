import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { sarifReport } from '../../src/report/check/sarif.js';
import { RULE_METAS as RULES } from '../../src/rules/index.js';
import { CQC_VERSION } from '../../src/version.js';
import { NASTY_MESSAGE, checkReport, cleanReport, reportOptions } from './fixtures/report.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** The official SARIF 2.1.0 schema (see fixtures/README.md), with its draft-04 header made draft-07. */
function sarifValidator(): ValidateFunction {
  const url = new URL('./fixtures/sarif-2.1.0-rtm.5.schema.json', import.meta.url);
  const { id, $schema: _draft04, ...rest } = JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
  // unicodeRegExp off: rtm.5's toolComponent.language pattern has a stray "]" (fixed in errata01)
  // that a unicode-mode RegExp refuses to compile.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: String(id) });
}

interface SarifResult { ruleId: string; ruleIndex: number; level: string; message: { text: string }; suppressions?: unknown[]; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number; startColumn?: number } } }[] }
interface SarifLog { $schema: string; version: string; runs: { tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; defaultConfiguration: { level: string } }[] } }; originalUriBaseIds: Record<string, { uri: string }>; results: SarifResult[] }[] }

describe('sarif reporter', () => {
  const validate = sarifValidator();
  const log = JSON.parse(sarifReport(checkReport, reportOptions)) as SarifLog;
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema, with findings and without', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate(JSON.parse(sarifReport(cleanReport, { ...reportOptions, gitNote: 'git rules skipped (--no-git)' })))).toBe(true);
  });

  it('the schema really checks: a broken log is rejected', () => {
    const broken = structuredClone(log);
    (broken.runs[0]?.results[0] as unknown as Record<string, unknown>).level = 'fatal';
    expect(validate(broken)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const badUri = structuredClone(log);
    const location = badUri.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    if (location) location.uri = 'evidence/MH 001/a.yaml';
    expect(validate(badUri)).toBe(false); // formats are checked too (uri-reference)
  });

  it('describes the tool and every catalogue rule', () => {
    expect(log.version).toBe('2.1.0');
    expect(run?.tool.driver.name).toBe('cqc');
    expect(run?.tool.driver.version).toBe(CQC_VERSION);
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run?.tool.driver.rules.find((r) => r.id === 'overdue')?.defaultConfiguration.level).toBe('warning');
    expect(run?.originalUriBaseIds['%SRCROOT%']?.uri).toBe('file:///srv/assurance%20repo/');
  });

  it('maps each finding to a result with the right rule, level, text and region', () => {
    expect(run?.results).toHaveLength(checkReport.findings.length);
    for (const result of run?.results ?? []) {
      expect(run?.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
    }
    const target = run?.results.find((r) => r.ruleId === 'target-not-met');
    expect(target?.level).toBe('error');
    expect(target?.message.text).toBe(NASTY_MESSAGE);
    expect(target?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'actions/MH-001.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 9, startColumn: 3 },
    });
    expect(run?.results.find((r) => r.ruleId === 'overdue')?.level).toBe('warning');
  });

  it('omits the region when there is no line, and marks waived findings suppressed', () => {
    const attachment = run?.results.find((r) => r.ruleId === 'attachment-missing');
    expect(attachment?.locations[0]?.physicalLocation.region).toBeUndefined();
    const waived = run?.results.find((r) => r.ruleId === 'evidence-sources');
    expect(waived?.suppressions).toEqual([{ kind: 'external', justification: "Waived in the action's waivers." }]);
    expect(run?.results.filter((r) => r.suppressions).length).toBe(1);
  });

  it('encodes awkward file names and gives unknown rule ids a descriptor', () => {
    const odd = { ...cleanReport, findings: [{ rule: 'x-local-rule', severity: 'warning' as const, file: 'evidence/MH 001/a#1.yaml', line: 2, message: 'm' }] };
    const oddLog = JSON.parse(sarifReport(odd, reportOptions)) as SarifLog;
    expect(validate(oddLog), JSON.stringify(validate.errors)).toBe(true);
    const result = oddLog.runs[0]?.results[0];
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('evidence/MH%20001/a%231.yaml');
    expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: 2 });
    expect(oddLog.runs[0]?.tool.driver.rules[result?.ruleIndex ?? -1]?.id).toBe('x-local-rule');
  });
});
