// How the trail recognises "the same" recommendation, decision or list entry across versions.
import { list, mapping, stable, str, type Data } from './parse.js';

/** The recorded decision (who, when, what, and for a hold when it returns); undefined when none is recorded. */
export function decisionKey(data: Data | null): string | undefined {
  const c = mapping(data, 'closure');
  const parts = [str(c, 'decided_by'), str(c, 'decided_on'), str(c, 'decision'), str(c, 'return_by')];
  return parts[0] === undefined && parts[2] === undefined ? undefined : stable(parts);
}

export function recommendationKey(data: Data | null): string | undefined {
  const c = mapping(data, 'closure');
  const parts = [str(c, 'recommended_by'), str(c, 'recommended_on')];
  return parts[0] === undefined ? undefined : stable(parts);
}

/** Entries of a list (waivers, reviews, reopened) as comparable texts. */
export function entryKeys(data: Data | null, ...path: string[]): string[] {
  const last = path[path.length - 1] ?? '';
  let at: unknown = data;
  for (const part of path.slice(0, -1)) at = mapping(at, part);
  return list(at, last).map(stable);
}

export function closureField(data: Data | null, key: string): string | undefined {
  return str(mapping(data, 'closure'), key);
}
