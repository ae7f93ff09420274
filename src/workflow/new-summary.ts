// What `cqc new` is about to write, in the words of a governance paper rather than YAML, so the
// person can catch a wrong owner or date before the record exists.
import type { RuleContext } from '../engine/types.js';
import type { Action } from '../model.js';

export function actionSummary(action: Action, path: string, ctx: RuleContext): string {
  const person = (id: string) => { const p = ctx.people.get(id); return p?.name ? `${p.name} (${id})` : id; };
  const place = action.location ? ctx.config.locations?.find((l) => l.id === action.location) : undefined;
  const t = action.target;
  const c = action.closure_criteria;
  const rows: [string, string | undefined][] = [
    ['Title', action.title],
    ['Location', action.location ? (place?.name ? `${place.name} (${action.location})` : action.location) : 'provider-wide'],
    ['Owner', person(action.owner)],
    ['Raised', `${action.raised}${action.source ? `, from ${action.source.replace(/-/g, ' ')}` : ''}`],
    ['Risk areas', action.risk_areas?.join(', ') || 'none'],
    ['Statements', action.quality_statements?.join(', ') || 'none'],
    ['Target', t ? `${t.measure}: ${t.direction === 'at_most' ? 'at most' : 'at least'} ${t.goal}${t.unit === 'percent' ? '%' : ` ${t.unit}`}${t.due ? ` by ${t.due}` : ''}` : 'to be agreed'],
    ['Closure', c ? [c.reviewer && `recommended by the ${c.reviewer}`, c.approver && `decided by the ${c.approver}`, c.required_evidence?.length && `needs ${c.required_evidence.join(', ')}`].filter(Boolean).join('; ') || 'to be agreed' : 'to be agreed'],
  ];
  return [`${action.id}, to be written to ${path}:`, ...rows.map(([k, v]) => `  ${k.padEnd(11)}${v ?? ''}`)].join('\n');
}
