import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitInfo, type GitInfo } from '../../src/git/repo.js';
import { isOwnGoodSignature, sshFingerprint, verifyCommitSignatures } from '../../src/git/signatures.js';
import { cleanupRepos, commitAs, git, makeRepo, makeSshKey } from './helpers.js';

const grace = { name: 'Grace Okafor', email: 'grace.okafor@example.org' };
const tom = { name: 'Tom Reed', email: 'tom.reed@example.org' };

afterAll(cleanupRepos);

describe('verifyCommitSignatures', () => {
  const graceKey = makeSshKey('grace');
  const tomKey = makeSshKey('tom');
  const strangerKey = makeSshKey('stranger');
  let info: GitInfo;
  const hashes: Record<string, string> = {};

  beforeAll(async () => {
    const repo = makeRepo();
    const at = (day: number): string => `2026-03-0${day}T10:00:00Z`;
    hashes.own = commitAs(repo, grace, at(1), { 'a.yaml': '1\n' }, 'signed by Grace', { signingKey: graceKey.privateKey });
    hashes.tomsKey = commitAs(repo, grace, at(2), { 'a.yaml': '2\n' }, 'authored as Grace, signed by Tom', { signingKey: tomKey.privateKey });
    hashes.unsigned = commitAs(repo, grace, at(3), { 'a.yaml': '3\n' }, 'unsigned');
    hashes.stranger = commitAs(repo, grace, at(4), { 'a.yaml': '4\n' }, 'signed by an unlisted key', { signingKey: strangerKey.privateKey });
    hashes.notAsked = commitAs(repo, tom, at(5), { 'a.yaml': '5\n' }, 'signed by Tom', { signingKey: tomKey.privateKey });
    const found = await gitInfo(repo.dir);
    if (!found) throw new Error('expected a work tree');
    info = found;
  });

  it('counts only a good signature by one of the judged person\'s own keys', async () => {
    // Every asked commit is authored as Grace, so each is judged against Grace's listed key only.
    const asked = [hashes.own, hashes.tomsKey, hashes.unsigned, hashes.stranger].map(String);
    const result = await verifyCommitSignatures(info, asked, () => [graceKey.publicKey]);
    const own = result.get(String(hashes.own));
    expect(own).toMatchObject({ status: 'good', keyMatches: true, key: sshFingerprint(graceKey.publicKey) });
    expect(isOwnGoodSignature(own)).toBe(true);
    expect(result.get(String(hashes.unsigned))).toEqual({ status: 'none', keyMatches: false });
    expect(result.get(String(hashes.stranger))).toMatchObject({ status: 'unknown-key', keyMatches: false });
    expect(result.get(String(hashes.tomsKey))).toMatchObject({ status: 'unknown-key', keyMatches: false });
    expect(isOwnGoodSignature(result.get(String(hashes.tomsKey)))).toBe(false);
    expect(result.has(String(hashes.notAsked))).toBe(false);
  });

  it('reports another listed person\'s key as good but not matching', async () => {
    // Both keys are in the allowed-signers file (both people are listed); the commit is judged as Grace's.
    const people: Record<string, string[]> = { [String(hashes.tomsKey)]: [graceKey.publicKey], [String(hashes.notAsked)]: [tomKey.publicKey] };
    const result = await verifyCommitSignatures(info, Object.keys(people), (hash) => people[hash] ?? []);
    expect(result.get(String(hashes.tomsKey))).toMatchObject({ status: 'good', keyMatches: false, key: sshFingerprint(tomKey.publicKey) });
    expect(result.get(String(hashes.notAsked))).toMatchObject({ status: 'good', keyMatches: true });
  });

  it('computes the same fingerprint as ssh-keygen', () => {
    const printed = execFileSync('ssh-keygen', ['-lf', `${graceKey.privateKey}.pub`], { encoding: 'utf8' });
    expect(printed.split(' ')[1]).toBe(sshFingerprint(graceKey.publicKey));
  });

  it('verifies nothing when asked about nothing, and rejects revision tricks', async () => {
    expect((await verifyCommitSignatures(info, [], () => [])).size).toBe(0);
    expect((await verifyCommitSignatures(info, ['--all', 'HEAD'], () => [])).size).toBe(0);
    expect(git(info.gitRoot, ['rev-parse', 'HEAD']).trim()).toBe(hashes.notAsked);
  });
});
