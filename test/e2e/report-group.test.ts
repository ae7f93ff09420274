// cqc report's group views, themes and action plan through the built CLI, on a provider group
// written as real YAML: what a nominated individual runs before the board and after a requirement notice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { ensureBuilt } from '../meeting/built-cli.js';
import { GROUP_AS_OF, writeGroup } from '../meeting/group-fixture.js';

beforeAll(() => ensureBuilt(), 180_000);

const run = (args: string[], dir = writeGroup()) => cqc([...args, '--no-git', '--as-of', GROUP_AS_OF], { cwd: dir });

describe('cqc report --by, themes and --action-plan (built CLI)', () => {
  it('opens every pack with the group-wide themes', () => {
    const r = run(['report']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const themes = r.stdout.slice(r.stdout.indexOf('## Group-wide themes'), r.stdout.indexOf('## Summary'));
    expect(themes).toContain('### Theme moving-and-handling: not yet closed at 3 locations');
    expect(themes).toContain('Locations: Maple Lodge, Oak View, Rose House.');
    expect(themes).not.toContain('supervision');
  });

  it.each([
    ['location', '## Actions by location', '| Rose House (CQC location ID 1-101234567, North West) | MH-001, SUP-001 | 1 | 1 | 0 | 0 | 0 | 1 | 1 |'],
    ['statement', '## Actions by quality statement', '| Learning culture (safe.learning-culture) | nothing recorded | 0 | 0 | 0 | 0 | 0 | 0 | 0 |  |'],
    ['regulation', '## Actions by regulation', '| Regulation 17: Good governance | MH-003 | 0 | 0 | 1 | 0 |'],
    ['theme', '## Actions by theme', '| supervision | SUP-001, SUP-002, SUP-003 | 1 | 1 | 0 | 1 |'],
  ])('--by %s groups the pack, with counts by status and RAG per group', (by, heading, row) => {
    const r = run(['report', '--by', by]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`\n${heading}\n`);
    expect(r.stdout).toContain(row);
    expect(r.stdout).not.toContain('\n## Actions\n');
  });

  it('writes the action plan as Markdown by default and as HTML to a file', () => {
    const dir = writeGroup();
    const md = run(['report', '--action-plan'], dir);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# Action plan: Harbour Care Group');
    expect(md.stdout.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Regulation 12: Safe care and treatment', '## Regulation 17: Good governance', '## Regulation 18: Staffing', '## Other actions', '## Closed actions',
    ]);
    const html = run(['report', '--action-plan', '--format', 'html', '-o', 'plan.html'], dir);
    expect(html.stdout).toBe(`Action plan written to ${join(dir, 'plan.html')}.\n`);
    const text = readFileSync(join(dir, 'plan.html'), 'utf8');
    expect(text).toContain('<h1>Action plan</h1>');
    expect(text).toContain('<td><span class="id">1-103456789</span></td>');
  });

  it.each([
    [['report', '--by', 'home'], /--by groups the pack by location, statement, regulation, theme; "home" is not one of them/],
    [['report', '--by', 'location', '--action-plan'], /Give one of --by and --action-plan/],
    [['report', '--action-plan', '--format', 'pdf'], /cqc report writes "markdown" or "html"/],
  ])('usage error %j exits 2 with one line and writes nothing', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});
