// Turn ajv's errors into plain sentences anchored at the YAML node that is wrong.
import type { ErrorObject } from 'ajv';
import { addDuration, isCalendarDate } from '../dates.js';
import { withholdPersonalData } from '../personal-data/index.js';
import { DEFAULT_HOLD_RETURN } from '../policy.js';
import type { DataPath } from '../repo/source.js';
import { closest } from '../suggest.js';

export interface SchemaProblem { path: DataPath; key: boolean; message: string }

const PATTERN_HINTS: Record<string, string> = {
  '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$': 'capital letters and digits in hyphen-separated groups, e.g. MH-001 or MH-001-E03',
  '^[a-z0-9][a-z0-9._-]*$': 'lower-case letters, digits and hyphens, e.g. priya-patel or rose-house',
  '^[a-z0-9]+(-[a-z0-9]+)*$': 'lower-case letters and digits in groups joined by single hyphens, e.g. screening or moving-and-handling',
  '^1-[0-9]{5,11}$': 'the CQC location ID as CQC writes it, "1-" then 5 to 11 digits, e.g. "1-123456789" (find it on the location\'s page on the CQC website)',
};

/**
 * Fields whose absence deserves more than "add it": the ones contract v2 made required, each with
 * why it matters and what to write. Keyed by schema name, the label of the block holding the field
 * ('' for the top of the file) and the missing field.
 */
const MISSING_HINTS: Record<string, (data: unknown, path: DataPath) => SchemaProblem> = {
  'evidence||recorded_by': (_data, path) => ({
    path, key: false,
    message: 'This evidence item is missing "recorded_by": the id in people.yaml of whoever gathered or recorded it, e.g. "recorded_by: priya-patel". Every item needs one, so a closure can show evidence recorded by someone other than the action\'s owner.',
  }),
  'evidence||from': (_data, path) => ({
    path: [...path, 'type'], key: false,
    message: 'Feedback needs "from": who gave it, which decides the CQC evidence category it counts towards. Add "from: people" (people using the service and their families), "from: staff" (staff and leaders) or "from: partners" (other professionals and organisations).',
  }),
  'action|closure|return_by': (data, path) => {
    const decidedOn = valueAt(data, [...path, 'decided_on']);
    const example = typeof decidedOn === 'string' && isCalendarDate(decidedOn) ? addDuration(decidedOn, DEFAULT_HOLD_RETURN) : '2026-11-17';
    return {
      path: [...path, 'decision'], key: false,
      message: `A hold needs "return_by": the date governance will decide again (YYYY-MM-DD), so the held action cannot drift. Add it under closure, e.g. "return_by: ${example}" (four weeks after the decision, as cqc hold records it unless told otherwise).`,
    };
  },
};

