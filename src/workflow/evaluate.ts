// Judge records before they are written: run the same pipeline `cqc check` runs (without git) on the
// repo as it would be with the new text in place. What a command writes then passes `cqc check`.
import { judge } from '../engine/judge.js';
import { CLOSE_BLOCKING } from '../rules/index.js';
import type { Finding } from '../model.js';
import { judgeFile, type LoadedRepo } from '../repo/load.js';
import { SourceFile } from '../repo/source.js';
import type { Workspace } from './workspace.js';

export interface Candidate { path: string; text: string }

/** The loaded repo with each candidate replacing (or joining) the record at its path. */
export function withCandidates(repo: LoadedRepo, candidates: readonly Candidate[]): LoadedRepo {
  const actions = [...repo.actions];
  const evidence = [...repo.evidence];
  const listed = { actions: [...repo.listed.actions], evidence: [...repo.listed.evidence] };
  for (const c of candidates) {
    const kind = repo.layout.kindOf(c.path);
    if (kind !== 'action' && kind !== 'evidence') continue;
    const paths = kind === 'action' ? listed.actions : listed.evidence;
    if (!paths.includes(c.path)) paths.push(c.path);
    const list = kind === 'action' ? actions : evidence;
    const record = judgeFile(new SourceFile(c.path, c.text), kind);
    const i = list.findIndex((r) => r.file.path === c.path);
    if (i >= 0) list[i] = record;
    else list.push(record);
  }
  return { ...repo, actions, evidence, listed };
}

/** Every finding (waivers applied) on the repo with the candidates in place, judged as of `asOf`. */
export async function findingsWith(ws: Workspace, candidates: readonly Candidate[], asOf: string): Promise<Finding[]> {
  const judged = await judge({ cwd: ws.root, asOf, git: false, repo: withCandidates(ws.repo, candidates) });
  // A report may hold back what follows from an unreadable file; a write never looks away from it.
  return [...judged.report.findings, ...judged.heldBack];
}

/** Errors that count against an action or sit in one of the given files. */
export function errorsFor(findings: readonly Finding[], action: string | undefined, files: readonly string[]): Finding[] {
  return findings.filter((f) => f.severity === 'error' && !f.waived && ((action !== undefined && f.action === action) || files.includes(f.file)));
}

/** Warnings against an action that still stop `cqc close` (placeholder-text). */
export function closeStoppers(findings: readonly Finding[], action: string): Finding[] {
  return findings.filter((f) => f.severity === 'warning' && !f.waived && f.action === action && CLOSE_BLOCKING.has(f.rule));
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
