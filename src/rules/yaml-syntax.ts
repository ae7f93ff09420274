// A record that cannot be read cannot be judged: say exactly where the YAML breaks.
import type { Finding } from '../model.js';
import type { Rule, RuleContext, RuleMeta } from '../engine/types.js';
import { fileId } from '../repo/layout.js';

const META: RuleMeta = {
  id: 'yaml-syntax',
  severity: 'error',
  stage: 'structure',
  description: 'A file is not valid YAML (duplicate keys included), or cannot be read at all.',
};

/**
 * An unreadable action file is the action its file name gives (SPEC: file name = id). An unreadable
 * evidence item belongs to the action its folder names: that action cannot be judged whole.
 */
function actionOf(ctx: RuleContext, path: string, kind: string): string | undefined {
  if (kind === 'action') return fileId(path);
  if (kind !== 'evidence') return undefined;
  const id = ctx.layout.folderActionOf(path);
  return id !== undefined && ctx.actionById(id) ? id : undefined;
}

export const yamlSyntax: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, kind } of ctx.files) {
      if (!file.syntax.length) continue;
      const action = actionOf(ctx, file.path, kind);
      for (const p of file.syntax) {
        out.push({ rule: META.id, severity: META.severity, file: file.path, line: p.line ?? 1, column: p.column ?? 1, message: p.message, ...(action ? { action } : {}) });
      }
    }
    return out;
  },
};
