// The action templates (src/templates) as seeds for `cqc new`: the template's fields, its period
// for target.due, and an id prefix (MH, SUP, NUT) derived from its name.
import type { ClosureCriteria, Policy } from '../model.js';
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

/** Each minimum a template may set, and the policy setting it may never go below. */
const FLOORS: readonly [keyof ClosureCriteria, keyof Policy][] = [
  ['min_sources', 'min_evidence_sources'], ['sustained_for', 'sustained_for'],
  ['min_categories', 'min_evidence_categories'], ['min_independent', 'min_independent_evidence'],
];

/**
 * The seed with its minimums raised to the provider's policy where the policy asks for more: a
 * template is a starting point, never a way round the policy (criteria-below-policy).
 */
export function seedWithinPolicy(seed: ActionSeed, policy: Policy): ActionSeed {
  const criteria = seed.fields.closure_criteria;
  if (!criteria) return seed;
  const raised: ClosureCriteria = { ...criteria };
  for (const [key, floor] of FLOORS) {
    const own = raised[key];
    const least = policy[floor] as number;
    if (typeof own === 'number' && own < least) (raised as Record<string, unknown>)[key] = least;
  }
  return { ...seed, fields: { ...seed.fields, closure_criteria: raised } };
}
