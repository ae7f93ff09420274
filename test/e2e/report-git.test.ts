// The meeting pack says who really approved each closure: the git author, not the typed name; and
// what governance did in the period from the trail, even when a later step overwrote the file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';
import { cleanupRepos } from '../git/helpers.js';
import { closeReopenHold } from '../meeting/trail-story.js';

afterAll(cleanupRepos);

describe('cqc report on a repo with history', () => {
  it('shows the commit and its author for each closure decision', () => {
    const demo = join(mkdtempSync(join(tmpdir(), 'cqc-report-git-')), 'repo');
    expect(cqc(['demo', demo], { cwd: tmpdir() }).code).toBe(0);
    const r = cqc(['report', '--as-of', '2026-11-26', '--since', '2026-09-01'], { cwd: demo });
    expect(r.code).toBe(0);
    const decisions = r.stdout.slice(r.stdout.indexOf('## Closure decisions'));
    const row = (id: string) => decisions.split('\n').find((l) => l.startsWith(`| ${id} |`)) ?? '';
    // NUT-001 names Ruth as the decider, but Nadia committed it: the pack says so, in UK time.
    expect(row('NUT-001')).toMatch(/\| Ruth Adeyemi \(provider-quality-lead\) \|.*\| Nadia Hussain, not the person named, 16 Oct 2026, 10:30, commit [0-9a-f]{10} \|$/);
    expect(row('MH-001')).toMatch(/\| Grace Okafor, 7 Oct 2026, 14:30, commit [0-9a-f]{10} \|$/);
    const noGit = cqc(['report', '--no-git', '--as-of', '2026-11-26', '--since', '2026-09-01'], { cwd: demo });
    expect(noGit.stdout).not.toMatch(/Nadia Hussain, not the person named/);
    expect(noGit.stdout).toContain('| from the file (git not read) |');
  });

  it('keeps a close that was reopened and decided again, in Markdown and HTML', () => {
    const s = closeReopenHold();
    const md = cqc(['report', '--as-of', '2026-11-26', '--since', '2026-10-01'], { cwd: s.dir });
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/\| MH-001 \| Closed; since reopened on 2026-11-02 \| 2026-10-20 \|.*\| Grace Okafor, 20 Oct 2026, 10:00, commit [0-9a-f]{10} \|/);
    expect(md.stdout).toMatch(/\| MH-001 \| Held in monitoring, return by 2026-12-21 \| 2026-11-23 \|.*\| Tom Reed, 23 Nov 2026, 14:05, commit [0-9a-f]{10} \|/);
    expect(md.stdout).toMatch(/\| MH-001 \| 2026-11-02 \| Priya Patel \(registered-manager\) \| Fall during a transfer .* \| Priya Patel, 2 Nov 2026, 10:15, commit /);
    const html = cqc(['report', '--as-of', '2026-11-26', '--since', '2026-10-01', '--format', 'html'], { cwd: s.dir });
    expect(html.stdout.match(/<tr data-action="MH-001" data-decision="(close|hold)"/g)).toEqual(['<tr data-action="MH-001" data-decision="close"', '<tr data-action="MH-001" data-decision="hold"']);
    // The instant in the machine-readable datetime, UK wall-clock time for the reader, the hash whole.
    expect(html.stdout).toMatch(/Grace Okafor, <time datetime="2026-10-20T09:00:00\+00:00">20 Oct 2026, 10:00<\/time>, commit <span class="id">[0-9a-f]{10}<\/span>/);
    const noGit = cqc(['report', '--no-git', '--as-of', '2026-11-26', '--since', '2026-10-01'], { cwd: s.dir });
    expect(noGit.stdout).not.toContain('Closed; since reopened');
  });
});
