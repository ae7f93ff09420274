// Edits to a record's YAML document that keep the user's comments, key order and styles. Keys the
// record lacks go where SPEC.md puts them, so a file edited by cqc still reads in the usual order.
import { isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, type Document } from 'yaml';

const isPlain = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** SPEC.md key order, per map of an action file. */
export const ACTION_ORDER: Record<string, readonly string[]> = {
  '': ['id', 'title', 'location', 'raised', 'source', 'baseline', 'quality_statements', 'regulations', 'risk_areas',
    'owner', 'target', 'closure_criteria', 'steps', 'monitoring', 'status', 'closure', 'post_closure', 'reopened', 'waivers'],
  closure: ['recommended_by', 'recommended_on', 'decided_by', 'decided_on', 'decision', 'evidence_reviewed', 'minutes', 'rationale'],
  post_closure: ['review_due', 'reviews'],
};

function keyOf(pair: unknown): string | undefined {
  const key = (pair as Pair).key;
  return key instanceof Scalar ? String(key.value) : typeof key === 'string' ? key : undefined;
}

/** Insert `key: value` into `map` after the last existing key that comes before it in `order`. */
function insertOrdered(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  const rank = order.indexOf(key);
  const node = doc.createNode(value);
  const pair = doc.createPair(key, node);
  let at = map.items.length;
  if (rank >= 0) {
    at = 0;
    map.items.forEach((p, i) => {
      const r = order.indexOf(keyOf(p) ?? '');
      if (r >= 0 && r < rank) at = i + 1;
    });
  }
  map.items.splice(at, 0, pair);
}

/** Set the value at `path` (map keys only), creating missing maps in SPEC order. */
export function setOrdered(doc: Document, path: readonly string[], value: unknown, orders = ACTION_ORDER): void {
  let map: unknown = doc.contents;
  for (const [i, key] of path.entries()) {
    if (!isMap(map)) throw new Error('the record is not a YAML map');
    const here: YAMLMap = map;
    const order = orders[path.slice(0, i).join('.')] ?? [];
    const find = () => here.items.find((p) => keyOf(p) === key);
    const existing = find();
    if (i === path.length - 1) {
      if (existing && isScalar(existing.value) && isPlain(value)) existing.value.value = value; // keeps its comment
      else if (existing) existing.value = doc.createNode(value);
      else insertOrdered(doc, here, key, value, order);
      return;
    }
    if (!existing) insertOrdered(doc, here, key, new YAMLMap(doc.schema), order);
    else if (!isMap(existing.value)) existing.value = new YAMLMap(doc.schema);
    map = find()!.value;
  }
}

/** Remove the key at `path` if present. */
export function deleteAt(doc: Document, path: readonly string[]): void {
  if (doc.hasIn(path)) doc.deleteIn(path);
}

/** Append `item` to the list at `path`, creating the list in SPEC order when it is missing. */
export function appendOrdered(doc: Document, path: readonly string[], item: unknown, orders = ACTION_ORDER): void {
  const seq = doc.getIn(path, true);
  if (isSeq(seq)) {
    seq.items.push(doc.createNode(item));
    return;
  }
  setOrdered(doc, path, [item], orders);
}

/** A list written inline, `[MH-001-E02, MH-001-E05]`, as SPEC.md shows short id lists. */
export function flowList(doc: Document, items: readonly string[]): unknown {
  const node = doc.createNode([...items]);
  node.flow = true;
  return node;
}
