// A change that is not committed is outside the audit trail: nobody can see who made it or when.
import type { Finding } from '../model.js';
import { fileId } from '../repo/layout.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';

const META: RuleMeta = {
  id: 'not-committed',
  severity: 'warning',
  stage: 'git',
  description: 'An action or evidence file has changes that are not committed.',
};

/** Action and evidence files (and the attachments evidence lists), with the action each belongs to. */
function recordPaths(ctx: RuleContext): Map<string, string | undefined> {
  const paths = new Map<string, string | undefined>();
  for (const { file, kind } of ctx.files) {
    if (kind !== 'action' && kind !== 'evidence') continue;
    const d = file.data as { id?: unknown; action?: unknown } | undefined;
    const owner = kind === 'action' ? d?.id : d?.action;
    paths.set(file.path, typeof owner === 'string' ? owner : undefined);
  }
  for (const { evidence } of ctx.evidence) for (const a of evidence.attachments ?? []) paths.set(a, evidence.action);
  return paths;
}

export const notCommitted: Rule = {
  meta: META,
  check(ctx) {
    const trail = ctx.trail;
    if (!trail) return [];
    const records = recordPaths(ctx);
    const out: Finding[] = [];
    for (const path of trail.uncommitted) {
      const known = records.has(path);
      // Deleted records are no longer in the work tree; their paths still say what they were.
      const kind = ctx.layout.kindOf(path);
      if (!known && kind !== 'action' && kind !== 'evidence') continue;
      const action = records.get(path) ?? (kind === 'action' ? fileId(path) : ctx.layout.folderActionOf(path));
      const f: Finding = {
        rule: META.id, severity: META.severity, file: path,
        message: `${path} has changes that are not committed, so they are not part of the audit trail. Commit them (e.g. "git add ${path}" then "git commit"), or undo them if they were not meant.`,
      };
      if (action !== undefined) f.action = action;
      out.push(f);
    }
    return out;
  },
};
