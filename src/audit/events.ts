// The governance steps of one action, read from the differences between its committed versions.
// Each version is compared with the version its commit was made from; a merge is compared with every
// parent, and only what differs from all of them (a conflict resolution) is the merge's own step:
// the rest was taken on the merged branch, by the commits that made it (SPEC "Merges").
import { weakenings } from './criteria.js';
import { closureField, decisionKey, entryKeys, recommendationKey } from './closure-keys.js';
import { list, mapping, sameValue, stable, str, type Data } from './parse.js';
import type { Framework } from '../framework/index.js';
import type { AuditEvent, EventKind, Version, Weakening } from './types.js';

/** What the trail weighs criteria changes with: the framework behind effective risk areas. */
export interface EventContext { framework: Framework }

const EMPTY: Data = {};

/** An event found against one base, with the key that says whether another base shows it too. */
interface Found { kind: EventKind; detail: string; key: string; extra: Partial<AuditEvent> }

/** A base that can be read: a version committed broken is stepped over to the one before it. */
export function readableBase(base: Version | null | undefined): Version | null {
  let at = base ?? null;
  while (at?.broken) at = at.bases[0] ?? null;
  return at;
}

export function actionEvents(id: string, versions: readonly Version[], context?: EventContext): AuditEvent[] {
  const events: AuditEvent[] = [];
  let deletedBefore = false;
  /** The last readable version before a deletion: what a restored file is compared with. */
  let lastLive: Version | undefined;
  for (const version of versions) {
    const bases = version.bases.map(readableBase);
    const push = (f: Found) => events.push({ kind: f.kind, action: id, commit: version.commit, path: version.step.path, detail: f.detail, version, ...(bases[0] ? { previous: bases[0] } : {}), ...f.extra });
    // Absent from a parent: the merged branch had already deleted it (or never had it).
    if (version.data === null && !version.broken) {
      if (bases.every((b) => b !== null)) push({ kind: 'deleted', detail: 'action file deleted', key: 'deleted', extra: {} });
      if (!deletedBefore) lastLive = readableBase(version.bases[0]) ?? lastLive;
      deletedBefore = true;
      continue;
    }
    if (version.step.status === 'R' && bases.slice(1).every((b) => b?.step.path !== version.step.path)) {
      push({ kind: 'renamed', detail: `file renamed from ${version.step.oldPath ?? '?'}`, key: 'renamed', extra: {} });
    }
    // A version that was not valid YAML says nothing; the next readable one is compared with the last.
    if (version.data === null) continue;
    // A file deleted and added again is the same record restored: its criteria are weighed against
    // what they were before the deletion, so deleting and re-adding never resets what was agreed.
    const restoredFrom = deletedBefore ? lastLive : undefined;
    const [first, ...others] = bases.map((b) => eventsAgainst(version.data!, b?.data ?? null, deletedBefore, version, context, restoredFrom));
    for (const f of first ?? []) {
      const mine = others.map((o) => o.find((x) => x.key === f.key));
      if (mine.some((m) => m === undefined)) continue;
      push(f.kind === 'criteria' ? ownWeakenings(f, mine as Found[]) : f);
    }
    deletedBefore = false;
  }
  return events;
}

/** A merge's criteria change weakens only what it weakens against every parent. */
function ownWeakenings(f: Found, others: readonly Found[]): Found {
  const fieldOf = (w: Weakening) => w.field.join('.');
  const weakened = (f.extra.weakened ?? []).filter((w) => others.every((o) => (o.extra.weakened ?? []).some((x) => fieldOf(x) === fieldOf(w))));
  return { ...f, detail: criteriaDetail(weakened), extra: { ...f.extra, weakened } };
}

function criteriaDetail(weakened: readonly Weakening[]): string {
  return weakened.length ? `criteria weakened: ${weakened.map((w) => w.what).join('; ')}` : 'target or closure criteria changed';
}

/** Keys whose change is a criteria event: what was agreed at the start and who is accountable for it. */
const AGREED = ['target', 'targets', 'closure_criteria', 'owner', 'location', 'risk_areas', 'quality_statements', 'regulations', 'source'];

