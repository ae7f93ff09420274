import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BlobReader, readBlobsAt } from '../../src/git/blobs.js';
import { gitInfo, type GitInfo } from '../../src/git/repo.js';
import { cleanupRepos, commitAs, makeRepo } from './helpers.js';

const priya = { name: 'Priya Patel', email: 'priya.patel@example.org' };

afterAll(cleanupRepos);

async function infoOf(dir: string): Promise<GitInfo> {
  const info = await gitInfo(dir);
  if (!info) throw new Error(`not a git work tree: ${dir}`);
  return info;
}

describe('BlobReader', () => {
  it('reads many versions through one process, in order, with missing files as null', async () => {
    const repo = makeRepo();
    const binary = Buffer.from([0x00, 0x0a, 0xff, 0x0a, 0x0a, 0x41, 0x00, 0x0a]);
    const v1 = commitAs(repo, priya, '2026-02-01T10:00:00Z', {
      'cqc/actions/MH-001.yaml': 'id: MH-001\nstatus: open\n', 'cqc/evidence/photo.bin': binary,
      'cqc/evidence/audit é 中.yaml': 'score: 87\n', 'cqc/evidence/empty.yaml': '',
    }, 'one');
    const v2 = commitAs(repo, priya, '2026-02-02T10:00:00Z', {
      'cqc/actions/MH-001.yaml': 'id: MH-001\nstatus: closed\n', 'cqc/evidence/audit é 中.yaml': null,
    }, 'two');
    const reader = new BlobReader(await infoOf(join(repo.dir, 'cqc')));
    const specs = [
      { rev: v1, path: 'actions/MH-001.yaml' }, { rev: v2, path: 'actions/MH-001.yaml' },
      { rev: v1, path: 'evidence/audit é 中.yaml' }, { rev: v2, path: 'evidence/audit é 中.yaml' },
      { rev: v1, path: 'evidence/empty.yaml' }, { rev: v1, path: 'evidence' }, { rev: v1, path: 'no such file' },
    ];
    // Repeat the batch so answers straddle many stdout chunks.
    const texts = await reader.readMany(Array.from({ length: 300 }, () => specs).flat());
    expect(texts.slice(0, 7)).toEqual([
      'id: MH-001\nstatus: open\n', 'id: MH-001\nstatus: closed\n', 'score: 87\n', null, '', null, null,
    ]);
    expect(texts).toEqual(Array.from({ length: 300 }, () => texts.slice(0, 7)).flat());
    const [bytes] = await reader.readBytesMany([{ rev: v1, path: 'evidence/photo.bin' }]);
    expect(bytes?.equals(binary)).toBe(true);
    expect(await reader.read(v2, 'actions/MH-001.yaml')).toBe('id: MH-001\nstatus: closed\n');
  });

  it('reads a large file and a file whose name has a newline', async () => {
    const repo = makeRepo();
    const big = 'line of evidence text\n'.repeat(200_000);
    const head = commitAs(repo, priya, '2026-02-01T10:00:00Z', { 'big.yaml': big, 'odd\nname.yaml': 'odd: true\n' }, 'one');
    expect(await readBlobsAt(await infoOf(repo.dir), head, ['big.yaml', 'odd\nname.yaml', 'gone\nname.yaml']))
      .toEqual([big, 'odd: true\n', null]);
  });
});
