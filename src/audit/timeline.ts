// What `cqc audit` shows: one action's story from git, oldest first, and every governance step
// (closure decisions and holds, post-closure reviews, reopenings) with who the record names, who
// committed it, their roles and signatures: a step committed by someone else is flagged.
import { closureField, entryKeys, recommendationKey } from './closure-keys.js';
import { evidenceOf } from './evidence.js';
import { stable, str } from './parse.js';
import { recordedBy } from './recorded.js';
import { keysOf, rolesOf } from './registry.js';
import { signatureWords } from './signatures.js';
import type { ActionTrail, AuditEvent, EvidenceTrail, Trail, TrailCommit } from './types.js';

/** A person as the commit's parent knew them; `id` absent when the email matched nobody. */
export interface PersonCell { id?: string; email?: string; roles: string[] }

export interface CommitCell {
  commit: string;
  /** Author date, ISO 8601 as git recorded it. */
  date: string;
  author: PersonCell;
  /** Signature in words; absent when it was not verified. */
  signature?: string;
  /** False: recorded before policy.audit_trail_from (or the cut of a shallow clone). */
  judged: boolean;
}

export interface TimelineRow extends CommitCell {
  event: string;
  detail: string;
  /** The person the record names for this step, when it names one. */
  named?: string;
  /** Set when the commit's author is not the person the record names. */
  mismatch?: boolean;
}

export interface ActionTimeline { id: string; path: string; rows: TimelineRow[] }

export interface DecisionRow {
  action: string;
  /** A closure decision (close, hold or reject), a post-closure review, or a reopening. */
  kind: 'decision' | 'review' | 'reopen';
  /** close | hold | reject; a review's result (sustained | deteriorated); "reopened". */
  decision: string;
  /** The step in words, e.g. "closure decided (hold) on 2026-11-24 by ruth-adeyemi, to return by 2027-01-26". */
  detail: string;
  /** The commit's author is not the person the record names. */
  mismatch: boolean;
  decidedOn?: string;
  decidedBy?: string;
  deciderRoles: string[];
  decided: CommitCell;
  recommendedBy?: string;
  recommenderRoles: string[];
  recommendedOn?: string;
  recommended?: CommitCell;
  /** The decision on record today (later decisions replace earlier ones). */
  current: boolean;
}

const NAMING = new Set(['recommended', 'decided', 'waiver', 'review', 'reopened']);

export function personCell(commit: TrailCommit): PersonCell {
  return commit.person !== undefined
    ? { id: commit.person, roles: rolesOf(commit.before, commit.person) }
    : { email: commit.author.email, roles: [] };
}

/** A commit as a cell; the signature is shown only for the steps it is judged for (`signer` given). */
function commitCell(commit: TrailCommit, signer?: string | null): CommitCell {
  const signature = signer === undefined ? undefined : signatureWords(commit, keysOf(commit.before, signer ?? undefined), signer ?? undefined);
  return { commit: commit.hash, date: commit.author.date, author: personCell(commit), judged: commit.judged, ...(signature ? { signature } : {}) };
}

/** The trail of action `id`: the file it lives in today if any, else the last file that carried the id. */
export function findAction(trail: Trail, id: string): ActionTrail | undefined {
  const withId = trail.actions.filter((a) => a.id === id);
  return withId.find((a) => a.chain.steps[a.chain.steps.length - 1]?.status !== 'D') ?? withId[withId.length - 1];
}

function eventRow(e: AuditEvent): TimelineRow {
  // Setting the status to closed is the decider's act too.
  const closing = e.kind === 'status' && e.to === 'closed' ? closureField(e.version?.data ?? null, 'decided_by') : undefined;
  const named = NAMING.has(e.kind) ? e.named : closing;
  const cell = commitCell(e.commit, e.kind === 'decided' || e.kind === 'recommended' ? named ?? null : undefined);
  return { ...cell, event: e.kind, detail: e.detail, ...(named !== undefined ? { named, mismatch: named !== e.commit.person } : {}) };
}

/** What the work tree says of an evidence file today, for the steps whose old versions were not read. */
export interface EvidenceToday { type: string; date: string }

function evidenceRows(trail: Trail, ev: EvidenceTrail, today: EvidenceToday | undefined): TimelineRow[] {
  const name = ev.chain.path.split('/').pop()?.replace(/\.ya?ml$/, '') ?? ev.chain.path;
  return ev.chain.steps.map((step, i) => {
    const commit = trail.commits[step.index]!;
    const data = ev.versions.find((v) => v.step === step)?.data ?? (i === ev.chain.steps.length - 1 ? today : undefined);
    const about = [str(data, 'type'), str(data, 'date') && `dated ${str(data, 'date')}`].filter(Boolean).join(', ');
    const [event, words] = step.status === 'D' ? ['evidence-deleted', 'deleted']
      : i === 0 || ev.chain.steps[i - 1]?.status === 'D' ? ['evidence-added', 'added'] : ['evidence-changed', step.status === 'R' ? 'moved' : 'changed'];
    return { ...commitCell(commit), event, detail: `evidence ${name} ${words}${about ? ` (${about})` : ''}` };
  });
}

