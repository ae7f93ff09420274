// Whether a governance commit carries a good signature by one of its author's own keys. git checks
// that a signature is valid and that the key is allowed, but never that the signer is the person
// the commit claims; that comparison happens here. Verification costs a few milliseconds per commit
// (git runs ssh-keygen or gpg for each), so only the commits being judged are verified.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GitInfo } from './repo.js';
import { runGit } from './run.js';

export interface SignatureStatus {
  /** good: valid signature by a known key; unknown-key: valid but by a key nobody listed (or gpg lacks it). */
  status: 'good' | 'bad' | 'none' | 'unknown-key' | 'untrusted';
  /** Who git says signed: the principal (SSH) or the key's user id (GPG). */
  signer?: string;
  /** Fingerprint of the signing key as git reports it (SSH: "SHA256:…"). */
  key?: string;
  /** The signing key is one of the keys listed for the person this commit is judged against. */
  keyMatches: boolean;
}

/** The only signatures that count for a closure: good, and made with that person's own key. */
export function isOwnGoodSignature(sig: SignatureStatus | undefined): boolean {
  return sig?.status === 'good' && sig.keyMatches;
}

const SSH_KEY = /^((?:ssh|ecdsa-sha2|sk-ssh|sk-ecdsa-sha2)-[\w@.-]+)\s+([A-Za-z0-9+/]+={0,3})(?:\s|$)/;
const GPG_ID = /^(?:0x)?([0-9A-Fa-f]{8,40})$/;

/** The fingerprint ssh-keygen -l prints for a public key line, computed without running it. */
export function sshFingerprint(publicKey: string): string | null {
  const match = SSH_KEY.exec(publicKey.trim());
  if (!match?.[2]) return null;
  const digest = createHash('sha256').update(Buffer.from(match[2], 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

function gpgId(key: string): string | null {
  return GPG_ID.exec(key.replace(/\s+/g, ''))?.[1]?.toUpperCase() ?? null;
}

/** Does the key git reported belong to the listed keys (SSH fingerprints, GPG fingerprints or ids)? */
function keyIsListed(listed: readonly string[], fingerprint: string, primary: string): boolean {
  for (const key of listed) {
    const ssh = sshFingerprint(key);
    if (ssh !== null) {
      if (ssh === fingerprint) return true;
      continue;
    }
    const id = gpgId(key);
    // A GPG key id is the tail of the fingerprint; a person may list a primary key that signs via a subkey.
    if (id && [fingerprint, primary].some((fp) => fp !== '' && fp.toUpperCase().endsWith(id))) return true;
  }
  return false;
}

function toStatus(code: string, fingerprint: string): SignatureStatus['status'] {
  switch (code) {
    case 'G': return 'good';
    case 'N': return 'none';
    case 'B': case 'R': return 'bad';
    // U for an SSH key means it is in no allowed-signers entry, i.e. nobody listed it.
    case 'U': return fingerprint.startsWith('SHA256:') ? 'unknown-key' : 'untrusted';
    case 'E': return 'unknown-key';
    default: return 'untrusted'; // X, Y: expired signature or key
  }
}

/**
 * Verify the signatures of exactly `commits` in one git process. `keysFor(hash)` gives the keys
 * listed for the person the commit is judged against (its author per people.yaml). SSH keys are
 * checked through a temporary allowed-signers file of every listed key; GPG signatures against the
 * user's keyring, compared by fingerprint or key id (best effort: the keyring is outside cqc).
 */
export async function verifyCommitSignatures(info: GitInfo, commits: string[],
  keysFor: (hash: string) => string[]): Promise<Map<string, SignatureStatus>> {
  const result = new Map<string, SignatureStatus>();
  const hashes = [...new Set(commits.filter((h) => /^[0-9a-f]{4,64}$/i.test(h)))];
  if (hashes.length === 0) return result;
  const sshKeys = new Set<string>();
  for (const hash of hashes) {
    for (const key of keysFor(hash)) {
      const match = SSH_KEY.exec(key.trim());
      if (match) sshKeys.add(`${match[1]} ${match[2]}`);
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'cqc-signers-'));
  try {
    const signers = join(dir, 'allowed_signers');
    await writeFile(signers, [...sshKeys].map((key, i) => `cqc-key-${i + 1} ${key}\n`).join(''));
    const out = await runGit(info.gitRoot, ['-c', `gpg.ssh.allowedSignersFile=${signers}`, 'log', '--no-walk',
      '--stdin', '-z', '--no-color', '--no-mailmap', '--no-notes',
      '--format=%H%x1f%G?%x1f%GK%x1f%GF%x1f%GP%x1f%GS'], 'check commit signatures', { input: `${hashes.join('\n')}\n` });
    for (const record of out.toString('utf8').split('\0')) {
      const [hash = '', code = 'N', keyId = '', fingerprint = '', primary = '', signer = ''] = record.trim().split('\x1f');
      if (!hash) continue;
      const key = fingerprint || keyId;
      const status: SignatureStatus = { status: toStatus(code, key), keyMatches: false };
      if (signer) status.signer = signer;
      if (key) status.key = key;
      // Callers may have asked with an abbreviation; answer under the name they used too.
      const asked = hashes.find((h) => hash.startsWith(h.toLowerCase())) ?? hash;
      status.keyMatches = code !== 'N' && key !== '' && keyIsListed(keysFor(asked), key, primary);
      result.set(hash, status);
      result.set(asked, status);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}
