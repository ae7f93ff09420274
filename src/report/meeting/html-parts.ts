// The small pieces every HTML section is built from. Ids and dates are wrapped so they never break
// across lines (a browser breaks "MH-001-E02" and "2026-10-20" at their hyphens otherwise).
import type { Rag } from '../../status/rows.js';
import { xmlAttr as attr, xmlText } from '../xml.js';
import type { CategoryCount } from './types.js';
import { plural, RAG_TEXT, type Marks } from './words.js';

export { attr };

/**
 * Dates, record ids, CQC location ids and short hyphenated words (people, short roles) inside
 * running text: each kept on one line. Longer slugs (provider-quality-lead) may break at a hyphen, or
 * a narrow table column would push the page wider than A4.
 */
const UNBREAKABLE = /\b(?:\d{4}-\d{2}-\d{2}|1-\d{5,11}|[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b/g;
const LONGEST_KEPT_WHOLE = 16;

/** Record text for the page body: escaped, with its ids and dates kept whole. */
export function h(text: string): string {
  return xmlText(text).replace(UNBREAKABLE, (token) => (token.length > LONGEST_KEPT_WHOLE && /^[a-z]/.test(token) ? token : `<span class="nw">${token}</span>`));
}

export function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${h(heading)}</h2>\n${body}\n</section>`;
}

export function empty(text: string): string {
  return `<p class="empty">${h(text)}</p>`;
}

/** An action, evidence or commit id that never wraps. */
export function id(text: string): string {
  return `<span class="id">${xmlText(text)}</span>`;
}

/** A calendar date (YYYY-MM-DD) that never wraps; empty for none. */
export function date(day: string | undefined | null): string {
  return day ? `<time datetime="${attr(day)}">${xmlText(day)}</time>` : '';
}

/** Ids in running text: "MH-001-E02, MH-001-E05", each kept whole. */
export function ids(list: readonly string[]): string {
  return list.map(id).join(', ');
}

export const HTML_MARKS: Marks = { text: h, time: (iso, shown) => `<time datetime="${attr(iso)}">${xmlText(shown)}</time>`, id };

export function ragBadge(rag: Rag): string {
  return `<span class="rag rag-${rag}">${RAG_TEXT[rag]}</span>`;
}

export function categoriesHtml(categories: readonly CategoryCount[]): string {
  if (categories.length === 0) return '<span class="meta">no evidence yet</span>';
  return `<ul class="categories">${categories.map((c) => `<li>${h(c.category)} <span class="nw">(${c.supporting} of ${plural(c.items, 'item')}</span> supporting)</li>`).join('')}</ul>`;
}
