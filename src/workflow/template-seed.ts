// The action templates (src/templates) as seeds for `cqc new`: the template's fields, its period
// for target.due, and an id prefix (MH, SUP, NUT) derived from its name.
import { TEMPLATES, templateByName, type ActionTemplate } from '../templates/index.js';
import type { ActionSeed } from './action-builder.js';

/** moving-and-handling → MH, supervision → SUP, nutrition → NUT. */
export function prefixOf(name: string): string {
  const words = name.split('-').filter((w) => w && w !== 'and' && w !== 'of');
  return (words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? 'ACT').slice(0, 3)).toUpperCase();
}

function toSeed(t: ActionTemplate): ActionSeed {
  const { name, summary, targetPeriod, ...fields } = t;
  return { name, description: summary, prefix: prefixOf(name), period: targetPeriod, fields };
}

export function listSeeds(): ActionSeed[] {
  return TEMPLATES.map(toSeed);
}

export function seedByName(name: string): ActionSeed | undefined {
  const t = templateByName(name);
  return t ? toSeed(t) : undefined;
}
