// An evidence item's life in git, by its id rather than by one file: the item may be moved, or
// deleted and added again under another name, and it is still the same record. Answers "which
// commit first added it" and "what did it say at each step" for the evidence rules.
import { sameValue, str, type Data } from './parse.js';
import type { EvidenceTrail, Trail, TrailCommit } from './types.js';

/** One step in an item's life: its content after the commit, null when the commit deleted it. */
export interface ItemStep {
  commit: TrailCommit;
  path: string;
  /** The mapping it held; null when deleted here; undefined when it could not be read. */
  data: Data | null | undefined;
}

const cache = new WeakMap<Trail, Map<string, EvidenceTrail[]>>();

function idOfPath(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.ya?ml$/, '');
}

/** Every file history that has ever held the evidence item with this id (by file name or `id`). */
export function historiesOf(trail: Trail, id: string): EvidenceTrail[] {
  let byId = cache.get(trail);
  if (!byId) {
    byId = new Map();
    for (const e of trail.evidence) {
      const ids = new Set(e.chain.steps.map((s) => idOfPath(s.path)));
      for (const v of e.versions) {
        const own = str(v.data, 'id');
        if (own !== undefined) ids.add(own);
      }
      for (const each of ids) byId.set(each, [...(byId.get(each) ?? []), e]);
    }
    cache.set(trail, byId);
  }
  return byId.get(id) ?? [];
}

/** The first commit that added a file with this evidence id (following renames), if any did. */
export function addingCommit(trail: Trail, id: string): TrailCommit | undefined {
  let first: number | undefined;
  for (const e of historiesOf(trail, id)) {
    const index = e.chain.steps[0]?.index;
    if (index !== undefined && (first === undefined || index < first)) first = index;
  }
  return first === undefined ? undefined : trail.commits[first];
}

/**
 * Every step of the item, oldest first, across all the files that held it. A file added once and
 * never touched again has no versions in the trail (only changed files are read), so its content is
 * taken from `today` (the work tree, by path) when it still exists there.
 */
export function itemSteps(trail: Trail, id: string, today: (path: string) => Data | undefined): ItemStep[] {
  // Within one commit a deletion comes first: a file removed and another added holding the same
  // item (a move git did not pair up) is the item living on, not deleted.
  const steps: { order: number; step: ItemStep }[] = [];
  for (const e of historiesOf(trail, id)) {
    const unchanged = e.chain.steps.length === 1;
    for (const s of e.chain.steps) {
      const version = e.versions.find((v) => v.step === s);
      const data = s.status === 'D' ? null : version ? (version.broken ? undefined : version.data ?? undefined) : unchanged ? today(s.path) : undefined;
      steps.push({ order: s.index * 2 + (s.status === 'D' ? 0 : 1), step: { commit: trail.commits[s.index]!, path: s.path, data } });
    }
  }
  return steps.sort((a, b) => a.order - b.order).map((s) => s.step);
}

/** Every evidence id the trail knows. */
export function evidenceIds(trail: Trail): string[] {
  historiesOf(trail, '');
  return [...cache.get(trail)!.keys()];
}

/** A commit that changed what a concern said, or removed it. */
export interface ConcernChange {
  id: string;
  commit: TrailCommit;
  kind: 'changed' | 'deleted';
  /** "finding from concern to supports", "measurement". */
  what: string;
  /** recorded_by when the item first recorded a concern. */
  recorder?: string;
  /** The action it belonged to, as it last said. */
  action?: string;
}

const findingOf = (data: Data): unknown => data.finding;
const measurementOf = (data: Data): unknown => data.measurement;

function changedFields(before: Data, after: Data): string[] {
  const out: string[] = [];
  if (!sameValue(findingOf(before), findingOf(after))) out.push(`its finding from ${String(findingOf(before) ?? 'none')} to ${String(findingOf(after) ?? 'none')}`);
  if (!sameValue(measurementOf(before), measurementOf(after))) out.push('its measurement');
  return out;
}

/**
 * Each commit that, once an item had recorded `finding: concern`, changed its finding or
 * measurement or deleted it (SPEC evidence-altered, v2). An item deleted and later added again
 * saying the same is not a change. Who may do so is the rule's business, not this function's.
 */
export function concernChanges(trail: Trail, id: string, today: (path: string) => Data | undefined): ConcernChange[] {
  const out: ConcernChange[] = [];
  // One file added once and never touched: nothing about it can have changed.
  const histories = historiesOf(trail, id);
  if (histories.length === 1 && histories[0]!.chain.steps.length === 1) return out;
  let last: Data | undefined;
  let recorder: string | undefined;
  let concern = false;
  let deletion: ItemStep | undefined;
  const change = (commit: TrailCommit, kind: ConcernChange['kind'], what: string) => {
    const action = last ? str(last, 'action') : undefined;
    out.push({ id, commit, kind, what, ...(recorder !== undefined ? { recorder } : {}), ...(action !== undefined ? { action } : {}) });
  };
  for (const step of itemSteps(trail, id, today)) {
    if (step.data === null) {
      if (concern && last) deletion ??= step;
      continue;
    }
    if (step.data === undefined) continue;
    const fields = concern && last ? changedFields(last, step.data) : [];
    if (fields.length) {
      if (deletion) change(deletion.commit, 'deleted', 'deleted it');
      change(step.commit, 'changed', `changed ${fields.join(' and ')}`);
    }
    deletion = undefined;
    if (!concern && step.data.finding === 'concern') {
      concern = true;
      recorder = str(step.data, 'recorded_by');
    }
    last = step.data;
  }
  if (deletion) change(deletion.commit, 'deleted', 'deleted it');
  return out;
}
