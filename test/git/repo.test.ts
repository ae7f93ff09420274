import { mkdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GitMissingError, currentIdentity, gitInfo, uncommittedPaths } from '../../src/git/repo.js';
import { cleanupRepos, commitAs, git, makeRepo, tempDir, writeFiles } from './helpers.js';

const priya = { name: 'Priya Patel', email: 'priya.patel@example.org' };

afterAll(cleanupRepos);

describe('gitInfo', () => {
  it('finds the work tree, HEAD and an empty prefix at the top', async () => {
    const repo = makeRepo();
    const head = commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'cqc.yaml': 'version: 1\n' }, 'start');
    expect(await gitInfo(repo.dir)).toEqual({ gitRoot: realpathSync(repo.dir), prefix: '', head, shallow: false });
  });

  it('gives the assurance folder as a prefix when it is a subfolder, even with spaces', async () => {
    const repo = makeRepo({ 'quality team/cqc é/cqc.yaml': 'version: 1\n' });
    const info = await gitInfo(join(repo.dir, 'quality team/cqc é'));
    expect(info?.prefix).toBe('quality team/cqc é/');
    expect(info?.gitRoot).toBe(realpathSync(repo.dir));
  });

  it('has no HEAD in a repository without commits', async () => {
    const info = await gitInfo(makeRepo().dir);
    expect(info?.head).toBeNull();
  });

  it('is null outside a git work tree, inside .git, and for a missing folder', async () => {
    const outside = tempDir();
    expect(await gitInfo(outside)).toBeNull();
    expect(await gitInfo(join(makeRepo().dir, '.git'))).toBeNull();
    expect(await gitInfo(join(outside, 'nope'))).toBeNull();
  });

  it('detects a shallow clone', async () => {
    const origin = makeRepo();
    commitAs(origin, priya, '2026-02-01T10:00:00Z', { 'a.yaml': 'a: 1\n' }, 'one');
    commitAs(origin, priya, '2026-02-02T10:00:00Z', { 'a.yaml': 'a: 2\n' }, 'two');
    const clone = join(tempDir(), 'clone');
    git(origin.dir, ['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone]);
    expect((await gitInfo(clone))?.shallow).toBe(true);
    expect((await gitInfo(origin.dir))?.shallow).toBe(false);
  });

  it('throws GitMissingError when git cannot be found', async () => {
    const dir = makeRepo().dir;
    const path = process.env.PATH;
    process.env.PATH = tempDir();
    try {
      await expect(gitInfo(dir)).rejects.toBeInstanceOf(GitMissingError);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('uncommittedPaths', () => {
  it('lists modified, staged, deleted and untracked files under the assurance root only', async () => {
    const repo = makeRepo({
      'cqc/actions/MH-001.yaml': 'id: MH-001\n', 'cqc/actions/MH-002.yaml': 'id: MH-002\n',
      'cqc/evidence/old.yaml': 'x: 1\n', 'cqc/people.yaml': 'people: []\n', 'app/main.js': 'x\n',
    });
    writeFiles(repo, {
      'cqc/actions/MH-001.yaml': 'id: MH-001\nstatus: closed\n', // modified, not staged
      'cqc/actions/MH-002.yaml': 'id: MH-002\nstatus: open\n', // staged below
      'cqc/evidence/old.yaml': null, // deleted
      'cqc/evidence/new audit é 中.yaml': 'y: 1\n', // untracked, in a folder git has never seen
      'app/main.js': 'changed\n', // outside the assurance root
    });
    mkdirSync(join(repo.dir, 'cqc/empty-folder'));
    git(repo.dir, ['add', 'cqc/actions/MH-002.yaml']);
    const info = await gitInfo(join(repo.dir, 'cqc'));
    if (!info) throw new Error('expected a work tree');
    expect(await uncommittedPaths(info, [])).toEqual([
      'actions/MH-001.yaml', 'actions/MH-002.yaml', 'evidence/new audit é 中.yaml', 'evidence/old.yaml',
    ]);
    expect(await uncommittedPaths(info, ['evidence'])).toEqual(['evidence/new audit é 中.yaml', 'evidence/old.yaml']);
    expect(await uncommittedPaths(info, ['people.yaml'])).toEqual([]);
  });
});

describe('currentIdentity', () => {
  it('reads user.name and user.email from the repository config', async () => {
    const repo = makeRepo();
    git(repo.dir, ['config', 'user.name', 'Grace Okafor']);
    git(repo.dir, ['config', 'user.email', 'grace.okafor@example.org']);
    const saved = { name: process.env.GIT_AUTHOR_NAME, email: process.env.GIT_AUTHOR_EMAIL };
    delete process.env.GIT_AUTHOR_NAME;
    delete process.env.GIT_AUTHOR_EMAIL;
    try {
      expect(await currentIdentity(repo.dir)).toEqual({ name: 'Grace Okafor', email: 'grace.okafor@example.org' });
      process.env.GIT_AUTHOR_EMAIL = 'override@example.org';
      expect((await currentIdentity(repo.dir)).email).toBe('override@example.org');
    } finally {
      if (saved.name === undefined) delete process.env.GIT_AUTHOR_NAME; else process.env.GIT_AUTHOR_NAME = saved.name;
      if (saved.email === undefined) delete process.env.GIT_AUTHOR_EMAIL; else process.env.GIT_AUTHOR_EMAIL = saved.email;
    }
  });
});
