// The governance steps of one action, read from the differences between its committed versions.
import { weakenings } from './criteria.js';
import { closureField, decisionKey, entryKeys, recommendationKey } from './closure-keys.js';
import { list, mapping, sameValue, stable, str, type Data } from './parse.js';
import type { AuditEvent, EventKind, Version } from './types.js';

const EMPTY: Data = {};

export function actionEvents(id: string, versions: readonly Version[]): AuditEvent[] {
  const events: AuditEvent[] = [];
  let previous: Version | null = null;
  let deletedBefore = false;
  for (const version of versions) {
    const add = (kind: EventKind, detail: string, extra: Partial<AuditEvent> = {}) => {
      events.push({ kind, action: id, commit: version.commit, path: version.step.path, detail, version, ...(previous ? { previous } : {}), ...extra });
    };
    if (version.data === null && !version.broken) {
      add('deleted', 'action file deleted');
      previous = null;
      deletedBefore = true;
      continue;
    }
    if (version.step.status === 'R') add('renamed', `file renamed from ${version.step.oldPath ?? '?'}`);
    // A version that was not valid YAML says nothing; the next readable one is compared with the last.
    if (version.data === null) continue;
    const cur = version.data;
    const prev = previous?.data ?? null;
    const status = str(cur, 'status');
    if (prev === null) {
      add(deletedBefore ? 'restored' : 'raised', `${deletedBefore ? 'restored' : 'raised'} with status ${status ?? 'unknown'}`, status !== undefined ? { to: status } : {});
    } else if (str(prev, 'status') !== status) {
      add('status', `status ${str(prev, 'status') ?? 'unknown'} → ${status ?? 'unknown'}`, { from: str(prev, 'status') ?? 'unknown', to: status ?? 'unknown' });
    }
    if (prev !== null && !sameValue([cur.target, cur.closure_criteria], [prev.target, prev.closure_criteria])) {
      const weakened = weakenings(prev, cur, version.commit.before.policy);
      add('criteria', weakened.length ? `criteria weakened: ${weakened.map((w) => w.what).join('; ')}` : 'target or closure criteria changed', { weakened });
    }
    stepEvents(cur, prev ?? EMPTY, add);
    previous = version;
    deletedBefore = false;
  }
  return events;
}

type Add = (kind: EventKind, detail: string, extra?: Partial<AuditEvent>) => void;

function stepEvents(cur: Data, prev: Data, add: Add): void {
  const rec = recommendationKey(cur);
  if (rec !== undefined && rec !== recommendationKey(prev)) {
    const by = closureField(cur, 'recommended_by');
    const on = closureField(cur, 'recommended_on');
    add('recommended', `closure recommended${on ? ` on ${on}` : ''} by ${by ?? 'nobody named'}`, by !== undefined ? { named: by } : {});
  }
  const dec = decisionKey(cur);
  if (dec !== undefined && dec !== decisionKey(prev)) {
    const by = closureField(cur, 'decided_by');
    const on = closureField(cur, 'decided_on');
    const what = closureField(cur, 'decision') ?? 'close';
    add('decided', `closure decided (${what})${on ? ` on ${on}` : ''} by ${by ?? 'nobody named'}`, by !== undefined ? { named: by } : {});
  }
  newEntries(cur, prev, ['waivers'], (w) => add('waiver', `waiver of ${str(w, 'rule') ?? '?'} approved by ${str(w, 'approved_by') ?? 'nobody named'}`, named(w, 'approved_by')));
  newEntries(cur, prev, ['post_closure', 'reviews'], (r) => add('review', `post-closure review on ${str(r, 'on') ?? '?'}: ${str(r, 'result') ?? '?'}`, named(r, 'by')));
  newEntries(cur, prev, ['reopened'], (r) => add('reopened', `reopened on ${str(r, 'on') ?? '?'}: ${str(r, 'reason') ?? ''}`.trim(), named(r, 'by')));
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