/** "action", "evidence", … from a published schema's $id. */
function schemaName(schema: object): string {
  const id = (schema as { $id?: unknown }).$id;
  return typeof id === 'string' ? id.replace(/^.*\//, '').replace(/\.schema\.json$/, '') : '';
}

interface ExclusiveSchema { description?: string; required?: string[] }

/**
 * For a "not" error: the pair of fields that may not be used together and the reason, from the
 * schema's own `not: { required: [...] }` (directly or in allOf) whose fields are all present.
 */
function exclusion(node: SchemaNode | undefined, value: unknown): ExclusiveSchema | undefined {
  const candidates = [node?.not, ...(node?.allOf ?? []).map((s) => s.not)];
  const present = value && typeof value === 'object' ? value as Record<string, unknown> : {};
  return candidates.find((n): n is ExclusiveSchema => !!n?.required?.length && n.required.every((k) => k in present));
}

/** Convert an ajv instance path ("/steps/0/role") to data path segments, numbers for array items. */
export function toDataPath(instancePath: string, data: unknown): (string | number)[] {
  if (!instancePath) return [];
  const out: (string | number)[] = [];
  let node: unknown = data;
  for (const raw of instancePath.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const i = Number(seg);
      out.push(i);
      node = node[i];
    } else {
      out.push(seg);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** "closure.decided_by", "steps item 2 → role"; "" for the top of the file. */
export function fieldLabel(path: DataPath): string {
  let label = '';
  for (const seg of path) {
    if (typeof seg === 'number') label += ` item ${seg + 1}`;
    else if (!label) label = seg;
    else label += /item \d+$/.test(label) ? ` → ${seg}` : `.${seg}`;
  }
  return label;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let node = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string | number, unknown>)[seg] : undefined;
  return node;
}

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  description?: string;
  not?: ExclusiveSchema;
  allOf?: { not?: ExclusiveSchema }[];
}

/**
 * The schema node that governs the data at `path`, following local $refs. Walking the data path
 * (not ajv's schemaPath, which is relative to whichever compiled function reported it) gives the
 * same answer with run-time and precompiled validators.
 */
function schemaAtData(schema: object, path: DataPath): SchemaNode | undefined {
  const root = schema as SchemaNode & Record<string, unknown>;
  const deref = (n: SchemaNode | undefined): SchemaNode | undefined => {
    for (let i = 0; n?.$ref?.startsWith('#/') && i < 10; i++) {
      let target: unknown = root;
      for (const seg of n.$ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[seg];
      n = target as SchemaNode | undefined;
    }
    return n;
  };
  let node = deref(root);
  for (const seg of path) node = deref(typeof seg === 'number' ? node?.items : node?.properties?.[seg]);
  return node;
}

/** Says a value was withheld instead of quoting it: no message may repeat a person's identifier. */
const WITHHELD_VALUE = 'a value withheld from this message because it looks like personal data';

function looksPersonal(value: string): boolean {
  return withholdPersonalData(value) !== value;
}

function show(value: unknown): string {
  if (typeof value === 'string' && looksPersonal(value)) return WITHHELD_VALUE;
  if (typeof value === 'number' && looksPersonal(String(value))) return WITHHELD_VALUE;
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of fields';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false',
  array: 'a list', object: 'a block of fields', null: 'empty',
};

function describe(e: ErrorObject, path: DataPath, data: unknown, schema: object): SchemaProblem | null {
  const field = fieldLabel(path);
  const where = field || 'The file';
  const value = valueAt(data, path);
  const parentSchema = schemaAtData(schema, path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys(parentSchema?.properties ?? {});
      const guess = closest(extra, allowed);
      const inWhat = field ? ` in ${field}` : '';
      const hint = guess ? `Did you mean "${guess}"?` : `Allowed here: ${allowed.join(', ')}.`;
      if (looksPersonal(extra)) {
        return { path: [...path, extra], key: true, message: `Unknown field${inWhat}, its name withheld from this message because it looks like personal data: remove it from the record. Allowed here: ${allowed.join(', ')}.` };
      }
      return { path: [...path, extra], key: true, message: `Unknown field "${extra}"${inWhat}. ${hint} Fields of your own must start with "x-".` };
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      if (path.length === 0 && (data === null || data === undefined)) return null;
      const hint = MISSING_HINTS[`${schemaName(schema)}|${field}|${missing}`];
      if (hint) return hint(data, path);
      return { path, key: path.length > 0, message: `${field ? field : 'This record'} is missing the required field "${missing}". Add it.` };
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      // YAML reads [12, 17] as numbers; the allowed values are text ("12", "20A").
      if (typeof value === 'number' && allowed.includes(String(value))) {
        return { path, key: false, message: `${where} is the number ${value}, but it must be text: put quotes around it, "${value}".` };
      }
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return { path, key: false, message: `${where} is ${show(value)}, which is not allowed. Use one of: ${allowed.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}.` };
    }
    case 'const':
      return { path, key: false, message: `${where} must be ${show((e.params as { allowedValue: unknown }).allowedValue)}; found ${show(value)}.` };
    case 'type': {
      if (path.length === 0) {
        const empty = value === null || value === undefined;
        return { path, key: false, message: empty ? 'The file is empty. Fill in the record (see "cqc schema" for the fields), or delete the file.' : `The file must hold a block of fields (key: value lines); found ${show(value)}.` };
      }
      const want = String((e.params as { type: string | string[] }).type).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      const extra = typeof value === 'number' && want === 'text' ? ' Put quotes around it, e.g. "12".' : '';
      return { path, key: false, message: `${where} must be ${want}; found ${show(value)}.${extra}` };
    }
    case 'format': {
      const format = (e.params as { format: string }).format;
      const how: Record<string, string> = {
        date: 'a real calendar date written YYYY-MM-DD, e.g. 2026-09-01',
        duration: 'an ISO 8601 duration such as P90D (90 days), P6W (6 weeks) or P3M (3 months)',
        email: 'an email address such as name@example.org',
      };
      return { path, key: false, message: `${where} is ${show(value)}, which is not ${how[format] ?? `a valid ${format}`}.` };
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const hint = PATTERN_HINTS[pattern] ?? `the pattern ${pattern}`;
      return { path, key: false, message: `${where} is ${show(value)}, which is not in the right form: use ${hint}.` };
    }
    case 'minimum': case 'exclusiveMinimum': case 'maximum': case 'exclusiveMaximum': {
      const p = e.params as { comparison: string; limit: number };
      const words: Record<string, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than' };
      return { path, key: false, message: `${where} must be ${words[p.comparison] ?? p.comparison} ${p.limit}; found ${show(value)}.` };
    }
    case 'minItems':
      return { path, key: false, message: `${where} must list at least ${(e.params as { limit: number }).limit} item(s).` };
    case 'maxItems':
      return { path, key: false, message: `${where} may list at most ${(e.params as { limit: number }).limit} item(s).` };
    case 'minLength':
      return { path, key: false, message: `${where} must not be empty.` };
    case 'maxLength':
      return { path, key: false, message: `${where} is too long (at most ${(e.params as { limit: number }).limit} characters).` };
    case 'uniqueItems': {
      const p = e.params as { i: number; j: number };
      return { path: [...path, p.i], key: false, message: `${where} lists the same entry twice (items ${p.j + 1} and ${p.i + 1}). Remove the duplicate.` };
    }
    case 'dependentRequired': {
      const p = e.params as { property: string; missingProperty: string };
      return { path, key: false, message: `${where} has "${p.property}" but not "${p.missingProperty}"; give both.` };
    }
    case 'oneOf': case 'anyOf':
      return { path, key: false, message: `${where} does not match any allowed form.${parentSchema?.description ? ' ' + parentSchema.description : ''}` };
    case 'not': {
      const rule = exclusion(parentSchema, value);
      if (rule?.description && rule.required) {
        // At the last of the clashing fields: usually the one added second.
        return { path: [...path, rule.required[rule.required.length - 1]!], key: true, message: rule.description };
      }
      return { path, key: false, message: `${where} combines fields that cannot be used together.${parentSchema?.description ? ' ' + parentSchema.description : ''}` };
    }
    case 'if': case 'then': case 'else':
      return null;
    default:
      return { path, key: false, message: `${where}: ${e.message ?? 'is not valid'}.` };
  }
}

/** Plain-English problems, one per real violation (branch noise from oneOf/anyOf folded into one). */
export function schemaProblems(errors: ErrorObject[], data: unknown, schema: object): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (/\/(oneOf|anyOf|not)\/\d+\//.test(e.schemaPath) || /\/(oneOf|anyOf)\/\d+$/.test(e.schemaPath)) continue;
    const p = describe(e, toDataPath(e.instancePath, data), data, schema);
    if (!p) continue;
    const k = JSON.stringify([p.path, p.message]);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out;
}
