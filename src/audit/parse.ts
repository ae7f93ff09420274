// Old versions of a record are read exactly as today's files are (SourceFile: the fast core-schema
// reader, falling back to yaml 1.2 for anything unusual), but tolerantly: a version that was broken
// when committed is noted as broken, never an error.
import { SourceFile } from '../repo/source.js';

export type Data = Record<string, unknown>;

/** The mapping a YAML text holds, or null when it is not valid YAML or not a mapping. */
export function parseVersion(text: string, path = 'history.yaml'): Data | null {
  try {
    const file = new SourceFile(path, text);
    return file.syntax.length === 0 ? mapping(file.data) ?? null : null;
  } catch {
    return null;
  }
}

export function str(data: unknown, key: string): string | undefined {
  const v = mapping(data)?.[key];
  if (typeof v === 'string') return v;
  // A date YAML 1.2 reads as a string; numbers and booleans are shown as written.
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function num(data: unknown, key: string): number | undefined {
  const v = mapping(data)?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function mapping(data: unknown, key?: string): Data | undefined {
  const v = key === undefined ? data : (data as Data | null | undefined)?.[key];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Data) : undefined;
}

export function list(data: unknown, key: string): unknown[] {
  const v = mapping(data)?.[key];
  return Array.isArray(v) ? v : [];
}

export function strings(data: unknown, key: string): string[] {
  return list(data, key).filter((x): x is string => typeof x === 'string');
}

/** A stable text for comparing two values regardless of key order. */
export function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stable((value as Data)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Whether two values are equal, regardless of key order (as stable() would say, without building text). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return stable(a) === stable(b);
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameValue((a as Data)[k], (b as Data)[k]));
}
