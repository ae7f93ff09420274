import { ruleMeta, type RuleMeta } from './catalogue.js';

/** The catalogue entry for a rule id; throws at start-up if a rule file names an id SPEC.md lacks. */
export function meta(id: string): RuleMeta {
  const m = ruleMeta(id);
  if (!m) throw new Error(`rule ${id} is not in the catalogue`);
  return m;
}
