// Evidence that points at a file nobody can open is no evidence at all.
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'attachment-missing',
  severity: 'error',
  stage: 'structure',
  description: 'An attachment is missing, or resolves outside the repo.',
};

const WHY = {
  missing: (p: string) => `The attachment ${p} does not exist. Add the file at that path (relative to the folder holding cqc.yaml), or correct the path.`,
  outside: (p: string, files: string) => `The attachment ${p} points outside the assurance repo (an absolute path, "..", or a link). Copy the file into ${files} and refer to it there.`,
  folder: (p: string) => `The attachment ${p} is a folder, not a file. List the files themselves.`,
} as const;

export const attachmentMissing: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, evidence } of ctx.evidence) {
      evidence.attachments?.forEach((p, i) => {
        const state = ctx.attachments.get(p) ?? 'missing';
        if (state === 'ok') return;
        const folder = ctx.layout.evidenceFolder(evidence.action, ctx.actionById(evidence.action)?.action.location);
        out.push(findingAt(META, file, ['attachments', i], WHY[state](p, `${folder ?? 'the evidence folder'}/files/`), evidence.action));
      });
    }
    return out;
  },
};
