// What governance did in the period, as git recorded it. The action file holds only its latest
// closure block, so a close later reopened and recommended again vanishes from the file; every
// committed decision, review and reopening stays in the trail, with who committed it and when.
import { closureField, decisionKey, entryKeys } from '../../audit/closure-keys.js';
import { keysOf } from '../../audit/index.js';
import { actionTrailAt } from '../../audit/recorded.js';
import { list, mapping, stable, str, strings, type Data } from '../../audit/parse.js';
import { signatureWords } from '../../audit/signatures.js';
import type { ActionTrail, AuditEvent, Trail, TrailCommit } from '../../audit/types.js';
import type { ActionRecord, RuleContext } from '../../engine/types.js';
import { decisionOf, fileDecision, fileReopening, fileReview, personRef, type Period } from './governance.js';
import type { CommitRef, GovernanceRecord, ReviewItem } from './types.js';
import { commitDay, ukDateTime } from './when.js';

/** Shown when a step is in the period by the date it records or by the day it was committed. */
function inPeriod(period: Period, recorded: string | undefined, commit: TrailCommit): boolean {
  const day = commitDay(commit.author.date);
  if (day > period.asOf) return false;
  // A decision typed with an earlier date but committed since the last meeting is news to it too.
  return day >= period.since || (recorded !== undefined && recorded >= period.since && recorded <= period.asOf);
}

function commitRef(c: TrailCommit, named: string | undefined, signer?: string): CommitRef {
  const author = c.person !== undefined
    ? c.before.people.get(c.person)?.name ?? c.person
    : `${c.author.name} <${c.author.email}> (an email not in people.yaml)`;
  const signed = signer === undefined ? undefined : signatureWords(c, keysOf(c.before, signer), signer);
  return {
    commit: c.hash, author, at: c.author.date, when: ukDateTime(c.author.date), notNamed: named !== undefined && c.person !== named,
    ...(c.person !== undefined ? { person: c.person } : {}),
    ...(signed !== undefined ? { signed } : {}),
  };
}

/** The entries a version added to a list (reviews, reopenings), in file order, as events.ts finds them. */
function addedEntries(e: AuditEvent, path: string[]): unknown[] {
  const cur = e.version?.data ?? null;
  const seen = new Set(entryKeys(e.previous?.data ?? null, ...path));
  const holder = path.length > 1 ? mapping(cur, path[0]!) : cur;
  return list(holder, path[path.length - 1]!).filter((entry) => !seen.has(stable(entry)));
}

/** An event that may carry the list entry it added (a trail that records it saves working it out). */
type ListEvent = AuditEvent & { entry?: unknown };

/** Each list event with the entry it added (a commit adding two reviews gives two events, in order). */
function withEntries(events: readonly ListEvent[], kind: 'review' | 'reopened', path: string[]): [AuditEvent, unknown][] {
  const out: [AuditEvent, unknown][] = [];
  const byVersion = new Map<unknown, ListEvent[]>();
  for (const e of events) if (e.kind === kind) byVersion.set(e.version, [...(byVersion.get(e.version) ?? []), e]);
  for (const group of byVersion.values()) {
    const entries = group.every((e) => e.entry !== undefined) ? group.map((e) => e.entry) : addedEntries(group[0]!, path);
    group.forEach((e, i) => out.push([e, entries[i]]));
  }
  return out;
}

/** What became of a decision after it was committed; undefined while it stands. */
function afterwards(action: ActionTrail, e: AuditEvent, current: Data | null): string | undefined {
  const later = action.events.slice(action.events.indexOf(e) + 1).find((x) => x.kind === 'reopened' || x.kind === 'decided' || x.kind === 'deleted');
  if (later?.kind === 'reopened') {
    const entry = (later as ListEvent).entry ?? addedEntries(later, ['reopened'])[0];
    return `reopened on ${str(entry, 'on') ?? commitDay(later.commit.author.date)}`;
  }
  if (later?.kind === 'decided') return `replaced by a later decision (${closureField(later.version?.data ?? null, 'decided_on') ?? commitDay(later.commit.author.date)})`;
  if (later?.kind === 'deleted') return 'the action file was deleted';
  return decisionKey(current) === decisionKey(e.version?.data ?? null) ? undefined : 'no longer in the action file';
}

