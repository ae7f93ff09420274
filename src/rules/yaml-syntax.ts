// A record that cannot be read cannot be judged: say exactly where the YAML breaks.
import type { Finding } from '../model.js';
import type { Rule, RuleMeta } from '../engine/types.js';

const META: RuleMeta = {
  id: 'yaml-syntax',
  severity: 'error',
  stage: 'structure',
  description: 'A file is not valid YAML (duplicate keys included).',
};

export const yamlSyntax: Rule = {
  meta: META,
  check(ctx) {
    const out: Finding[] = [];
    for (const { file } of ctx.files) {
      for (const p of file.syntax) {
        out.push({ rule: META.id, severity: META.severity, file: file.path, line: p.line ?? 1, column: p.column ?? 1, message: p.message });
      }
    }
    return out;
  },
};
