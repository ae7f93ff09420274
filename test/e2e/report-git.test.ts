// The meeting pack says who really approved each closure: the git author, not the typed name.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';

describe('cqc report on a repo with history', () => {
  it('shows the commit and its author for each closure decision', () => {
    const demo = join(mkdtempSync(join(tmpdir(), 'cqc-report-git-')), 'repo');
    expect(cqc(['demo', demo], { cwd: tmpdir() }).code).toBe(0);
    const r = cqc(['report', '--as-of', '2026-11-26', '--since', '2026-09-01'], { cwd: demo });
    expect(r.code).toBe(0);
    const decisions = r.stdout.slice(r.stdout.indexOf('## Closure decisions'));
    const row = (id: string) => decisions.split('\n').find((l) => l.startsWith(`| ${id} |`)) ?? '';
    // NUT-001 names Ruth as the decider, but Nadia committed it: the pack says so, in UK time.
    expect(row('NUT-001')).toMatch(/\| Ruth Adeyemi \(provider-quality-lead\) \|.*\| Nadia Hussain, not the person named, 17 Sep 2026, 10:30, commit [0-9a-f]{10} \|$/);
    expect(row('MH-001')).toMatch(/\| Grace Okafor, 4 Nov 2026, 14:30, commit [0-9a-f]{10} \|$/);
    const noGit = cqc(['report', '--no-git', '--as-of', '2026-11-26', '--since', '2026-09-01'], { cwd: demo });
    expect(noGit.stdout).not.toMatch(/Nadia Hussain, not the person named/);
    expect(noGit.stdout).toContain('| from the file (git not read) |');
  });
});
