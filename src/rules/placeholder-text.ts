// A template's "Replace this with what was found" is not a finding: an action still carrying it
// tells governance nothing about what was wrong, so it must not reach a closure decision.
import type { Rule, RuleMeta } from '../engine/types.js';
import type { Finding } from '../model.js';
import type { DataPath, SourceFile } from '../repo/source.js';
import { fieldLabel } from '../schema/messages.js';
import { PLACEHOLDER } from '../templates/placeholder.js';
import { findingAt } from './finding.js';

const META: RuleMeta = {
  id: 'placeholder-text',
  severity: 'warning',
  stage: 'structure',
  description: "A text field still holds a template's placeholder; cqc close refuses while one stands.",
  blocksClose: true,
};

const MARK = PLACEHOLDER.toLowerCase();

/** Every text value of a record with its path, in file order. */
function texts(value: unknown, path: DataPath = []): [DataPath, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, [...path, k]));
  return [];
}

/** The placeholder's first two words, across any line break YAML folds into a space. */
const OPENING = new RegExp(PLACEHOLDER.split(/\s+/).slice(0, 2).join('\\s+'), 'i');

/**
 * The shipped templates' words, or SPEC's own example of a placeholder, "Replace this …" (with an
 * ellipsis, as a form leaves it). Real text that starts the same way ("Replace this hoist sling")
 * has no ellipsis there and is left alone.
 */
const ELLIPSIS_FORM = new RegExp(`${OPENING.source}\\s*(?:…|\\.\\.\\.)`, 'i');

function isPlaceholder(text: string): boolean {
  return text.toLowerCase().includes(MARK) || ELLIPSIS_FORM.test(text);
}

function placeholders(file: SourceFile, data: unknown, action: string): Finding[] {
  // Most records never held it: a glance at the raw text spares walking every value of them.
  if (!OPENING.test(file.text)) return [];
  return texts(data).filter(([, text]) => isPlaceholder(text)).map(([path]) =>
    findingAt(META, file, path,
      `${fieldLabel(path)} still holds the template's placeholder ("${PLACEHOLDER} …"). Write what was actually found in its place, in your own words, before the action goes to governance: cqc close refuses while the placeholder stands.`,
      action));
}

export const placeholderText: Rule = {
  meta: META,
  check(ctx) {
    return [
      ...ctx.actions.flatMap(({ file, action }) => placeholders(file, action, action.id)),
      ...ctx.evidence.flatMap(({ file, evidence }) => placeholders(file, evidence, evidence.action)),
    ];
  },
};
