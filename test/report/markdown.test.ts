import { describe, expect, it } from 'vitest';
import { cell, markdownReport } from '../../src/report/check/markdown.js';
import { checkReport, cleanReport, reportOptions } from './fixtures/report.js';

/** Splits a table row on unescaped pipes, as GitHub-flavoured Markdown does. */
const columns = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim());

describe('markdown reporter', () => {
  const text = markdownReport(checkReport, reportOptions);
  const lines = text.split('\n');

  it('starts with the counts', () => {
    expect(lines.slice(0, 3)).toEqual(['# cqc check', '', '✖ **4 errors, 1 warning (1 waived) in 3 actions and 21 evidence items.**']);
    expect(lines).toContain('| Errors | 4 |');
    expect(lines).toContain('| Waived | 1 |');
    expect(lines).toContain('| Ready to close | 1 |');
  });

  it('lists every finding in a five-column table that a message cannot break', () => {
    const rows = lines.filter((l) => /^\| (actions|evidence|people)/.test(l));
    expect(rows).toHaveLength(checkReport.findings.length);
    for (const row of rows) expect(columns(row)).toHaveLength(5);
    const target = rows.find((r) => r.includes('target-not-met')) ?? '';
    expect(columns(target)).toEqual([
      'actions/MH-001.yaml:9',
      'MH-001',
      '`target-not-met`',
      'error',
      'Evidence "MH-001-E04" &amp; its &lt;attachment&gt; say 85% \\| not 100%,<br>so the target is not met. Record a new audit, then ask again.',
    ]);
    expect(rows.find((r) => r.includes('attachment-missing'))?.startsWith('| evidence/MH-001/MH-001-E02.yaml | MH-001 |')).toBe(true);
    expect(rows.find((r) => r.includes('evidence-sources'))).toContain('| error (waived) |');
  });

  it('escapes pipes, HTML and Markdown emphasis in cells', () => {
    expect(cell('a|b <i>x</i> *y* _z_ \\')).toBe('a\\|b &lt;i&gt;x&lt;/i&gt; \\*y\\* \\_z\\_ \\\\');
  });

  it('says clearly when there are no problems', () => {
    const clean = markdownReport(cleanReport, { ...reportOptions, gitNote: 'git rules skipped (--no-git)' });
    expect(clean).toContain('✔ **No problems in 1 action and 1 evidence item.**');
    expect(clean).toContain('No problems found: every action and evidence item passed every rule.');
    expect(clean).toContain('Note: git rules skipped (--no-git).');
    // The notes cqc really writes end in a full stop: the sentence still ends in one, not two.
    const sentence = markdownReport(cleanReport, { ...reportOptions, gitNote: 'Git rules skipped (--no-git): the audit trail was not checked.' });
    expect(sentence).toContain('Note: Git rules skipped (--no-git): the audit trail was not checked.\n');
    expect(sentence).not.toContain('..');
    expect(clean).not.toContain('| File:line |');
  });
});
