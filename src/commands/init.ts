// `cqc init [dir]`: start an assurance repo. It never overwrites anything: if any file it would
// write already exists, it lists them all and writes nothing (exit 2: cqc could not do the job).
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CqcError, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../repo/write.js';
import { parseLocation, scaffold } from '../init/scaffold.js';
import { gitIdentity } from '../workflow/person.js';
import { initSummary } from '../init/next-steps.js';
import { gitInfo } from '../git/repo.js';
import { terminalWidth } from '../report/width.js';

export interface InitOptions { dir?: string; provider?: string; location?: string[]; layout?: string }

/** Whether the next steps need `git init`; without git at all they do. */
async function insideGitRepo(dir: string): Promise<boolean> {
  try {
    return (await gitInfo(dir)) !== null;
  } catch {
    return false;
  }
}

export async function initCommand(opts: InitOptions, io: Io): Promise<number> {
  const target = resolve(io.cwd, opts.dir ?? '.');
  const locations = (opts.location ?? []).map((spec) => {
    const l = parseLocation(spec);
    if (!l) throw new UsageError(`--location ${spec}: write it as id=Name with a lower-case id, e.g. rose-house="Rose House".`);
    return l;
  });
  const layout = opts.layout ?? 'flat';
  if (layout !== 'flat' && layout !== 'by-location') throw new UsageError(`--layout ${layout}: use flat (actions/ and evidence/ folders) or by-location (a folder per location).`);
  const who = await gitIdentity(existsSync(target) ? target : io.cwd);
  const files = scaffold(opts.provider ?? 'Your Care Provider Ltd', locations, who, layout);
  const existing = files.filter((f) => existsSync(join(target, f.path))).map((f) => f.path);
  if (existing.length) {
    throw new CqcError(`${target} already has ${existing.join(', ')}; cqc init never overwrites files, so nothing was written. Move them aside, or run cqc init in an empty folder.`);
  }
  mkdirSync(target, { recursive: true });
  for (const f of files) {
    writeFileAtomic(join(target, f.path), f.text, null, f.path);
    if (f.executable) chmodSync(join(target, f.path), 0o755);
  }
  io.stdout(initSummary({ target, cwd: io.cwd, files, providerGiven: opts.provider !== undefined, who, inGitRepo: await insideGitRepo(target) }, terminalWidth(io)));
  return 0;
}
