import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHistory } from '../../src/git/history.js';
import { gitInfo, type GitInfo } from '../../src/git/repo.js';
import { cleanupRepos, commitAs, git, makeRepo, type TestPerson } from './helpers.js';

const priya: TestPerson = { name: 'Priya Patel', email: 'priya.patel@example.org' };
const grace: TestPerson = { name: 'Grace Okafor', email: 'grace.okafor@example.org' };
const tom: TestPerson = { name: 'Tom Reed', email: 'tom.reed@example.org' };

afterAll(cleanupRepos);

async function infoOf(dir: string): Promise<GitInfo> {
  const info = await gitInfo(dir);
  if (!info) throw new Error(`not a git work tree: ${dir}`);
  return info;
}

/** Changes without their blob ids, which the tests check separately. */
function pathsOf(commit: { changes: { blob?: string; oldBlob?: string }[] } | undefined) {
  return commit?.changes.map(({ blob: _blob, oldBlob: _oldBlob, ...rest }) => rest);
}

describe('readHistory', () => {
  it('lists commits oldest first with raw authors, committers, strict dates, messages and trailers', async () => {
    const repo = makeRepo();
    const first = commitAs(repo, priya, '2026-02-01T10:00:00+00:00', { 'actions/MH-001.yaml': 'id: MH-001\n' }, 'Raise MH-001');
    const second = commitAs(repo, grace, '2026-03-05T16:30:00+01:00', { 'actions/MH-001.yaml': 'id: MH-001\nstatus: closed\n' },
      'Close MH-001\n\nReviewed the audits.\n\nCqc-Action: MH-001\nCqc-Event: decided', { committer: tom, committerDate: '2026-03-06T08:00:00Z' });
    const history = await readHistory(await infoOf(repo.dir));
    expect(history.map((c) => c.hash)).toEqual([first, second]);
    const closing = history[1];
    expect(closing?.parents).toEqual([first]);
    expect(closing?.author).toEqual({ name: 'Grace Okafor', email: 'grace.okafor@example.org', date: '2026-03-05T16:30:00+01:00' });
    expect(closing?.committer).toEqual({ name: 'Tom Reed', email: 'tom.reed@example.org', date: '2026-03-06T08:00:00+00:00' });
    expect(closing?.message).toBe('Close MH-001\n\nReviewed the audits.\n\nCqc-Action: MH-001\nCqc-Event: decided\n');
    expect(closing?.trailers).toEqual({ 'Cqc-Action': ['MH-001'], 'Cqc-Event': ['decided'] });
    expect(pathsOf(closing)).toEqual([{ status: 'M', path: 'actions/MH-001.yaml' }]);
    expect(pathsOf(history[0])).toEqual([{ status: 'A', path: 'actions/MH-001.yaml' }]);
  });

  it('ignores .mailmap and replace refs: the trail is what was committed', async () => {
    const repo = makeRepo();
    commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'a.yaml': 'a: 1\n' }, 'one');
    const honest = commitAs(repo, tom, '2026-02-02T10:00:00Z', { 'b.yaml': 'b: 1\n' }, 'two');
    // Tom maps his own email onto Grace's, and grafts a fake history over his commit.
    const mapped = commitAs(repo, tom, '2026-02-03T10:00:00Z', { '.mailmap': 'Grace Okafor <grace.okafor@example.org> <tom.reed@example.org>\n' }, 'mailmap');
    const forged = git(repo.dir, ['commit-tree', `${honest}^{tree}`, '-p', `${honest}^`, '-m', 'two'], {
      GIT_AUTHOR_NAME: grace.name, GIT_AUTHOR_EMAIL: grace.email, GIT_AUTHOR_DATE: '2026-02-02T10:00:00Z',
      GIT_COMMITTER_NAME: grace.name, GIT_COMMITTER_EMAIL: grace.email, GIT_COMMITTER_DATE: '2026-02-02T10:00:00Z',
    }).trim();
    git(repo.dir, ['replace', honest, forged]);
    // Sanity: plain git now shows Grace for both of Tom's commits.
    expect(git(repo.dir, ['log', '--format=%aE', '-1', honest]).trim()).toBe(grace.email);
    expect(git(repo.dir, ['log', '--format=%aE', '-1', mapped]).trim()).toBe(grace.email);

    const history = await readHistory(await infoOf(repo.dir));
    const emails = history.map((c) => c.author.email);
    expect(emails).toEqual([priya.email, tom.email, tom.email]);
    expect(history[1]?.hash).toBe(honest);
  });

  it('follows renames and keeps names with spaces, quotes, newlines and non-ASCII characters', async () => {
    const repo = makeRepo();
    const odd = 'evidence/audit "march"\nfinal.yaml';
    commitAs(repo, priya, '2026-02-01T10:00:00Z', {
      'evidence/falls audit é.yaml': 'date: 2026-01-31\nscore: 87\nnotes: long enough to be recognised as the same file\n',
      'evidence/中文.yaml': 'x: 1\n',
      [odd]: 'q: 1\n',
    }, 'Add evidence');
    commitAs(repo, priya, '2026-02-02T10:00:00Z', {
      'evidence/falls audit é.yaml': null,
      'evidence/falls-audit-2026-01.yaml': 'date: 2026-01-31\nscore: 87\nnotes: long enough to be recognised as the same file\n',
      'evidence/中文.yaml': null,
    }, 'Rename and delete');
    const history = await readHistory(await infoOf(repo.dir));
    expect(pathsOf(history[0])).toEqual(expect.arrayContaining([
      { status: 'A', path: 'evidence/falls audit é.yaml' },
      { status: 'A', path: 'evidence/中文.yaml' },
      { status: 'A', path: odd },
    ]));
    expect(pathsOf(history[1])).toEqual(expect.arrayContaining([
      { status: 'R', path: 'evidence/falls-audit-2026-01.yaml', oldPath: 'evidence/falls audit é.yaml' },
      { status: 'D', path: 'evidence/中文.yaml' },
    ]));
    expect(pathsOf(history[1])).toHaveLength(2);
  });

  it('reads the whole graph, parents first, with a merge\'s changes against each parent; or the first-parent line when asked', async () => {
    const repo = makeRepo();
    const base = commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'actions/A.yaml': 'a: 1\n' }, 'base');
    git(repo.dir, ['checkout', '-q', '-b', 'side']);
    const side = commitAs(repo, tom, '2026-02-02T10:00:00Z', { 'actions/B.yaml': 'b: 1\n' }, 'side work');
    git(repo.dir, ['checkout', '-q', 'main']);
    commitAs(repo, priya, '2026-02-03T10:00:00Z', { 'actions/A.yaml': 'a: 2\n' }, 'main work');
    git(repo.dir, ['merge', '-q', '--no-ff', '-m', 'Merge side', 'side'], {
      GIT_AUTHOR_NAME: grace.name, GIT_AUTHOR_EMAIL: grace.email, GIT_AUTHOR_DATE: '2026-02-04T10:00:00Z',
      GIT_COMMITTER_NAME: grace.name, GIT_COMMITTER_EMAIL: grace.email, GIT_COMMITTER_DATE: '2026-02-04T10:00:00Z',
    });
    const info = await infoOf(repo.dir);
    const mainLine = await readHistory(info, { firstParent: true });
    expect(mainLine.map((c) => c.message.trim())).toEqual(['base', 'main work', 'Merge side']);
    expect(mainLine[2]?.parents).toHaveLength(2);
    expect(mainLine[2]?.author.email).toBe(grace.email);
    expect(pathsOf(mainLine[2])).toEqual([{ status: 'A', path: 'actions/B.yaml' }]);
    const everything = await readHistory(info);
    expect(everything[0]?.hash).toBe(base);
    expect(everything.map((c) => c.message.trim()).slice(1).sort()).toEqual(['Merge side', 'main work', 'side work']);
    expect(everything.findIndex((c) => c.hash === side)).toBeLessThan(3);
    const merge = everything[3]!;
    expect(merge.message.trim()).toBe('Merge side');
    // Against main work it brought in B; against the side branch, main work's change to A.
    expect(pathsOf(merge)).toEqual([{ status: 'A', path: 'actions/B.yaml' }]);
    expect(merge.otherChanges?.map((changes) => pathsOf({ changes }))).toEqual([[{ status: 'M', path: 'actions/A.yaml' }]]);
    expect(merge.otherChanges?.[0]?.[0]?.oldBlob).toBe(git(repo.dir, ['rev-parse', `${base}:actions/A.yaml`]).trim());
  });

  it('places a merge git shows one block for by its tree: an up-to-date branch, or a branch whose changes were discarded', async () => {
    const repo = makeRepo();
    commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'actions/A.yaml': 'a: 1\n' }, 'base');
    const merged = (branch: string, files: Record<string, string>, strategy: string[]) => {
      git(repo.dir, ['checkout', '-q', '-b', branch]);
      commitAs(repo, tom, '2026-02-02T10:00:00Z', files, `${branch} work`);
      git(repo.dir, ['checkout', '-q', 'main']);
      git(repo.dir, ['merge', '-q', '--no-ff', ...strategy, '-m', `Merge ${branch}`, branch], {
        GIT_AUTHOR_NAME: grace.name, GIT_AUTHOR_EMAIL: grace.email, GIT_COMMITTER_NAME: grace.name, GIT_COMMITTER_EMAIL: grace.email,
      });
    };
    merged('up-to-date', { 'actions/B.yaml': 'b: 1\n' }, []);
    merged('discarded', { 'actions/C.yaml': 'c: 1\n' }, ['-s', 'ours']);
    const history = await readHistory(await infoOf(repo.dir));
    const [upToDate, discarded] = history.filter((c) => c.parents.length === 2);
    // Same tree as the branch: its one block is against the first parent.
    expect(pathsOf(upToDate)).toEqual([{ status: 'A', path: 'actions/B.yaml' }]);
    expect(upToDate?.otherChanges).toEqual([[]]);
    // Same tree as the main line: its one block is against the branch, and nothing changed on main.
    expect(pathsOf(discarded)).toEqual([]);
    expect(discarded?.otherChanges?.map((changes) => pathsOf({ changes }))).toEqual([[{ status: 'D', path: 'actions/C.yaml' }]]);
  });

  it('marks a file committed as a symbolic link', async () => {
    const repo = makeRepo();
    commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'real/MH-001.yaml': 'id: MH-001\n' }, 'records elsewhere');
    symlinkSync('real', join(repo.dir, 'actions'));
    git(repo.dir, ['add', 'actions']);
    commitAs(repo, priya, '2026-02-02T10:00:00Z', {}, 'link the actions folder');
    const history = await readHistory(await infoOf(repo.dir));
    expect(history[1]?.changes).toEqual([expect.objectContaining({ status: 'A', path: 'actions', link: true })]);
    expect(history[0]?.changes[0]?.link).toBeUndefined();
  });

  it('limits history to an assurance folder inside a bigger repo, with paths relative to it', async () => {
    const repo = makeRepo();
    commitAs(repo, tom, '2026-02-01T10:00:00Z', { 'src/app.js': 'x\n' }, 'app code');
    const inside = commitAs(repo, priya, '2026-02-02T10:00:00Z', { 'governance/cqc/actions/MH-001.yaml': 'id: MH-001\n', 'src/app.js': 'y\n' }, 'raise');
    commitAs(repo, tom, '2026-02-03T10:00:00Z', { 'src/app.js': 'z\n', 'governance/other.txt': 'o\n' }, 'more app code');
    const info = await infoOf(`${repo.dir}/governance/cqc`);
    expect(info.prefix).toBe('governance/cqc/');
    const history = await readHistory(info);
    expect(history.map((c) => c.hash)).toEqual([inside]);
    expect(pathsOf(history[0])).toEqual([{ status: 'A', path: 'actions/MH-001.yaml' }]);
    const onlyPeople = await readHistory(info, { pathspecs: ['people.yaml'] });
    expect(onlyPeople).toEqual([]);
  });

  it('gives each change the blob id of its new content', async () => {
    const repo = makeRepo();
    commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'actions/MH-001.yaml': 'id: MH-001\n' }, 'Raise');
    const history = await readHistory(await infoOf(repo.dir));
    const blob = git(repo.dir, ['rev-parse', 'HEAD:actions/MH-001.yaml']).trim();
    expect(history[0]?.changes[0]?.blob).toBe(blob);
  });

  it('is not changed by user settings that alter git log output', async () => {
    const repo = makeRepo();
    const head = commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'actions/A b.yaml': 'a: 1\n' }, 'Raise é\n\nCqc-Action: A');
    const settings: [string, string][] = [['log.showSignature', 'true'], ['color.ui', 'always'], ['log.follow', 'true'],
      ['diff.relative', 'true'], ['log.mailmap', 'true'], ['format.pretty', 'oneline'], ['log.abbrevCommit', 'true'],
      ['core.quotePath', 'true'], ['i18n.logOutputEncoding', 'ISO-8859-1'], ['diff.renames', 'false']];
    for (const [key, value] of settings) git(repo.dir, ['config', key, value]);
    const history = await readHistory(await infoOf(repo.dir), { pathspecs: ['actions'] });
    expect(history).toEqual([expect.objectContaining({
      hash: head, message: 'Raise é\n\nCqc-Action: A\n', changes: [{ status: 'A', path: 'actions/A b.yaml', blob: expect.stringMatching(/^[0-9a-f]{40}$/) }],
    })]);
  });

  it('returns nothing for a repository with no commits', async () => {
    const repo = makeRepo();
    expect(await readHistory(await infoOf(repo.dir))).toEqual([]);
  });
});
