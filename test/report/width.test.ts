// Output that fits the terminal: words wrap at their boundaries, tables share out the width and
// give way to a list when too narrow, on the real demo repo through the built CLI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoRepo } from '../../src/demo/build.js';
import { fitColumns, terminalWidth, wrapText } from '../../src/report/width.js';
import { cqc } from '../helpers/cli.js';
import { stripAnsi } from './ansi.js';

describe('wrapText', () => {
  it('breaks between words, never inside one that fits a line', () => {
    expect(wrapText('Keep it in monitoring until the latest 2 measurements all meet the goal.', 24)).toEqual([
      'Keep it in monitoring', 'until the latest 2', 'measurements all meet', 'the goal.',
    ]);
  });

  it('splits only a word longer than a whole line, and keeps line breaks', () => {
    expect(wrapText('see evidence/MH-001/files/audit-2026-09-29.pdf\nthen decide', 20)).toEqual([
      'see', 'evidence/MH-001/file', 's/audit-2026-09-29.p', 'df', 'then decide',
    ]);
  });
});

describe('fitColumns', () => {
  const head = ['Action', 'Title', 'Owner', 'Closure readiness'];
  const row = ['MH-001', 'Moving and handling risk assessments missing for people with changing mobility', 'dan-jones', 'blocked: evidence-required-type, target-not-sustained'];

  it('gives every column its content when that fits', () => {
    expect(fitColumns([head, row], new Set([1, 3]), 200)).toEqual(row.map((cell) => cell.length + 2));
  });

  it('shares the width between the flexible columns, within the borders', () => {
    const widths = fitColumns([head, row], new Set([1, 3]), 100)!;
    expect(widths.reduce((a, b) => a + b, 0) + widths.length + 1).toBe(100);
    expect(widths[0]).toBe(8);
    expect(widths[2]).toBe(11);
  });

  it('never gives a flexible column less than its longest word, and says when nothing fits', () => {
    const widths = fitColumns([head, row], new Set([1, 3]), 70);
    expect(widths === undefined || widths[3]! >= 'evidence-required-type,'.length + 2).toBe(true);
    expect(fitColumns([head, row], new Set([1, 3]), 50)).toBeUndefined();
  });
});

describe('terminalWidth', () => {
  it('takes COLUMNS first, then the terminal, and nothing for a pipe', () => {
    expect(terminalWidth({ env: { COLUMNS: '72' }, columns: 200 })).toBe(72);
    expect(terminalWidth({ env: {}, columns: 90 })).toBe(90);
    expect(terminalWidth({ env: { COLUMNS: 'wide' } })).toBeUndefined();
  });
});

describe('status, audit and check at the terminal\'s width (built CLI, demo repo)', () => {
  let work = '';
  let repo = '';
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cqc-width-'));
    repo = join(work, 'demo');
    await buildDemoRepo(repo);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const widest = (text: string) => Math.max(...stripAnsi(text).split('\n').map((l) => l.length));
  const run = (args: string[], columns: number) => cqc([...args, '--as-of', '2026-11-26'], { cwd: repo, env: { COLUMNS: String(columns) } });

  it.each([60, 80, 120])('fit in %i columns', (columns) => {
    for (const args of [['status'], ['audit'], ['audit', 'NUT-001'], ['check']]) {
      const r = run(args, columns);
      expect(r.stderr, args.join(' ')).toBe('');
      expect(widest(r.stdout), `cqc ${args.join(' ')} at ${columns}:\n${r.stdout}`).toBeLessThanOrEqual(columns);
    }
  });

  it('draw tables when wide and lists when narrow, losing no words', () => {
    const wide = run(['status'], 140).stdout;
    const narrow = run(['status'], 80).stdout;
    expect(wide).toMatch(/^┌─/);
    expect(narrow).toMatch(/^MH-001 · GREEN · closed\n {2}Moving and handling risk assessments missing for people with changing mobility\n/);
    const titleColumn = wide.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│')[2]!.trim()).filter(Boolean).join(' ');
    expect(titleColumn).toContain('Supervision records do not show performance discussion or follow-up of actions');
    expect(narrow).toContain('  Supervision records do not show performance discussion or follow-up of actions\n');
    const audit = run(['audit', 'NUT-001'], 80).stdout;
    expect(audit).toContain('  closure decided (close) on 2026-10-15 by ruth-adeyemi\n  record names ruth-adeyemi, committed by someone else\n  by nadia-hussain (clinical-lead, line-manager)\n');
  });

  it('wrap check messages at word boundaries beside the rule', () => {
    const out = run(['check'], 80).stdout;
    expect(out).toMatch(/^ {2}92:3 {2}error {4}The closure decision on NUT-001 names Ruth {2}closure-attribution$/m);
    const block = out.slice(out.indexOf('  92:3')).split('\n\n')[0]!.split('\n');
    const message = [block[0]!.replace(/^ {2}92:3 {2}error {4}/, '').replace(/ +closure-attribution$/, ''), ...block.slice(1).map((l) => l.trim())].join(' ');
    const nadiaCommit = /recorded by commit ([0-9a-f]{7}) /.exec(message)?.[1];
    expect(message).toBe(`The closure decision on NUT-001 names Ruth Adeyemi (ruth-adeyemi), but it was recorded by commit ${nadiaCommit} (2026-10-16, by nadia-hussain), not by ruth-adeyemi. A closure decision counts only when that person commits it themselves. Ask ruth-adeyemi to review the record and commit it from an email listed for them in people.yaml.`);
  });
});
