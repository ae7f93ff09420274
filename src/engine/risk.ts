// Whether an action is high-risk, and why. An action touches a risk area when it says so
// (risk_areas), or when its quality statements (framework data), its regulations
// (policy.regulation_risk) or its source (policy.source_risk) imply it: relinking or leaving a field
// out cannot make a safety action low-risk. One function, so senior-review, criteria-weakened,
// reports, exports and the JSON all agree.
import { resolveStatement, type Framework } from '../framework/index.js';
import type { Action, Policy } from '../model.js';

/** One reason an action touches a risk area, in words for messages: "quality statement safe.safeguarding". */
export interface RiskLink { area: string; via: string }

type Linked = Pick<Action, 'risk_areas' | 'quality_statements' | 'regulations' | 'source'>;

/** Every risk area the action touches, with the link that brought each in (its own risk_areas first). */
export function riskLinks(action: Partial<Linked>, framework: Framework, policy: Pick<Policy, 'regulation_risk' | 'source_risk'>): RiskLink[] {
  const links: RiskLink[] = [];
  for (const area of action.risk_areas ?? []) links.push({ area, via: 'its risk_areas' });
  for (const id of action.quality_statements ?? []) {
    for (const area of resolveStatement(framework, id)?.riskAreas ?? []) links.push({ area, via: `quality statement ${id}` });
  }
  for (const reg of action.regulations ?? []) {
    for (const area of policy.regulation_risk[reg] ?? []) links.push({ area, via: `regulation ${reg}` });
  }
  if (action.source !== undefined) {
    for (const area of policy.source_risk[action.source] ?? []) links.push({ area, via: `source ${action.source}` });
  }
  return links;
}

/** The effective risk areas, sorted and distinct. */
export function effectiveRiskAreas(action: Partial<Linked>, framework: Framework, policy: Pick<Policy, 'regulation_risk' | 'source_risk'>): string[] {
  return [...new Set(riskLinks(action, framework, policy).map((l) => l.area))].sort();
}

/** The links that make the action high-risk (empty when it is not): one per high-risk area, the first link found. */
export function highRiskLinks(action: Partial<Linked>, framework: Framework, policy: Pick<Policy, 'regulation_risk' | 'source_risk' | 'high_risk_areas'>): RiskLink[] {
  const seen = new Set<string>();
  return riskLinks(action, framework, policy).filter((l) => policy.high_risk_areas.includes(l.area) && !seen.has(l.area) && seen.add(l.area));
}

/** "safety, from its risk_areas; safeguarding, from quality statement safe.safeguarding and …". */
export function describeRiskLinks(links: readonly RiskLink[]): string {
  const parts = links.map((l) => `${l.area}, from ${l.via}`);
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join('; ')} and ${parts[parts.length - 1]}`;
}
