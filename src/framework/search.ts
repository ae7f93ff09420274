// Finding a quality statement from what a person types: its id, the words of its title, or a near
// miss of either. Used for "did you mean" in messages and for the search in `cqc new`.
import { closest } from '../suggest.js';
import type { Framework, QualityStatement } from './read-framework.js';
import { slugOfTitle } from './slug.js';

/** The forms a person might type for a statement, each mapped to its id. */
function forms(fw: Framework): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of fw.statements.values()) {
    for (const form of [s.id, s.id.slice(s.id.indexOf('.') + 1), slugOfTitle(s.title)]) if (!out.has(form)) out.set(form, s.id);
  }
  for (const [alias, id] of fw.aliases) if (!out.has(alias)) out.set(alias, id);
  return out;
}

/** The statement `typed` most likely meant (an exact title or slug, a near miss), or undefined. */
export function guessStatement(fw: Framework, typed: string): string | undefined {
  const key = slugOfTitle(typed);
  const all = forms(fw);
  const exact = all.get(key) ?? all.get(key.replace(/^[a-z-]+\./, ''));
  if (exact) return exact;
  const near = closest(key, all.keys());
  if (near) return all.get(near);
  // A unique beginning, e.g. "well-led.governance" for well-led.governance-management-and-sustainability.
  const starts = new Set([...all].filter(([form]) => key.length >= 4 && form.startsWith(key)).map(([, id]) => id));
  return starts.size === 1 ? [...starts][0] : undefined;
}

/** Statements whose id or title holds every word of `query`, in framework order. */
export function searchStatements(fw: Framework, query: string): QualityStatement[] {
  const words = query.toLowerCase().split(/[\s.,]+/).filter(Boolean);
  return [...fw.statements.values()].filter((s) => {
    const text = `${s.id} ${s.title}`.toLowerCase();
    return words.every((w) => text.includes(w));
  });
}
