import { describe, expect, it } from 'vitest';
import { jsonReport } from '../../src/report/check/json.js';
import { ANSI } from './ansi.js';
import { checkReport, cleanReport, reportOptions } from './fixtures/report.js';

describe('json reporter', () => {
  it('prints exactly the SPEC.md object, keys in SPEC order', () => {
    const text = jsonReport(checkReport, reportOptions);
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['version', 'summary', 'findings', 'actions']);
    expect(Object.keys(parsed.summary as object)).toEqual(['actions', 'evidence', 'errors', 'warnings', 'waived', 'git', 'held_back']);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(checkReport)));
    const findings = parsed.findings as Record<string, unknown>[];
    expect(Object.keys(findings[0] ?? {})).toEqual(['rule', 'severity', 'action', 'file', 'line', 'column', 'message']);
    // No line: line and column are left out, not null.
    expect(Object.keys(findings[2] ?? {})).toEqual(['rule', 'severity', 'action', 'file', 'message']);
    expect(Object.keys(findings[4] ?? {})).toEqual(['rule', 'severity', 'action', 'file', 'line', 'column', 'message', 'waived']);
    expect(Object.keys(findings[5] ?? {})).toEqual(['rule', 'severity', 'file', 'line', 'column', 'message']);
    expect(Object.keys((parsed.actions as object[])[0] ?? {})).toEqual(['id', 'status', 'ready', 'high_risk', 'risk_areas', 'targets']);
  });

  it('is pretty-printed with two spaces, ends with a newline and never has colour', () => {
    const text = jsonReport(checkReport, { ...reportOptions, color: true });
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text).not.toMatch(ANSI);
    expect(text.startsWith('{\n  "version": 1,\n  "summary": {\n    "actions": 3,')).toBe(true);
  });

  it('drops fields SPEC does not define and a waived flag that is false', () => {
    const noisy = {
      ...cleanReport,
      extra: 'x',
      findings: [{ rule: 'overdue', severity: 'warning' as const, file: 'a.yaml', message: 'm', waived: false, debug: 1 }],
    };
    const parsed = JSON.parse(jsonReport(noisy, reportOptions)) as { findings: object[] };
    expect(Object.keys(parsed)).not.toContain('extra');
    expect(parsed.findings[0]).toEqual({ rule: 'overdue', severity: 'warning', file: 'a.yaml', message: 'm' });
  });
});
