// Earlier versions of an example action file, derived from its final text by taking blocks out.
// Editing the text (not re-serialising parsed YAML) keeps comments and layout byte for byte, so
// the demo's last commit reproduces examples/ exactly. Works on the layout examples/ uses:
// two-space indentation and no blank lines inside a block (a flow list may run on over lines).
import type { ActionStatus } from '../model.js';

/** How far an action had got at one point in the story. */
export interface ActionStage {
  status: ActionStatus;
  /** 'recommended' keeps only the recommendation; 'decided' keeps the whole closure block. */
  closure?: 'recommended' | 'decided';
  /** Keep post_closure.reviews (only meaningful once decided). */
  reviews?: boolean;
  /** The evidence listed at this stage, when it differs from the final list (written as a flow list). */
  evidenceReviewed?: string[];
}

const RECOMMENDATION_KEYS = new Set(['recommended_by', 'recommended_on', 'evidence_reviewed']);

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Line range [start, end) of the entry at `path` (mapping keys), or undefined if absent. */
function entryRange(lines: string[], path: string[]): [number, number] | undefined {
  let from = 0;
  let to = lines.length;
  let indent = 0;
  let range: [number, number] | undefined;
  for (const key of path) {
    const prefix = `${' '.repeat(indent)}${key}:`;
    let start = -1;
    for (let i = from; i < to; i++) {
      const line = lines[i] ?? '';
      if (line.startsWith(prefix) && (line.length === prefix.length || line[prefix.length] === ' ')) {
        start = i;
        break;
      }
    }
    if (start < 0) return undefined;
    let end = start + 1;
    while (end < to && (lines[end] ?? '').trim() !== '' && indentOf(lines[end] ?? '') > indent) end++;
    range = [start, end];
    from = start + 1;
    to = end;
    indent += 2;
  }
  return range;
}

function dropEntry(lines: string[], path: string[]): string[] {
  const range = entryRange(lines, path);
  if (!range) return lines;
  return [...lines.slice(0, range[0]), ...lines.slice(range[1])];
}

/** Keys directly under a top-level mapping, in file order. */
function childKeys(lines: string[], parent: string): string[] {
  const range = entryRange(lines, [parent]);
  if (!range) return [];
  return lines
    .slice(range[0] + 1, range[1])
    .filter((line) => indentOf(line) === 2 && /^ {2}[a-z_]+:/.test(line))
    .map((line) => line.trim().split(':')[0] ?? '');
}

/**
 * The action file as it stood on `on` (YYYY-MM-DD): status set, steps finished later shown as
 * not done, and the closure, post-closure and review blocks present only once recorded.
 */
export function actionAsOf(finalText: string, on: string, stage: ActionStage): string {
  let lines = finalText.split('\n');
  const statusLines = lines.filter((line) => line.startsWith('status: '));
  if (statusLines.length !== 1) throw new Error('An example action file must have exactly one top-level status line.');
  lines = lines.map((line) => (line.startsWith('status: ') ? `status: ${stage.status}` : line));
  lines = lines.filter((line) => {
    const done = /^\s+done: (\d{4}-\d{2}-\d{2})$/.exec(line);
    return !done || (done[1] ?? '') <= on;
  });
  if (!stage.closure) {
    lines = dropEntry(lines, ['closure']);
  } else if (stage.closure === 'recommended') {
    for (const key of childKeys(lines, 'closure')) {
      if (!RECOMMENDATION_KEYS.has(key)) lines = dropEntry(lines, ['closure', key]);
    }
  }
  const reviewed = stage.evidenceReviewed ? entryRange(lines, ['closure', 'evidence_reviewed']) : undefined;
  if (stage.evidenceReviewed && reviewed) {
    const listed = `  evidence_reviewed: [${stage.evidenceReviewed.join(', ')}]`;
    lines = [...lines.slice(0, reviewed[0]), listed, ...lines.slice(reviewed[1])];
  }
  if (stage.closure !== 'decided') lines = dropEntry(lines, ['post_closure']);
  if (!stage.reviews) lines = dropEntry(lines, ['post_closure', 'reviews']);
  return lines.join('\n');
}
