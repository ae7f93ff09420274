// "Could this action close today?", asked by a writing command exactly as `cqc status` and
// `cqc report` answer it: the same pipeline, with the git rules whenever the repo is in git. So
// `cqc close` accepts what they call "ready to close", and `cqc recommend` can warn about the rest.
import { judge } from '../engine/judge.js';
import type { Finding } from '../model.js';
import { withCandidates, type Candidate } from './evaluate.js';
import type { Workspace } from './workspace.js';

/**
 * What would stop a closure of `id` decided on `asOf`, with `candidates` in place of the files on
 * disk (none: the records as they are). Read with the git trail when there is one; a repo git
 * cannot read (git missing, say) is judged on its records, as `cqc status --no-git` would.
 */
export async function closureBlockersWith(ws: Workspace, id: string, asOf: string, candidates: readonly Candidate[] = []): Promise<Finding[]> {
  const repo = withCandidates(ws.repo, candidates);
  const judged = await judge({ cwd: ws.root, asOf, git: true, repo }).catch(() => judge({ cwd: ws.root, asOf, git: false, repo }));
  return judged.readiness.get(id)?.blockers ?? [];
}

/** "rule: message" lines, each rule's message once, in the order found. */
export function blockerLines(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => `${f.rule}: ${f.message}`))];
}
