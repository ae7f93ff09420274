// What JSON Schema cannot say but a file still needs before anything can be judged: a provider's
// personal-data pattern must be a JavaScript regular expression the check can use (one that compiles,
// needs at least one character and cannot hang the pre-commit hook), and the targets of an
// action need different ids (uniqueItems compares whole items, not one field). Reported as schema
// problems, at the offending entry, like any other broken field.
import { compileProviderPatterns } from '../personal-data/index.js';
import type { SchemaProblem } from './messages.js';
import type { SchemaName } from './validator.js';

function entries(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

function personalDataPatterns(config: unknown): SchemaProblem[] {
  const sources = entries(field(field(field(config, 'policy'), 'personal_data'), 'patterns'));
  // Entries that are not text, or are empty, break the schema itself, which reports them.
  return compileProviderPatterns(sources).problems
    .filter(({ index }) => typeof sources[index] === 'string' && sources[index] !== '')
    .map(({ index, message }) => ({ path: ['policy', 'personal_data', 'patterns', index], key: false, message }));
}

function distinctTargetIds(action: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const first = new Map<string, number>();
  entries(field(action, 'targets')).forEach((target, i) => {
    const id = field(target, 'id');
    if (typeof id !== 'string') return;
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, i);
      return;
    }
    out.push({
      path: ['targets', i, 'id'], key: false,
      message: `targets item ${i + 1} has the id "${id}", which targets item ${earlier + 1} already uses. Give each target its own id, so every measurement names one target.`,
    });
  });
  return out;
}

const CHECKS: Partial<Record<SchemaName, (data: unknown) => SchemaProblem[]>> = {
  cqc: personalDataPatterns,
  action: distinctTargetIds,
};

/** Problems of `data` that its JSON Schema cannot express; empty when there are none. */
export function problemsBeyondSchema(name: SchemaName, data: unknown): SchemaProblem[] {
  return CHECKS[name]?.(data) ?? [];
}
