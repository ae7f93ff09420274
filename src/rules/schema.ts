// Field names are the contract: a typo such as decided_bye must never pass silently.
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'schema',
  severity: 'error',
  stage: 'structure',
  description: 'A file breaks its JSON Schema.',
};

export const schema: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file, problems } of ctx.files) {
      const id = actionIdOf(file.data);
      for (const p of problems) out.push(findingAt(META, file, p.path, p.message, id, p.key));
    }
    return out;
  },
};

function actionIdOf(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  const v = typeof d.action === 'string' ? d.action : d.id;
  return typeof v === 'string' && /^[A-Z]/.test(v) ? v : undefined;
}
