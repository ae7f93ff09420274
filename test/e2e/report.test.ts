import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { ensureBuilt, examplesRepo, measuredActions } from '../meeting/built-cli.js';
import { AS_OF, writeFixture } from '../meeting/fixture.js';

beforeAll(() => ensureBuilt(), 180_000);

describe('cqc report (built CLI)', () => {
  it('prints the Markdown pack by default, with the numbers cqc check gives, and exits 0 despite errors', () => {
    const dir = writeFixture();
    const check = cqc(['check', '--no-git', '--as-of', AS_OF, '--format', 'json'], { cwd: dir });
    expect(check.code).toBe(1);
    const summary = JSON.parse(check.stdout).summary;
    const r = cqc(['report', '--no-git', '--as-of', AS_OF], { cwd: join(dir, 'actions') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Governance meeting pack: Rose &amp; Thorn &lt;Care&gt; Ltd\n/);
    expect(r.stdout).toContain(`| Actions | ${summary.actions} |`);
    expect(r.stdout).toContain(`| Errors | ${summary.errors} |`);
    expect(r.stdout).toContain(`| Warnings | ${summary.warnings} |`);
    expect(r.stdout).toContain('## Closure decisions since 2026-10-26');
    expect(r.stdout).toContain('| MED-001 | Closed | 2026-11-10 |');
  });

  it('honours --since for decisions', () => {
    const dir = writeFixture();
    const r = cqc(['report', '-C', dir, '--no-git', '--as-of', AS_OF, '--since', '2026-09-01'], { cwd: tmpdir() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Closure decisions since 2026-09-01');
    expect(r.stdout).toContain('| SAFE-001 | Closed | 2026-09-28 |');
  });

  it('writes self-contained HTML to a file with -o, and to stdout without it', () => {
    const dir = writeFixture();
    const r = cqc(['report', '--no-git', '--as-of', AS_OF, '--format', 'html', '-o', 'out/pack.html'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Meeting pack written to ${join(dir, 'out/pack.html')}.\n`);
    const html = readFileSync(join(dir, 'out/pack.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<svg [^>]*class="spc-chart"/g)).toHaveLength(4);
    const toStdout = cqc(['report', '--no-git', '--as-of', AS_OF, '--format', 'html'], { cwd: dir });
    expect(toStdout.stdout).toBe(html);
  });

  it('runs on the bundled examples in a git repo', () => {
    const dir = examplesRepo();
    const r = cqc(['report', '--as-of', '2026-11-26'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Governance meeting pack: Example Care Ltd');
    const measures = r.stdout.slice(r.stdout.indexOf('## Measurements against target'));
    // One chart heading per measured target ("### NUT-001, target screening: …" with targets:).
    expect([...measures.matchAll(/^### ([A-Z0-9-]+)(?:, target [a-z0-9-]+)?:/gm)].map((h) => h[1])).toEqual(measuredActions(dir));
  });

  it.each([
    [['report', '--format', 'pdf'], /cqc report writes "markdown" or "html"/],
    [['report', '--since', '2026-13-01'], /--since needs a calendar date/],
    [['report', '--as-of', '2026-11-01', '--since', '2026-11-02'], /--since 2026-11-02 is after the meeting date 2026-11-01/],
  ])('usage error %j exits 2 with one line', (args, message) => {
    const r = cqc([...args, '--no-git'], { cwd: writeFixture() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when there is no assurance repo, and writes no file', () => {
    // A folder of its own: the shared temporary folder may hold another run's pack.md.
    const empty = mkdtempSync(join(tmpdir(), 'cqc-no-repo-'));
    const r = cqc(['report', '-o', 'pack.md'], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cqc\.yaml/);
    expect(existsSync(join(empty, 'pack.md'))).toBe(false);
  });
});
