// git records a symbolic link as a line of text, not as the files it points to: records reached
// through one have no audit trail here, so no git rule can judge who changed them.
import type { Finding } from '../model.js';
import { CONFIG_FILE, fileId, PEOPLE_FILE, type Layout } from '../repo/layout.js';
import type { Rule, RuleMeta } from '../engine/types.js';

const META: RuleMeta = {
  id: 'layout-link',
  severity: 'error',
  stage: 'structure',
  description: 'A records folder, or an action, evidence or configuration file, is a symbolic link the audit trail cannot follow.',
};

/** "the actions folder", "the evidence folder of MH-001", "the action file actions/MH-001.yaml". */
function what(layout: Layout, path: string): string {
  if (path === CONFIG_FILE || path === PEOPLE_FILE) return path;
  const kind = layout.kindOf(path);
  if (kind === 'action' || kind === 'evidence') return `the ${kind} file ${path}`;
  const evidenceOf = layout.folderActionOf(`${path}/x.yaml`);
  return evidenceOf !== undefined ? `the evidence folder of ${evidenceOf} (${path})` : `the records folder ${path}`;
}

export const layoutLink: Rule = {
  meta: META,
  check(ctx) {
    const relevant = (p: string) => p === CONFIG_FILE || p === PEOPLE_FILE || ctx.layout.isRecordFolder(p) || ['action', 'evidence'].includes(ctx.layout.kindOf(p));
    const committed = new Set((ctx.trail?.links ?? []).filter(relevant));
    const paths = [...new Set([...ctx.links, ...committed])].sort();
    return paths.map((path): Finding => {
      const where = committed.has(path) ? (ctx.links.includes(path) ? 'committed to git, and is one in the work tree' : 'committed to git') : 'in the work tree';
      const label = what(ctx.layout, path);
      const kind = ctx.layout.kindOf(path);
      const f: Finding = {
        rule: META.id, severity: META.severity, file: path,
        message: `${label[0]!.toUpperCase()}${label.slice(1)} is a symbolic link (${where}). git keeps only the link, not the records it points to, so their changes have no audit trail here and no git rule can judge them. `
          + `Replace the link with the real ${kind === 'other' ? 'folder' : 'file'}: move the records into the assurance repo, commit them, and keep them there.`,
      };
      const action = kind === 'action' ? fileId(path) : ctx.layout.folderActionOf(kind === 'evidence' ? path : `${path}/x.yaml`);
      if (action !== undefined) f.action = action;
      return f;
    });
  },
};
