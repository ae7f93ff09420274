// A rule's finding on an imported action points at a line of the YAML cqc was about to write; the
// person importing knows only their spreadsheet. This maps that line back to the column it came from.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Pair } from 'yaml';
import type { ExportColumn } from './columns.js';

/** Where each column's value lands in an imported action (see importedAction). */
const FIELDS: readonly [readonly string[], ExportColumn][] = [
  [['id'], 'id'], [['title'], 'title'], [['location'], 'location'], [['raised'], 'raised'],
  [['source'], 'source'], [['source_ref'], 'source_ref'], [['theme'], 'theme'],
  [['quality_statements'], 'quality_statements'], [['regulations'], 'regulations'], [['risk_areas'], 'risk_areas'],
  [['owner'], 'owner'],
  [['target', 'measure'], 'target_measure'], [['target', 'unit'], 'target_unit'], [['target', 'goal'], 'target_goal'],
  [['target', 'direction'], 'target_direction'], [['target', 'due'], 'target_due'],
  [['closure_criteria', 'required_evidence'], 'required_evidence'],
  [['closure_criteria', 'reviewer'], 'reviewer'], [['closure_criteria', 'approver'], 'approver'],
  [['status'], 'status'],
];

interface Span { from: number; to: number; column: ExportColumn }

/** The column whose value covers `line` (1-based) in the action's text, if one does. */
export function columnAtLine(text: string): (line: number | undefined) => ExportColumn | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const spans: Span[] = [];
  for (const [path, column] of FIELDS) {
    const pair = pairAt(doc.contents, path);
    const keyRange = (pair?.key as { range?: [number, number, number] } | null)?.range;
    const valueRange = (pair?.value as { range?: [number, number, number] } | null)?.range;
    if (!keyRange) continue;
    const end = valueRange ? Math.max(valueRange[0], valueRange[1] - 1) : keyRange[1];
    spans.push({ from: lines.linePos(keyRange[0]).line, to: lines.linePos(end).line, column });
  }
  return (line) => (line === undefined ? undefined : spans.find((s) => s.from <= line && line <= s.to)?.column);
}

function pairAt(node: unknown, path: readonly string[]): Pair | undefined {
  let current = node;
  let found: Pair | undefined;
  for (const key of path) {
    if (!isMap(current)) return undefined;
    found = current.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
    if (!found) return undefined;
    current = found.value;
  }
  return found;
}
