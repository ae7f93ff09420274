// Micro-measure, not a test: `npx vitest bench --run test/git/history.bench.ts`.
// One history pass over ~10,000 commits (built with git fast-import) and the per-commit cost of
// SSH signature verification, the figures behind "one pass; verify only what is judged".
import { execFileSync } from 'node:child_process';
import { afterAll, bench, describe } from 'vitest';
import { BlobReader } from '../../src/git/blobs.js';
import { readHistory } from '../../src/git/history.js';
import { gitInfo, type GitInfo } from '../../src/git/repo.js';
import { verifyCommitSignatures } from '../../src/git/signatures.js';
import { cleanupRepos, commitAs, makeRepo, makeSshKey, testGitEnv } from './helpers.js';

const COMMITS = 10_000;

function fastImportStream(): string {
  const parts: string[] = [];
  const start = Date.parse('2020-01-01T00:00:00Z') / 1000;
  for (let n = 1; n <= COMMITS; n++) {
    const who = n % 3 === 0 ? 'Grace Okafor <grace.okafor@example.org>' : 'Priya Patel <priya.patel@example.org>';
    const when = `${start + n * 3600} +0000`;
    const message = `Update ${n}\n\nCqc-Action: MH-${n % 250}\n`;
    const action = `id: MH-${n % 250}\nstatus: open\nrevision: ${n}\n`;
    const files = [`M 100644 inline cqc/actions/MH-${n % 250}.yaml\ndata ${Buffer.byteLength(action)}\n${action}`];
    if (n % 4 === 0) files.push(`M 100644 inline src/file-${n % 50}.js\ndata 2\n${n % 10}\n`);
    parts.push(`commit refs/heads/main\nmark :${n}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n` +
      `data ${Buffer.byteLength(message)}\n${message}${n > 1 ? `from :${n - 1}\n` : ''}${files.join('')}\n`);
  }
  return parts.join('');
}

const repo = makeRepo();
execFileSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: fastImportStream(), env: testGitEnv(), maxBuffer: 1 << 28 });
execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: repo.dir, env: testGitEnv() });
const info = (await gitInfo(`${repo.dir}/cqc`)) as GitInfo;

const signed = makeRepo();
const key = makeSshKey('grace');
const signedHashes = Array.from({ length: 40 }, (_, i) => commitAs(signed, { name: 'Grace', email: 'g@example.org' },
  `2026-03-01T10:${String(i).padStart(2, '0')}:00Z`, { 'a.yaml': `${i}\n` }, `c${i}`, { signingKey: key.privateKey }));
const signedInfo = (await gitInfo(signed.dir)) as GitInfo;

afterAll(cleanupRepos);

describe('git adapter cost', () => {
  bench(`readHistory over ${COMMITS} commits (subfolder, first-parent)`, async () => {
    const history = await readHistory(info);
    if (history.length !== COMMITS) throw new Error(`expected ${COMMITS} commits, got ${history.length}`);
  }, { iterations: 5, time: 0 });

  bench('BlobReader: 10,000 file versions through one cat-file', async () => {
    const history = await readHistory(info);
    const reader = new BlobReader(info);
    const texts = await reader.readMany(history.map((c) => ({ rev: c.hash, path: c.changes[0]?.path ?? '' })));
    if (texts.some((t) => t === null)) throw new Error('a version was missing');
  }, { iterations: 3, time: 0 });

  bench('verifyCommitSignatures: 40 SSH-signed commits', async () => {
    const result = await verifyCommitSignatures(signedInfo, signedHashes, () => [key.publicKey]);
    if ([...result.values()].some((s) => s.status !== 'good' || !s.keyMatches)) throw new Error('bad signature');
  }, { iterations: 3, time: 0 });
});
