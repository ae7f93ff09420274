// Group-wide themes and the --by views in Markdown: one overview table of every group's counts by
// status and RAG, then each group's actions.
import { cell } from '../check/markdown.js';
import { STATUSES, type GroupedView } from './groups.js';
import { actionTable, categoriesText } from './markdown.js';
import type { MeetingPack, PackAction } from './types.js';
import { noThemeText, plural, statusText } from './words.js';

export function themesMarkdown(pack: MeetingPack): string[] {
  if (pack.themes.length === 0) {
    return pack.locationCount >= pack.themeThreshold ? ['## Group-wide themes', '', noThemeText(pack.themeThreshold), ''] : [];
  }
  const out = ['## Group-wide themes', '', `The same concern is open at ${pack.themeThreshold} or more locations (policy.theme_threshold): a systemic issue for the provider to act on as a group, not a local one for each home.`, ''];
  for (const t of pack.themes) {
    const what = t.kind === 'theme' ? `Theme ${cell(t.key)}` : `Quality statement: ${cell(t.label)} (${cell(t.key)})`;
    out.push(`### ${what}: not yet closed at ${plural(t.locations.length, 'location')}`, '');
    out.push(`Locations: ${cell(t.locations.map((l) => l.name).join(', '))}.`, '');
    for (const a of t.actions) out.push(`- ${cell(a.id)} (${cell(a.locationName)}, ${cell(statusText(a.status))}): ${cell(a.title)}`);
    out.push('');
  }
  return out;
}

const HEAD: Record<GroupedView['by'], string> = { location: 'Location', statement: 'Quality statement', regulation: 'Regulation', theme: 'Theme' };

export function groupedMarkdown(view: GroupedView, actions: readonly PackAction[]): string[] {
  const out = [`## ${view.heading}`, ''];
  if (actions.length === 0) return [...out, 'No actions are recorded yet.', ''];
  const heads = [HEAD[view.by], 'Actions', ...STATUSES.map(statusText), 'RED', 'AMBER', 'GREEN', 'Evidence categories'];
  const table = () => [`| ${heads.join(' | ')} |`, `|---|---|${STATUSES.map(() => '---:').join('|')}|---:|---:|---:|---|`];
  let within: string | undefined;
  let open = false;
  for (const g of view.groups) {
    if (g.within !== undefined && g.within !== within) {
      if (open) out.push('');
      out.push(`### ${cell(g.within)}`, '', ...table());
      open = true;
    } else if (!open) {
      out.push(...table());
      open = true;
    }
    within = g.within;
    const label = `${cell(g.label)}${g.detail ? ` (${cell(g.detail)})` : ''}`;
    const counts = [...STATUSES.map((s) => g.byStatus[s] ?? 0), g.byRag.red, g.byRag.amber, g.byRag.green];
    out.push(`| ${label} | ${g.actions.length ? cell(g.actions.join(', ')) : 'nothing recorded'} | ${counts.join(' | ')} | ${g.actions.length ? categoriesText(g.categories) : ''} |`);
  }
  out.push('');
  const byId = new Map(actions.map((a) => [a.row.id, a] as const));
  for (const g of view.groups.filter((x) => x.actions.length > 0)) {
    out.push(`### ${cell(g.label)}${g.detail ? ` (${cell(g.detail)})` : ''}`, '', ...actionTable(g.actions.map((id) => byId.get(id)!)), '');
  }
  return out;
}
