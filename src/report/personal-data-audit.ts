// `cqc audit --personal-data`: which commits brought personal data into the history, and what the
// provider must do about it. Kinds and places only: the values are never printed.
import { Chalk } from 'chalk';
import type { PersonalDataHistory } from '../engine/personal-data-history.js';
import { personalDataPhrase, type PersonalDataKind } from '../personal-data/index.js';

export interface PersonalDataFinding {
  commit: string;
  /** Author date as git recorded it, as elsewhere in `cqc audit`. */
  date: string;
  author: { name: string; email: string };
  file: string;
  line: number;
  column: number;
  kind: PersonalDataKind;
  /** 1-based item of policy.personal_data.patterns, for a provider pattern. */
  pattern?: number;
  description: string;
  still_in_current_version: boolean;
}

export interface PersonalDataView {
  trail_from: string | null;
  shallow: boolean;
  scanned: PersonalDataHistory['scanned'];
  findings: PersonalDataFinding[];
}

export function personalDataView(history: PersonalDataHistory): PersonalDataView {
  return {
    trail_from: history.trailFrom ?? null,
    shallow: history.shallow,
    scanned: history.scanned,
    findings: history.found.map(({ commit, path, hit, stillThere }) => ({
      commit: commit.hash, date: commit.author.date, author: { name: commit.author.name, email: commit.author.email },
      file: path, line: hit.line, column: hit.column, kind: hit.kind,
      ...(hit.patternIndex !== undefined ? { pattern: hit.patternIndex + 1 } : {}),
      description: personalDataPhrase(hit), still_in_current_version: stillThere,
    })),
  };
}

/** What the provider does once personal data is in the history, in order. */
export const NEXT_STEPS: readonly string[] = [
  'Tell your data protection officer now. They decide whether this is a personal data breach to record or to report to the ICO (within 72 hours of becoming aware, where reporting is needed), and should agree the steps below.',
  'Remove each identifier still in the current files and commit that change ("cqc check" shows each place). Refer to people by a pseudonymous reference kept in the care system, such as a resident or room code.',
  'That commit does not remove it from the history. One person rewrites the history on a fresh clone, for example with git filter-repo (a separate tool): "git filter-repo --replace-text <file listing each value>" (see each value with "git show <commit>:<file>"), or "git filter-repo --invert-paths --path <file>" to drop a whole attachment; then force-pushes every branch and tag.',
  'Replace every copy: everyone deletes their clone and clones again, and forks, CI caches and backups holding the old history are deleted, or the data survives there.',
  'Rewriting gives every later commit a new id and drops signatures, so the audit trail restarts: a senior sets policy.audit_trail_from in cqc.yaml to the date of the rewrite and commits it, and cqc judges the fresh trail from there. Keep a "cqc audit --format json" taken before the rewrite with the data protection officer\'s record, as the account of earlier decisions.',
];

function scope(view: PersonalDataView): string {
  const { commits, files, versions } = view.scanned;
  const since = view.trail_from !== null ? `since policy.audit_trail_from (${view.trail_from})` : 'since the first commit';
  return `Scanned ${versions} version${versions === 1 ? '' : 's'} of ${files} file${files === 1 ? '' : 's'} in ${commits} commit${commits === 1 ? '' : 's'} ${since}.`;
}

export function personalDataJson(view: PersonalDataView): string {
  return `${JSON.stringify({ version: 1, ...view, next_steps: view.findings.length ? NEXT_STEPS : [] }, null, 2)}\n`;
}

export function personalDataText(view: PersonalDataView, color: boolean): string {
  const paint = new Chalk({ level: color ? 1 : 0 });
  const lines: string[] = [];
  const shallow = view.shallow ? [paint.yellow('This is a shallow clone: versions before its first commit were not scanned. Run this on a full clone.')] : [];
  if (view.findings.length === 0) {
    return [paint.green('No personal data found in the history.'), scope(view), ...shallow, ''].join('\n');
  }
  const byCommit = new Map<string, PersonalDataFinding[]>();
  for (const f of view.findings) byCommit.set(f.commit, [...(byCommit.get(f.commit) ?? []), f]);
  const n = byCommit.size;
  lines.push(paint.red.bold(`What looks like personal data first appears in the history in ${n} commit${n === 1 ? '' : 's'} (the values are not shown):`), '');
  for (const [hash, found] of byCommit) {
    const first = found[0]!;
    lines.push(`${paint.bold(`commit ${hash.slice(0, 10)}`)}  ${first.date.slice(0, 10)}  ${first.author.name} <${first.author.email}>`);
    for (const f of found) {
      const state = f.still_in_current_version ? paint.red('still in the current version') : 'removed since, still in the history';
      lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.description} (${state})`);
    }
    lines.push('');
  }
  lines.push(scope(view), ...shallow, '', paint.bold('What to do next:'));
  NEXT_STEPS.forEach((step, i) => lines.push(`  ${i + 1}. ${step}`));
  return `${lines.join('\n')}\n`;
}
