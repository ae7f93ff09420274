// What a commit changed in people.yaml or cqc.yaml, in plain words. Any change counts (contract v2):
// a new person, a name, a location, a provider's own `x-` field; a path, the framework, a location
// list, a policy setting. Each difference has a key, so a merge's own changes are those it made
// against every parent.
import type { Registry } from './types.js';
import { keyText } from './registry.js';
import { mapping, sameValue, type Data } from './parse.js';

export interface RegisterDiff {
  /** What changed, independent of the values: "roles:dan-jones", "policy.min_evidence_sources". */
  key: string;
  words: string;
  /** The person whose entry changed. */
  person?: string;
  /** The cqc.yaml key that changed. */
  field?: string[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => sameValue([...a].sort(), [...b].sort());
const lower = (xs: readonly string[] | undefined): string[] => (xs ?? []).map((x) => x.toLowerCase());

function describe(old: readonly string[], now: readonly string[]): string {
  const added = now.filter((x) => !old.includes(x));
  const removed = old.filter((x) => !now.includes(x));
  return [added.length ? `added ${added.join(', ')}` : '', removed.length ? `removed ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
}

function where(locations: readonly string[] | undefined): string {
  return locations === undefined ? 'group-wide' : `only at ${locations.join(', ') || 'no location'}`;
}

/** Every difference between two people.yaml versions, person by person. */
export function peopleDiffs(before: Registry, after: Registry): RegisterDiff[] {
  const out: RegisterDiff[] = [];
  const note = (person: string, aspect: string, words: string) => out.push({ key: `${aspect}:${person}`, words, person });
  for (const [id, old] of before.people) {
    const now = after.people.get(id);
    if (!now) { note(id, 'removed', `removed ${id}`); continue; }
    const seen = out.length;
    if (!sameSet(old.roles ?? [], now.roles ?? [])) note(id, 'roles', `roles of ${id}: ${describe(old.roles ?? [], now.roles ?? [])}`);
    if (!sameSet(lower(old.emails), lower(now.emails))) note(id, 'emails', `emails of ${id}: ${describe(lower(old.emails), lower(now.emails))}`);
    if (!sameSet((old.signing_keys ?? []).map(keyText), (now.signing_keys ?? []).map(keyText))) note(id, 'keys', `signing keys of ${id} changed`);
    if (!sameValue(old.locations?.slice().sort(), now.locations?.slice().sort())) note(id, 'locations', `locations of ${id}: ${where(old.locations)} → ${where(now.locations)}`);
    if (old.name !== now.name) note(id, 'name', `name of ${id} changed`);
    if (out.length === seen && !sameValue(otherFields(before.entries.get(id)), otherFields(after.entries.get(id)))) note(id, 'entry', `the entry of ${id} changed`);
  }
  for (const [id, now] of after.people) {
    if (before.people.has(id)) continue;
    const roles = now.roles ?? [];
    note(id, 'added', `added ${id} ${roles.length ? `with the role${roles.length > 1 ? 's' : ''} ${roles.join(', ')}` : 'with no role'}${now.locations ? ` (${where(now.locations)})` : ''}`);
    for (const e of lower(now.emails)) {
      const holder = before.byEmail.get(e);
      if (holder !== undefined && holder !== id) note(id, 'email-taken', `added ${id} with the email ${e}, which belongs to ${holder}`);
    }
  }
  return out;
}

const COMPARED = new Set(['id', 'name', 'roles', 'emails', 'signing_keys', 'locations']);

/** The fields of an entry not compared one by one above (a provider's own `x-` fields). */
function otherFields(entry: unknown): Data {
  return Object.fromEntries(Object.entries(mapping(entry) ?? {}).filter(([k]) => !COMPARED.has(k)));
}

function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function valueChange(path: string[], before: unknown, after: unknown): RegisterDiff {
  const name = path.join('.');
  const [a, b] = [shown(before), shown(after)];
  const words = before === undefined ? `${name} set${b ? ` to ${b}` : ''}`
    : after === undefined ? `${name} removed${a ? ` (was ${a})` : ''}`
      : a && b ? `${name} changed from ${a} to ${b}` : `${name} changed`;
  return { key: name, words, field: path };
}

/** Every difference between two cqc.yaml versions: top-level keys, and each policy setting. */
export function configDiffs(before: Data | null, after: Data | null): RegisterDiff[] {
  const out: RegisterDiff[] = [];
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  for (const key of keys) {
    const [b, a] = [before?.[key], after?.[key]];
    if (sameValue(b, a)) continue;
    const [pb, pa] = [mapping(b), mapping(a)];
    if (key === 'policy' && (pb || pa)) {
      for (const k of [...new Set([...Object.keys(pa ?? {}), ...Object.keys(pb ?? {})])]) {
        if (!sameValue(pb?.[k], pa?.[k])) out.push(valueChange(['policy', k], pb?.[k], pa?.[k]));
      }
    } else out.push(valueChange([key], b, a));
  }
  return out;
}
