// A group-wide theme: the same concern open at several homes is a systemic issue for the provider's
// board, not a local one for each registered manager. Where actions not yet closed on one `theme`, or
// one quality statement, stand at policy.theme_threshold or more locations, the pack says so first.
import { resolveStatement } from '../../framework/index.js';
import type { Action } from '../../model.js';
import type { RuleContext } from '../../engine/types.js';

export interface ThemeAction { id: string; title: string; location: string; locationName: string; status: string }

export interface GroupTheme {
  kind: 'theme' | 'statement';
  /** The theme slug, or the canonical quality statement id. */
  key: string;
  /** The theme slug, or the statement's title. */
  label: string;
  locations: { id: string; name: string }[];
  actions: ThemeAction[];
}

/** A location's name from cqc.yaml, else its id. */
export function locationName(ctx: RuleContext, id: string): string {
  return ctx.config.locations?.find((l) => l.id === id)?.name ?? id;
}

function collect(ctx: RuleContext, open: readonly Action[], kind: GroupTheme['kind'], keysOf: (a: Action) => string[]): GroupTheme[] {
  const byKey = new Map<string, Action[]>();
  for (const a of open) for (const key of new Set(keysOf(a))) byKey.set(key, [...(byKey.get(key) ?? []), a]);
  const out: GroupTheme[] = [];
  for (const [key, actions] of byKey) {
    const locations = [...new Set(actions.map((a) => a.location!))].map((id) => ({ id, name: locationName(ctx, id) })).sort((x, y) => x.name.localeCompare(y.name));
    if (locations.length < ctx.policy.theme_threshold) continue;
    const label = kind === 'statement' ? ctx.framework.statements.get(key)?.title ?? key : key;
    out.push({
      kind, key, label,
      locations,
      actions: actions.map((a) => ({ id: a.id, title: a.title, location: a.location!, locationName: locationName(ctx, a.location!), status: a.status }))
        .sort((x, y) => x.locationName.localeCompare(y.locationName) || x.id.localeCompare(y.id)),
    });
  }
  return out;
}

/**
 * Themes first (a provider names them on purpose), then quality statements, each by the number of
 * locations, most first. Only actions with a location count: a group-wide action is no one home's.
 */
export function groupThemes(ctx: RuleContext, actions: readonly Action[]): GroupTheme[] {
  const open = actions.filter((a) => a.status !== 'closed' && a.location !== undefined);
  const statementIds = (a: Action) => (a.quality_statements ?? []).map((id) => resolveStatement(ctx.framework, id)?.id ?? id);
  const order = (x: GroupTheme, y: GroupTheme) => y.locations.length - x.locations.length || x.key.localeCompare(y.key);
  return [
    ...collect(ctx, open, 'theme', (a) => (a.theme ? [a.theme] : [])).sort(order),
    ...collect(ctx, open, 'statement', statementIds).sort(order),
  ];
}
