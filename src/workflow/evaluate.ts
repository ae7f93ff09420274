// Judge records before they are written: run the same rules `cqc check` runs (without git) on the
// repo as it would be with the new text in place. What a command writes then passes `cqc check`.
import { buildContext } from '../engine/context.js';
import type { Finding } from '../model.js';
import type { LoadedRepo } from '../repo/load.js';
import { SourceFile } from '../repo/source.js';
import { rulesFor } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { applyWaivers } from '../rules/waivers.js';
import type { Workspace } from './workspace.js';

export interface Candidate { path: string; text: string }

/** The loaded repo with each candidate replacing (or joining) the file at its path. */
function withCandidates(repo: LoadedRepo, candidates: readonly Candidate[]): LoadedRepo {
  const swap = (files: SourceFile[], kind: 'actions' | 'evidence') => {
    const out = [...files];
    for (const c of candidates) {
      if (kindOf(c.path, repo, kind) !== kind) continue;
      const i = out.findIndex((f) => f.path === c.path);
      const file = new SourceFile(c.path, c.text);
      if (i >= 0) out[i] = file;
      else out.push(file);
    }
    return out;
  };
  return { ...repo, actions: swap(repo.actions, 'actions'), evidence: swap(repo.evidence, 'evidence') };
}

function kindOf(path: string, repo: LoadedRepo, fallback: 'actions' | 'evidence'): 'actions' | 'evidence' {
  if (repo.actions.some((f) => f.path === path)) return 'actions';
  if (repo.evidence.some((f) => f.path === path)) return 'evidence';
  if (path.startsWith('actions/')) return 'actions';
  if (path.startsWith('evidence/')) return 'evidence';
  return fallback;
}

/** Every finding (waivers applied) on the repo with the candidates in place, judged as of `asOf`. */
export function findingsWith(ws: Workspace, candidates: readonly Candidate[], asOf: string,
  rules: readonly Rule[] = rulesFor({ git: false })): Finding[] {
  const ctx = buildContext(withCandidates(ws.repo, candidates), asOf);
  const findings = rules.flatMap((r) => r.check(ctx));
  return applyWaivers(findings, ctx, new Set());
}

/** Errors that count against an action or sit in one of the given files. */
export function errorsFor(findings: readonly Finding[], action: string | undefined, files: readonly string[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && !f.waived && ((action !== undefined && f.action === action) || files.includes(f.file)));
}

/** Errors in `after` that `before` did not have (matched by rule and file, counting repeats). */
export function newErrors(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const seen = new Map<string, number>();
  for (const f of before) seen.set(`${f.rule}|${f.file}`, (seen.get(`${f.rule}|${f.file}`) ?? 0) + 1);
  return after.filter((f) => {
    const key = `${f.rule}|${f.file}`;
    const left = seen.get(key) ?? 0;
    if (left > 0) {
      seen.set(key, left - 1);
      return false;
    }
    return true;
  });
}