function eventsAgainst(cur: Data, prev: Data | null, deletedBefore: boolean, version: Version, context: EventContext | undefined, restoredFrom?: Version): Found[] {
  const out: Found[] = [];
  const status = str(cur, 'status');
  if (prev === null) {
    const kind = deletedBefore ? 'restored' : 'raised';
    // A restored record moves on from the status it had when it was deleted.
    const from = kind === 'restored' ? str(restoredFrom?.data ?? null, 'status') : undefined;
    out.push({ kind, detail: `${kind} with status ${status ?? 'unknown'}`, key: kind, extra: { ...(status !== undefined ? { to: status } : {}), ...(from !== undefined ? { from } : {}) } });
  } else if (str(prev, 'status') !== status) {
    out.push({ kind: 'status', detail: `status ${str(prev, 'status') ?? 'unknown'} → ${status ?? 'unknown'}`, key: `status>${status ?? ''}`, extra: { from: str(prev, 'status') ?? 'unknown', to: status ?? 'unknown' } });
  }
  const was = prev ?? restoredFrom?.data ?? null;
  if (was !== null && AGREED.some((k) => !sameValue(cur[k], was[k]))) {
    const weakened = weakenings(was, cur, version.commit.before.policy, context?.framework);
    const agreed = !sameValue([cur.target, cur.targets, cur.closure_criteria], [was.target, was.targets, was.closure_criteria]);
    const previous = prev === null && restoredFrom ? { previous: restoredFrom } : {};
    if (agreed || weakened.length) out.push({ kind: 'criteria', detail: criteriaDetail(weakened), key: 'criteria', extra: { weakened, ...previous } });
  }
  stepEvents(cur, prev ?? EMPTY, (f) => out.push(f));
  return out;
}

function stepEvents(cur: Data, prev: Data, add: (f: Found) => void): void {
  const rec = recommendationKey(cur);
  if (rec !== undefined && rec !== recommendationKey(prev)) {
    const by = closureField(cur, 'recommended_by');
    const on = closureField(cur, 'recommended_on');
    add({ kind: 'recommended', detail: `closure recommended${on ? ` on ${on}` : ''} by ${by ?? 'nobody named'}`, key: `recommended:${rec}`, extra: by !== undefined ? { named: by } : {} });
  }
  const dec = decisionKey(cur);
  if (dec !== undefined && dec !== decisionKey(prev)) {
    const by = closureField(cur, 'decided_by');
    const on = closureField(cur, 'decided_on');
    const what = closureField(cur, 'decision') ?? 'close';
    const back = what === 'hold' && closureField(cur, 'return_by') ? `, to return by ${closureField(cur, 'return_by')}` : '';
    add({ kind: 'decided', detail: `closure decided (${what})${on ? ` on ${on}` : ''} by ${by ?? 'nobody named'}${back}`, key: `decided:${dec}`, extra: by !== undefined ? { named: by } : {} });
  }
  newEntries(cur, prev, ['waivers'], (w) => add({ kind: 'waiver', detail: `waiver of ${str(w, 'rule') ?? '?'} approved by ${str(w, 'approved_by') ?? 'nobody named'}`, key: `waiver:${stable(w)}`, extra: { ...named(w, 'approved_by'), entry: w } }));
  newEntries(cur, prev, ['post_closure', 'reviews'], (r) => add({ kind: 'review', detail: `post-closure review on ${str(r, 'on') ?? '?'}: ${str(r, 'result') ?? '?'}`, key: `review:${stable(r)}`, extra: { ...named(r, 'by'), entry: r } }));
  newEntries(cur, prev, ['reopened'], (r) => add({ kind: 'reopened', detail: `reopened on ${str(r, 'on') ?? '?'}: ${str(r, 'reason') ?? ''}`.trim(), key: `reopened:${stable(r)}`, extra: { ...named(r, 'by'), entry: r } }));
}

function named(entry: unknown, key: string): Partial<AuditEvent> {
  const by = str(entry, key);
  return by !== undefined ? { named: by } : {};
}

function newEntries(cur: Data, prev: Data, path: string[], each: (entry: unknown) => void): void {
  const seen = new Set(entryKeys(prev, ...path));
  const holder = path.length > 1 ? mapping(cur, path[0]!) : cur;
  for (const entry of list(holder, path[path.length - 1]!)) if (!seen.has(stable(entry))) each(entry);
}
