import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cqc } from '../helpers/cli.js';

describe('cqc demo (built CLI)', () => {
  it('builds the example with a real history and shows check and status on it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cqc-demo-test-')), 'demo');
    const r = cqc(['demo', dir], { cwd: tmpdir() });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Built the example assurance repo in ${dir}`);
    for (const id of ['MH-001', 'SUP-001', 'NUT-001']) expect(r.stdout).toContain(id);
    // one action closes correctly, one is blocked for a reason a quality lead recognises,
    // and one shows an audit-trail problem
    expect(r.stdout).toMatch(/│ MH-001 +│[^\n]*│ closed +│ GREEN/);
    expect(r.stdout).toMatch(/SUP-001 is blocked:/);
    expect(r.stdout).toMatch(/closure-attribution/);
    expect(r.stdout).toMatch(/Closure decisions, holds, post-closure reviews and reopenings recorded in git/);
    expect(r.stdout).toMatch(/Audit trail of NUT-001/);
    const log = spawnSync('git', ['log', '--format=%ae'], { cwd: dir, encoding: 'utf8' });
    const authors = new Set(log.stdout.trim().split('\n'));
    expect(log.stdout.trim().split('\n').length).toBeGreaterThan(20);
    expect(authors.size).toBeGreaterThan(4);
    expect(readdirSync(join(dir, 'actions')).sort()).toEqual(['MH-001.yaml', 'NUT-001.yaml', 'SUP-001.yaml']);
  });

  it('refuses a folder that already has files, and touches nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cqc-demo-full-'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const r = cqc(['demo', dir], { cwd: tmpdir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not empty/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});
