// Attachments named on `cqc evidence add --attach`: a file already in the repo is referenced where
// it is; a file from elsewhere (a download, a scan) is copied into the action's files/ folder so the
// record never points outside the repo.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../model.js';
import { compileProviderPatterns, isTextAttachment } from '../personal-data/index.js';
import { inAttachment } from '../rules/personal-data.js';
import type { PlannedWrite } from './save.js';

export interface AttachmentPlan {
  /** Paths from the repo root, as the evidence file lists them. */
  paths: string[];
  /** Copies to write alongside the evidence file. */
  copies: PlannedWrite[];
}

function inside(root: string, abs: string): string | null {
  const rel = relative(root, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : null;
}

/** `evidenceFolder` is the action's evidence folder (the layout's answer); copies go in its files/. */
export function planAttachments(root: string, cwd: string, evidenceFolder: string, given: readonly string[]): AttachmentPlan {
  const plan: AttachmentPlan = { paths: [], copies: [] };
  const realRoot = realpathSync(root);
  for (const p of given) {
    const abs = resolve(cwd, p);
    if (!existsSync(abs) || !statSync(abs).isFile()) throw new UsageError(`--attach ${p}: there is no such file. Give the path of the document to attach.`);
    const rel = inside(realRoot, realpathSync(abs));
    if (rel !== null) {
      plan.paths.push(rel);
      continue;
    }
    const target = `${evidenceFolder}/files/${basename(abs)}`;
    if (existsSync(resolve(root, target)) || plan.copies.some((c) => c.path === target)) {
      throw new UsageError(`--attach ${p}: ${target} already exists. Rename the file you are attaching, or attach the existing one by its path in the repo.`);
    }
    plan.copies.push({ path: target, text: readFileSync(abs), expected: null });
    plan.paths.push(target);
  }
  return plan;
}

const LENIENT_UTF8 = new TextDecoder('utf-8');

/**
 * personal-data findings in the text attachments a step would copy in: the rule reads attachments
 * from the repo, where a copy is not yet, and once copied and committed it is in the history.
 */
export function personalDataInCopies(patternSources: readonly string[], copies: readonly PlannedWrite[], evidence: { id: string; action: string }): Finding[] {
  const { patterns } = compileProviderPatterns(patternSources);
  return copies.filter((c) => isTextAttachment(c.path)).flatMap((c) =>
    inAttachment(c.path, evidence, typeof c.text === 'string' ? c.text : LENIENT_UTF8.decode(c.text), patterns));
}