/** The action's timeline, oldest first, up to `asOf` (a calendar date) when given. */
export function actionTimeline(trail: Trail, id: string, evidence: ReadonlyMap<string, EvidenceToday> = new Map(), asOf?: string): ActionTimeline | undefined {
  const action = findAction(trail, id);
  if (!action) return undefined;
  const rows: [number, TimelineRow][] = action.events.map((e) => [e.commit.index, eventRow(e)]);
  for (const ev of evidenceOf(trail, id, [...evidence.keys()])) {
    const evRows = evidenceRows(trail, ev, evidence.get(ev.chain.path));
    ev.chain.steps.forEach((step, i) => rows.push([step.index, evRows[i]!]));
  }
  const sorted = rows.map((r, order) => ({ r, order })).sort((a, b) => a.r[0] - b.r[0] || a.order - b.order).map((x) => x.r[1]);
  return { id: action.id, path: action.chain.path, rows: sorted.filter((r) => asOf === undefined || r.date.slice(0, 10) <= asOf) };
}

/** A post-closure review or reopening as a row: who the entry names, and the commit that added it. */
function entryRow(action: ActionTrail, e: AuditEvent, live: boolean): DecisionRow {
  const by = e.named;
  const result = str(e.entry, 'result');
  const latest = action.versions[action.versions.length - 1]?.data ?? null;
  const kept = e.kind === 'review' ? entryKeys(latest, 'post_closure', 'reviews') : entryKeys(latest, 'reopened');
  const row: DecisionRow = {
    action: action.id, kind: e.kind === 'review' ? 'review' : 'reopen', decision: e.kind === 'review' ? result ?? 'review' : 'reopened',
    detail: e.detail, mismatch: by !== e.commit.person,
    deciderRoles: rolesOf(e.commit.before, by), decided: commitCell(e.commit, by ?? null), recommenderRoles: [],
    current: live && kept.includes(stable(e.entry)),
  };
  const on = str(e.entry, 'on');
  if (on !== undefined) row.decidedOn = on;
  if (by !== undefined) row.decidedBy = by;
  return row;
}

/** Every closure decision (close, hold or reject), post-closure review and reopening in the repo's history, oldest first. */
export function closureDecisions(trail: Trail, asOf?: string): DecisionRow[] {
  const out: { index: number; row: DecisionRow }[] = [];
  for (const action of trail.actions) {
    const decisions = action.events.filter((e) => e.kind === 'decided' && e.version?.data);
    const latest = decisions[decisions.length - 1];
    const live = action.chain.steps[action.chain.steps.length - 1]?.status !== 'D';
    for (const e of action.events) {
      if ((e.kind !== 'review' && e.kind !== 'reopened') || (asOf !== undefined && e.commit.author.date.slice(0, 10) > asOf)) continue;
      out.push({ index: e.commit.index, row: entryRow(action, e, live) });
    }
    for (const e of decisions) {
      if (asOf !== undefined && e.commit.author.date.slice(0, 10) > asOf) continue;
      const data = e.version!.data!;
      const by = closureField(data, 'decided_by');
      const recBy = closureField(data, 'recommended_by');
      const upTo: ActionTrail = { ...action, versions: action.versions.slice(0, action.versions.indexOf(e.version!) + 1) };
      const rec = recordedBy(upTo, data, recommendationKey);
      const row: DecisionRow = {
        action: action.id, kind: 'decision', decision: closureField(data, 'decision') ?? 'close', detail: e.detail, mismatch: by !== e.commit.person,
        deciderRoles: rolesOf(e.commit.before, by), decided: commitCell(e.commit, by ?? null),
        recommenderRoles: rec.state === 'committed' ? rolesOf(rec.version.commit.before, recBy) : [],
        current: live && e === latest,
      };
      const decidedOn = closureField(data, 'decided_on');
      const recommendedOn = closureField(data, 'recommended_on');
      if (decidedOn !== undefined) row.decidedOn = decidedOn;
      if (by !== undefined) row.decidedBy = by;
      if (recBy !== undefined) row.recommendedBy = recBy;
      if (recommendedOn !== undefined) row.recommendedOn = recommendedOn;
      if (rec.state === 'committed') row.recommended = commitCell(rec.version.commit, recBy ?? null);
      out.push({ index: e.commit.index, row });
    }
  }
  return out.sort((a, b) => a.index - b.index || a.row.action.localeCompare(b.row.action)).map((x) => x.row);
}
