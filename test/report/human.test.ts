import { describe, expect, it } from 'vitest';
import { humanReport } from '../../src/report/check/human.js';
import { ANSI, stripAnsi } from './ansi.js';
import { checkReport, cleanReport, reportOptions } from './fixtures/report.js';


describe('human reporter', () => {
  const text = humanReport(checkReport, reportOptions);
  const lines = text.split('\n');

  it('has no escape codes without colour, and has them with colour', () => {
    expect(text).not.toMatch(ANSI);
    const coloured = humanReport(checkReport, { ...reportOptions, color: true });
    expect(coloured).toMatch(ANSI);
    expect(stripAnsi(coloured)).toBe(text);
  });

  it('groups findings by file with the action shown, sorted by line', () => {
    const header = lines.findIndex((l) => l.startsWith('actions/MH-001.yaml'));
    expect(lines[header]).toBe('actions/MH-001.yaml  (action MH-001)');
    expect(lines[header + 1]).toMatch(/^ {3}9:3 {2}error {2}Evidence "MH-001-E04" & its <attachment> say 85% \| not 100%,\s+target-not-met$/);
    expect(lines[header + 2]).toMatch(/^ {15}so the target is not met\. Record a new audit, then ask again\.$/);
    expect(lines[header + 3]).toMatch(/^ {2}41:3 {2}error {2}dan-jones decided .* {2}self-approval$/);
    expect(text.indexOf('actions/ME-004.yaml')).toBeLessThan(text.indexOf('actions/MH-001.yaml'));
    expect(lines).toContain('people.yaml');
  });

  it('aligns the rule column within a file', () => {
    const header = lines.findIndex((l) => l.startsWith('actions/MH-001.yaml'));
    const first = lines[header + 1] ?? '';
    const second = lines[header + 3] ?? '';
    expect(first.indexOf('target-not-met')).toBe(second.indexOf('self-approval'));
  });

  it('shows a finding with no line, and marks waived findings', () => {
    expect(lines).toContain('    error  The attachment evidence/MH-001/files/audit.pdf is missing. Add the file or remove it from attachments.  attachment-missing');
    expect(text).toMatch(/30:1 {2}error {2}Closed with 1 kind of supporting evidence; 2 are needed\. \(waived\) {2}evidence-sources/);
    const coloured = humanReport(checkReport, { ...reportOptions, color: true });
    const waivedLine = coloured.split('\n').find((l) => l.includes('(waived)')) ?? '';
    expect(waivedLine.startsWith(`${String.fromCharCode(27)}[2m`)).toBe(true); // dim
  });

  it('ends with the summary line, the readiness of actions and the as-of date', () => {
    expect(text).toContain('✖ 4 errors, 1 warning (1 waived) in 3 actions and 21 evidence items\n');
    expect(text).toContain('Ready to close: ST-002\n');
    expect(text).toContain('Closed but failing the closure rules above: MH-001\n');
    expect(text.endsWith('Dates judged as of 2026-10-20.\n')).toBe(true);
  });

  it('says plainly when there are no problems, and adds the git note', () => {
    const clean = humanReport(cleanReport, { ...reportOptions, gitNote: 'git rules skipped (--no-git)' });
    expect(clean).toBe('✔ No problems in 1 action and 1 evidence item\nDates judged as of 2026-10-20.\ngit rules skipped (--no-git)\n');
  });

  // SPEC: colour on a terminal only. A record's own control characters (a double-quoted YAML
  // "\x1b[31m", quoted back in a message or a file name) are shown, never sent to the terminal.
  it('shows control characters from a record instead of sending them to the terminal', () => {
    const esc = String.fromCharCode(27);
    const [first] = checkReport.findings;
    const report = { ...checkReport, findings: [{ ...first!, file: `actions/MH-001${esc}[2J.yaml`, message: `Target (Files ${esc}[31m red\u0007 bell\rback) is due.` }] };
    const plain = humanReport(report, reportOptions);
    expect(plain).not.toMatch(ANSI);
    expect([...plain].filter((c) => c !== '\n' && c.charCodeAt(0) < 32)).toEqual([]);
    expect(plain).toContain('Target (Files \\x1b[31m red\\x07 bell\\x0dback) is due.');
    expect(plain).toContain('actions/MH-001\\x1b[2J.yaml');
    expect(stripAnsi(humanReport(report, { ...reportOptions, color: true }))).toBe(plain);
  });
});
