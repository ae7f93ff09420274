// When the machine is the problem (a full disk, a denied or read-only folder, a file where a folder
// should be), a writing command says so in one line with the path, writes nothing (a step of
// several files is put back whole), leaves no temporary file, and a commit git refuses after a
// good write is reported as exactly that. Failures are injected at the write seam: CI runs as
// root, where permissions deny nothing; /dev/full gives a real full disk.
import { chmodSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uncaughtEnvironmentError } from '../../src/environment.js';
import { leftoverNote } from '../../src/repo/leftovers.js';
import { tempPathFor, writeSeam } from '../../src/repo/write.js';
import { ACTION, CONFIG, PEOPLE, cqc, git, makeRepo, read } from './helpers.js';

const realOpenTemp = writeSeam.openTemp;
afterEach(() => { writeSeam.openTemp = realOpenTemp; });

const OPEN = ACTION.replace('status: in_progress  # work under way', 'status: open');
const files = { 'cqc.yaml': CONFIG, 'people.yaml': PEOPLE, 'actions/MH-001.yaml': OPEN };
/** For recommend: work under way. */
const started = { ...files, 'actions/MH-001.yaml': ACTION };
const errno = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
const hidden = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => /(^|\/)\.[^/]*cqc-tmp$/.test(p));

describe('a write the machine refuses', () => {
  it('on a full disk: one line naming the file, nothing written, no temporary file', async () => {
    const dir = makeRepo(files);
    writeSeam.openTemp = () => openSync('/dev/full', 'w'); // every byte written there fails with ENOSPC
    const r = await cqc(dir, ['new', '--title', 'Medicines records incomplete', '--owner', 'dan-jones', '--raised', '2026-03-02', '--no-input']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('cqc: Could not write actions/MRI-001.yaml: the disk is full (ENOSPC). Nothing was written. Free some space and run the command again.\n');
    expect(readdirSync(join(dir, 'actions'))).toEqual(['MH-001.yaml']);
    expect(hidden(dir)).toEqual([]);
  });

  it.each([
    ['EACCES', 'permission was denied (EACCES)'],
    ['EROFS', 'the folder is on a read-only disk (EROFS)'],
  ])('when the folder says %s: the reason in plain words, never "internal error"', async (code, words) => {
    const dir = makeRepo(started);
    writeSeam.openTemp = (temp) => { throw errno(code, 'open', temp); };
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^cqc: Could not write actions/MH-001\\.yaml: ${words.replace(/[()]/g, '\\$&')}\\. Nothing was written: the file is as it was\\. .+\\n$`));
    expect(r.err).not.toMatch(/internal error|please report/i);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(ACTION);
  });

  it('with a file where a folder should be: said plainly, for real', async () => {
    const dir = makeRepo(files);
    writeFileSync(join(dir, 'evidence'), 'not a folder\n');
    const r = await cqc(dir, ['evidence', 'add', 'MH-001', '--type', 'audit', '--date', '2026-03-30', '--summary', 'Sampled 12 files', '--finding', 'supports', '--by', 'sam-smith']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cqc: Could not write evidence\/MH-001\/MH-001-E01\.yaml: a file stands where a folder should be \(E(NOTDIR|EXIST)\)|^cqc: Could not write evidence\/MH-001\/MH-001-E01\.yaml: something already exists there \(EEXIST\)/);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(OPEN);
  });

  it('half-way through a step of two files: the first is put back, so nothing is written', async () => {
    const dir = makeRepo(files);
    let opened = 0;
    writeSeam.openTemp = (temp) => {
      opened += 1;
      if (opened === 2) throw errno('ENOSPC', 'write', temp);
      return realOpenTemp(temp);
    };
    const r = await cqc(dir, ['evidence', 'add', 'MH-001', '--type', 'audit', '--date', '2026-03-30', '--summary', 'Sampled 12 files', '--finding', 'supports', '--by', 'sam-smith']);
    expect(opened).toBe(2);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cqc: Could not write actions\/MH-001\.yaml: the disk is full \(ENOSPC\)/);
    expect(existsSync(join(dir, 'evidence/MH-001/MH-001-E01.yaml'))).toBe(false);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(OPEN);
    expect(hidden(dir)).toEqual([]);
  });
});

describe('a commit git refuses after a good write', () => {
  it('says the file is written but not committed, and what to do', async () => {
    const dir = makeRepo(started);
    writeFileSync(join(dir, '.git/hooks/pre-commit'), '#!/bin/sh\necho "pre-commit: records must be reviewed first" >&2\nexit 1\n');
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    const head = git(dir, ['rev-parse', 'HEAD']);
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel', '--commit']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cqc: Wrote actions\/MH-001\.yaml, but git could not commit it \(pre-commit: records must be reviewed first\)\. The change is on disk but not yet in the audit trail: .*"git add actions\/MH-001\.yaml" and "git commit".*\n$/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(read(dir, 'actions/MH-001.yaml')).toContain('recommended_by: priya-patel');
    expect(git(dir, ['rev-parse', 'HEAD'])).toBe(head);
  });
});

describe('a write stopped part-way (kill -9)', () => {
  // A process id at pid_max is never in use: the leftover's writer is certainly gone.
  const gone = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim());

  it('leaves a temporary file that the next run removes, and says so', async () => {
    const dir = makeRepo(files);
    const leftover = tempPathFor(join(dir, 'actions/MH-001.yaml'), gone, 'ab12cd34');
    writeFileSync(leftover, 'id: MH-001\ntitle: half of a new vers');
    const r = await cqc(dir, ['check', '--no-git', '--as-of', '2026-03-02']);
    expect(r.err).toBe(`cqc: removed actions/.MH-001.yaml.${gone}.ab12cd34.cqc-tmp, a temporary file left by a cqc command that was stopped part-way; actions/MH-001.yaml itself was not changed by it.\n`);
    expect(existsSync(leftover)).toBe(false);
    expect(read(dir, 'actions/MH-001.yaml')).toBe(OPEN);
  });

  it('leaves alone the temporary file of a write still in progress', async () => {
    const dir = makeRepo(files);
    const busy = tempPathFor(join(dir, 'actions/MH-001.yaml'), 1, 'ab12cd34'); // process 1 is always running
    writeFileSync(busy, 'id: MH-001\n');
    const r = await cqc(dir, ['status', '--no-git', '--as-of', '2026-03-02']);
    expect(r.err).toBe('');
    expect(existsSync(busy)).toBe(true);
    rmSync(busy);
  });

  it('is removed by a writing command too, before it writes', async () => {
    const dir = makeRepo(started);
    const leftover = tempPathFor(join(dir, 'people.yaml'), gone, '0a0b0c0d');
    writeFileSync(leftover, 'people: []\n');
    const r = await cqc(dir, ['recommend', 'MH-001', '--on', '2026-04-14', '--by', 'priya-patel']);
    expect(r.code).toBe(0);
    // First the note about the leftover; then recommend's own warning that this evidence would not close it yet.
    expect(r.err.startsWith(leftoverNote([`.people.yaml.${gone}.0a0b0c0d.cqc-tmp`]))).toBe(true);
    expect(existsSync(leftover)).toBe(false);
  });
});

describe('an error nobody caught', () => {
  it('is worded as the machine\'s when it is one', () => {
    expect(uncaughtEnvironmentError(errno('ENOSPC', 'write', '/srv/records/actions/MH-001.yaml'))?.message)
      .toBe('Could not use /srv/records/actions/MH-001.yaml: the disk is full (ENOSPC). Free some space and run the command again.');
    expect(uncaughtEnvironmentError(new TypeError('x is undefined'))).toBeUndefined();
  });
});
