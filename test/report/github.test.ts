import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubReport, githubStepSummary } from '../../src/report/check/github.js';
import { checkReport, cleanReport, reportOptions } from './fixtures/report.js';

describe('github reporter', () => {
  const lines = githubReport(checkReport, reportOptions).trimEnd().split('\n');

  it('writes one workflow command per finding with file, line, column and rule', () => {
    expect(lines).toContain(
      '::error file=actions/MH-001.yaml,line=41,col=3,title=self-approval::MH-001: dan-jones decided this closure but owns the action. Ask a senior person who did not do the work to decide it.',
    );
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(checkReport.findings.length);
    expect(lines.filter((l) => l.startsWith('::warning ')).map((l) => l.split('::')[1])).toEqual([
      'warning file=actions/ME-004.yaml,line=12,col=8,title=overdue',
    ]);
  });

  it('escapes % and line breaks in the message so one finding stays one command', () => {
    const target = lines.find((l) => l.includes('title=target-not-met')) ?? '';
    expect(target).toBe(
      '::error file=actions/MH-001.yaml,line=9,col=3,title=target-not-met::MH-001: Evidence "MH-001-E04" & its <attachment> say 85%25 | not 100%25,%0D%0Aso the target is not met. Record a new audit, then ask again.',
    );
  });

  it('omits line and col when there is no line, and shows waived findings as notices', () => {
    expect(lines).toContain(
      '::error file=evidence/MH-001/MH-001-E02.yaml,title=attachment-missing::MH-001: The attachment evidence/MH-001/files/audit.pdf is missing. Add the file or remove it from attachments.',
    );
    expect(lines.find((l) => l.includes('evidence-sources'))).toBe(
      '::notice file=actions/ST-002.yaml,line=30,col=1,title=evidence-sources (waived)::ST-002: Closed with 1 kind of supporting evidence; 2 are needed.',
    );
  });

  it('escapes : and , in properties as well as %, CR and LF', () => {
    expect(escapeProperty('a:b,c%d\r\ne')).toBe('a%3Ab%2Cc%25d%0D%0Ae');
    expect(escapeData('a:b,c%d\r\ne')).toBe('a:b,c%25d%0D%0Ae');
    const odd = { ...cleanReport, findings: [{ rule: 'schema', severity: 'error' as const, file: 'evidence/A,B/x:y.yaml', line: 1, column: 1, message: 'm' }] };
    expect(githubReport(odd, reportOptions)).toContain('::error file=evidence/A%2CB/x%3Ay.yaml,line=1,col=1,title=schema::m\n');
  });

  it('ends with a plain summary line and the git note as a notice', () => {
    const clean = githubReport(cleanReport, { ...reportOptions, gitNote: 'not a git repository: the audit trail was not checked' });
    expect(clean).toBe('cqc: No problems in 1 action and 1 evidence item.\n::notice title=cqc::not a git repository: the audit trail was not checked\n');
    expect(lines.at(-1)).toBe('cqc: 4 errors, 1 warning (1 waived) in 3 actions and 21 evidence items.');
  });

  it('writes a Markdown step summary', () => {
    const summary = githubStepSummary(checkReport, reportOptions);
    expect(summary.startsWith('## cqc check\n\n✖ **4 errors, 1 warning (1 waived)')).toBe(true);
    expect(summary).toContain('| File:line | Action | Rule | Severity | Message |');
  });
});
