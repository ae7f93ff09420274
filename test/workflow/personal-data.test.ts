// The writing commands commit with --commit themselves, so they must refuse personal data as the
// pre-commit hook does: nothing written, nothing committed, and the value never echoed.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/index.js';
import { spaced, withCheckDigit } from '../personal-data/fixture.js';
import { ACTION, CONFIG, PEOPLE, captureIo, git, makeRepo, read } from './helpers.js';

const NHS = withCheckDigit('736481902');

async function evidenceAdd(dir: string, extra: string[]) {
  const c = captureIo(dir);
  const code = await run(['evidence', 'add', 'MH-001', '--by', 'priya-patel', '--type', 'audit', '--date', '2026-03-20', '--commit', ...extra], c.io);
  return { code, out: c.out(), err: c.err() };
}

describe('cqc evidence add and personal data', () => {
  it('refuses a summary holding an NHS number, writing and committing nothing', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': ACTION });
    const commits = git(dir, ['rev-list', '--count', 'HEAD']);
    const r = await evidenceAdd(dir, ['--summary', `Checked the file of NHS ${spaced(NHS)}`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/was not recorded\. Nothing was written\.[\s\S]*what looks like an NHS number/);
    expect(r.err + r.out).not.toContain(spaced(NHS));
    expect(existsSync(join(dir, 'evidence'))).toBe(false);
    expect(git(dir, ['rev-list', '--count', 'HEAD'])).toBe(commits);
  });

  it('refuses to copy in a text attachment holding a date of birth, and copies a clean one', async () => {
    const dir = makeRepo({ 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': ACTION });
    const outside = mkdtempSync(join(tmpdir(), 'cqc-attach-'));
    writeFileSync(join(outside, 'roster.csv'), 'room,checked\nR12,yes\nR14,"yes, DOB 17/08/1937"\n');
    const refused = await evidenceAdd(dir, ['--summary', 'Audit sheet', '--attach', join(outside, 'roster.csv')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('The attachment evidence/MH-001/files/roster.csv (listed by evidence MH-001-E01) holds what looks like a date of birth on line 3');
    expect(refused.err).not.toContain('1937');
    expect(existsSync(join(dir, 'evidence'))).toBe(false);

    writeFileSync(join(outside, 'rooms.csv'), 'room,checked\nR12,yes\nR14,yes\n');
    const accepted = await evidenceAdd(dir, ['--summary', 'Audit sheet', '--attach', join(outside, 'rooms.csv')]);
    expect(accepted.err).toBe('');
    expect(accepted.code).toBe(0);
    expect(read(dir, 'evidence/MH-001/files/rooms.csv')).toContain('R14,yes');
  });
});
