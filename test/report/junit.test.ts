import { describe, expect, it } from 'vitest';
import { junitReport } from '../../src/report/check/junit.js';
import { RULE_METAS as RULES } from '../../src/rules/index.js';
import { NASTY_MESSAGE, checkReport, cleanReport, reportOptions } from './fixtures/report.js';
import { parseXml, type XmlElement } from './xml-check.js';

const suites = (root: XmlElement) => root.children.filter((c) => c.name === 'testsuite');
const cases = (suite: XmlElement) => suite.children.filter((c) => c.name === 'testcase');
const child = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name);

describe('junit reporter', () => {
  const xml = junitReport(checkReport, reportOptions);
  const root = parseXml(xml);

  it('is well-formed XML with a testsuite per rule and a testcase per action', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(root.name).toBe('testsuites');
    expect(suites(root).map((s) => s.attrs.name)).toEqual(RULES.map((r) => r.id));
    const selfApproval = suites(root).find((s) => s.attrs.name === 'self-approval');
    expect(cases(selfApproval as XmlElement).map((c) => c.attrs.name)).toEqual(['MH-001', 'ME-004', 'ST-002']);
  });

  it('keeps every count equal to what it contains', () => {
    let tests = 0;
    let failures = 0;
    for (const suite of suites(root)) {
      const list = cases(suite);
      const failed = list.filter((c) => child(c, 'failure')).length;
      expect(Number(suite.attrs.tests)).toBe(list.length);
      expect(Number(suite.attrs.failures)).toBe(failed);
      tests += list.length;
      failures += failed;
    }
    expect(Number(root.attrs.tests)).toBe(tests);
    expect(Number(root.attrs.failures)).toBe(failures);
    // One failing test case per unwaived error finding in this fixture; warnings and waivers never fail.
    expect(failures).toBe(checkReport.summary.errors);
    expect(xml.match(/<failure /g)?.length).toBe(4);
  });

  it('escapes messages in attributes and text, keeping line breaks', () => {
    const suite = suites(root).find((s) => s.attrs.name === 'target-not-met');
    const failure = child(cases(suite as XmlElement)[0], 'failure');
    expect(failure?.attrs.message).toBe(NASTY_MESSAGE);
    expect(failure?.attrs.type).toBe('error');
    expect(failure?.text).toBe(`actions/MH-001.yaml:9:3  ${NASTY_MESSAGE}`);
    expect(xml).toContain('&amp; its &lt;attachment&gt; say 85% | not 100%,&#13;&#10;so');
  });

  it('puts a finding with no action under a test case named after its file', () => {
    const suite = suites(root).find((s) => s.attrs.name === 'registry-change') as XmlElement;
    const people = cases(suite).find((c) => c.attrs.name === 'people.yaml');
    expect(people?.attrs.file).toBe('people.yaml');
    expect(child(people, 'failure')?.text).toContain('people.yaml:4:5');
  });

  it('reports warnings and waived findings as output, not failures', () => {
    const overdue = cases(suites(root).find((s) => s.attrs.name === 'overdue') as XmlElement).find((c) => c.attrs.name === 'ME-004');
    expect(child(overdue, 'failure')).toBeUndefined();
    expect(child(overdue, 'system-out')?.text).toContain('warning  actions/ME-004.yaml:12:8  The target was due');
    const waived = cases(suites(root).find((s) => s.attrs.name === 'evidence-sources') as XmlElement).find((c) => c.attrs.name === 'ST-002');
    expect(child(waived, 'failure')).toBeUndefined();
    expect(child(waived, 'system-out')?.text).toContain('error (waived)');
  });

  it('marks git rules skipped when git did not run, and a clean run has no failures', () => {
    const clean = parseXml(junitReport(cleanReport, { ...reportOptions, gitNote: 'git rules skipped (--no-git)' }));
    const gitSuites = suites(clean).filter((s) => RULES.find((r) => r.id === s.attrs.name)?.stage === 'git');
    expect(gitSuites.length).toBeGreaterThan(0);
    for (const suite of gitSuites) {
      expect(suite.attrs.skipped).toBe('1');
      expect(child(cases(suite)[0], 'skipped')?.attrs.message).toBe('git rules skipped (--no-git)');
    }
    expect(clean.attrs.failures).toBe('0');
    expect(Number(clean.attrs.skipped)).toBe(gitSuites.length);
  });

  it('replaces characters XML cannot carry', () => {
    const bell = { ...cleanReport, findings: [{ rule: 'schema', severity: 'error' as const, action: 'ST-002', file: 'a.yaml', message: 'bad \u0007 byte' }] };
    const text = junitReport(bell, reportOptions);
    expect(text).not.toContain('\u0007');
    expect(() => parseXml(text)).not.toThrow();
  });
});
