// `cqc audit --personal-data` reads the history in one pass: one `git log` listing every changed
// blob since the trail began (every branch merged into HEAD, and what merges themselves changed),
// then one batched blob read of the versions to scan. No process per commit or per file.
import { blobRequests, introductions, utcDay, versionsToScan, type PersonalDataIntroduction } from '../audit/personal-data.js';
import { CqcError } from '../errors.js';
import { BlobReader, gitInfo, readHistory, resolveCommit, type GitInfo } from '../git/index.js';
import { compileProviderPatterns } from '../personal-data/index.js';
import type { Policy } from '../model.js';
import { resolvePolicy } from '../policy.js';
import { layoutOf } from '../repo/layout.js';
import { trailStartInForce } from './history.js';
import { configData, loadConfig } from '../repo/load.js';
import { rootOf } from './judge.js';

export interface PersonalDataHistory {
  root: string;
  /** The policy in force (cqc.yaml as it is now): its patterns were looked for, and withhold output. */
  policy: Policy;
  /** policy.audit_trail_from as applied, when set. */
  trailFrom?: string;
  /** A shallow clone lacks the versions before its cut. */
  shallow: boolean;
  scanned: { commits: number; files: number; versions: number };
  /** Oldest first. */
  found: PersonalDataIntroduction[];
}

async function gitOf(root: string): Promise<GitInfo> {
  const info = await gitInfo(root);
  if (!info) {
    throw new CqcError(`${root} is not in a git repository, so there is no history to scan. Run "cqc check" to look at the files as they are now.`);
  }
  return info;
}

/** Where the trail begins: a day (commits on or after it are scanned), or a commit (those after it). */
async function trailStart(info: GitInfo, from: string | undefined): Promise<{ day?: string; after?: string }> {
  if (from === undefined) return {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(from)) return { day: from };
  const after = await resolveCommit(info, from);
  if (after === null) {
    throw new CqcError(`policy.audit_trail_from in cqc.yaml names the commit "${from}", which is not in this repository. Give a commit id from "git log" (or a date YYYY-MM-DD), or fetch the full history.`);
  }
  return { after };
}

export async function personalDataHistory(cwd: string, dir: string | undefined): Promise<PersonalDataHistory> {
  const root = rootOf(cwd, dir);
  const config = configData(loadConfig(root));
  const policy = resolvePolicy(config);
  const info = await gitOf(root);
  // HEAD's audit_trail_from, unless the commit that last set it broke registry-change (SPEC "Trail start").
  const trailFrom = await trailStartInForce(info, layoutOf(config));
  const start = await trailStart(info, trailFrom);
  const commits = await readHistory(info, { ...(start.after ? { excluding: [start.after] } : {}) });
  const versions = versionsToScan(commits, layoutOf(config).kindOf, start.day);
  const wanted = blobRequests(commits, versions);
  const read = await new BlobReader(info).readMany(wanted);
  const texts = new Map<string, string>();
  wanted.forEach((spec, i) => { const text = read[i]; if (typeof text === 'string') texts.set(spec.blob!, text); });
  const { patterns } = compileProviderPatterns(policy.personal_data.patterns);
  return {
    root,
    policy,
    ...(trailFrom !== undefined ? { trailFrom } : {}),
    shallow: info.shallow,
    scanned: {
      commits: start.day === undefined ? commits.length : commits.filter((c) => utcDay(c.committer.date) >= start.day!).length,
      files: new Set(versions.map((v) => v.chain)).size,
      versions: versions.length,
    },
    found: introductions(commits, versions, texts, patterns),
  };
}
