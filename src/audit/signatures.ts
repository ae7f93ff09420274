// Whether a verified commit is signed by one particular person. The git adapter verifies each commit
// once against everyone's listed keys; a commit judged for two people is compared here, key by key.
import { sshFingerprint, type SignatureStatus } from '../git/index.js';
import type { TrailCommit } from './types.js';

/** True only for a good signature made with one of `keys` (SSH by fingerprint, GPG by id or fingerprint). */
export function signedWith(sig: SignatureStatus | undefined, keys: readonly string[]): boolean {
  if (sig?.status !== 'good' || !sig.keyMatches || sig.key === undefined) return false;
  const reported = sig.key.toUpperCase();
  return keys.some((k) => {
    const ssh = sshFingerprint(k);
    if (ssh !== null) return ssh === sig.key;
    const id = k.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase();
    return /^[0-9A-F]{8,40}$/.test(id) && reported.endsWith(id);
  });
}

/** The signature status in words, for tables and the meeting pack. */
export function signatureWords(commit: TrailCommit, keys: readonly string[], person: string | undefined): string | undefined {
  const sig = commit.signature;
  if (!sig) return undefined;
  const who = person ?? 'the person named';
  if (signedWith(sig, keys)) return `good signature by ${who}`;
  switch (sig.status) {
    case 'none': return 'not signed';
    case 'bad': return 'bad signature';
    case 'good': case 'unknown-key': return `signed with a key not listed for ${who}`;
    default: return 'signature not trusted (expired or untrusted key)';
  }
}