export function governanceFromTrail(ctx: RuleContext, trail: Trail, period: Period): GovernanceRecord {
  const records = new Map(ctx.actions.map((r) => [r.action.id, r] as const));
  const record: GovernanceRecord = { source: 'git', decisions: [], reviews: [], reopenings: [] };
  for (const action of trail.actions) {
    const readable = action.versions.filter((v) => v.data !== null);
    const live = records.get(action.id);
    const current = live && actionTrailAt(trail, live.file.path) === action ? (live.action as unknown as Data) : null;
    const title = live?.action.title ?? str(readable[readable.length - 1]?.data, 'title') ?? '';
    for (const e of action.events) {
      if (e.kind !== 'decided' || !e.version?.data) continue;
      const data = e.version.data;
      if (!inPeriod(period, closureField(data, 'decided_on'), e.commit)) continue;
      const by = closureField(data, 'decided_by');
      const later = afterwards(action, e, current);
      record.decisions.push({ ...decisionOf(ctx, action.id, title, mapping(data, 'closure') ?? {}), commit: commitRef(e.commit, by, by), ...(later ? { afterwards: later } : {}) });
    }
    for (const [e, entry] of withEntries(action.events, 'review', ['post_closure', 'reviews'])) {
      if (!inPeriod(period, str(entry, 'on'), e.commit)) continue;
      record.reviews.push({ ...reviewOf(ctx, action.id, title, entry), commit: commitRef(e.commit, str(entry, 'by')) });
    }
    for (const [e, entry] of withEntries(action.events, 'reopened', ['reopened'])) {
      if (!inPeriod(period, str(entry, 'on'), e.commit)) continue;
      record.reopenings.push({ id: action.id, title, on: str(entry, 'on') ?? '', by: personRef(ctx, str(entry, 'by')), reason: str(entry, 'reason') ?? '', commit: commitRef(e.commit, str(entry, 'by')) });
    }
  }
  for (const live of ctx.actions) addUncommitted(ctx, trail, live, period, record);
  return record;
}

function reviewOf(ctx: RuleContext, id: string, title: string, entry: unknown): ReviewItem {
  const note = str(entry, 'note');
  return {
    id, title, on: str(entry, 'on') ?? '', by: personRef(ctx, str(entry, 'by')),
    result: str(entry, 'result') === 'deteriorated' ? 'deteriorated' : 'sustained', evidence: strings(entry, 'evidence'),
    ...(note !== undefined ? { note } : {}),
  };
}

/** Steps in the action file that no commit has recorded yet: shown, and said to be outside the trail. */
function addUncommitted(ctx: RuleContext, trail: Trail, live: ActionRecord, period: Period, record: GovernanceRecord): void {
  const a = live.action;
  const committed = [...(actionTrailAt(trail, live.file.path)?.versions ?? [])].reverse().find((v) => v.data !== null)?.data ?? null;
  const inFiles = (on: string | undefined) => on !== undefined && on >= period.since && on <= period.asOf;
  const current = a as unknown as Data;
  if (decisionKey(current) !== undefined && decisionKey(current) !== decisionKey(committed) && inFiles(a.closure?.decided_on)) {
    record.decisions.push({ ...fileDecision(ctx, a), uncommitted: true });
  }
  const reviews = new Set(entryKeys(committed, 'post_closure', 'reviews'));
  for (const r of a.post_closure?.reviews ?? []) {
    if (!reviews.has(stable(r)) && inFiles(r.on)) record.reviews.push({ ...fileReview(ctx, a, r), uncommitted: true });
  }
  const reopened = new Set(entryKeys(committed, 'reopened'));
  for (const r of a.reopened ?? []) {
    if (!reopened.has(stable(r)) && inFiles(r.on)) record.reopenings.push({ ...fileReopening(ctx, a, r), uncommitted: true });
  }
}
