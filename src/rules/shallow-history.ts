// A shallow clone has lost the start of the trail, so "who decided" cannot be answered from it.
import type { Rule, RuleMeta } from '../engine/types.js';

const META: RuleMeta = {
  id: 'shallow-history',
  severity: 'error',
  stage: 'git',
  description: 'The repository is a shallow clone, so the audit trail is incomplete.',
};

export const shallowHistory: Rule = {
  meta: META,
  check(ctx) {
    if (!ctx.trail?.shallow) return [];
    return [{
      rule: META.id, severity: META.severity, file: 'cqc.yaml',
      message: 'This repository is a shallow clone, so the start of the audit trail is missing and decisions recorded before the cut cannot be checked. Fetch the full history: in GitHub Actions set "fetch-depth: 0" on actions/checkout; elsewhere run "git fetch --unshallow".',
    }];
  },
};
