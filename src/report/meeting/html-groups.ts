// The group views of the HTML pack: group-wide themes at the top, and with --by, the actions grouped
// by location, quality statement, regulation or theme, with counts by status and RAG per group.
import type { ActionGroup, GroupedView } from './groups.js';
import { STATUSES } from './groups.js';
import type { MeetingPack, PackAction } from './types.js';
import { actionTable } from './html-sections.js';
import { attr, categoriesHtml, empty, h, id, ids, section } from './html-parts.js';
import { noThemeText, plural, RAG_TEXT, statusText } from './words.js';

export function themesSection(pack: MeetingPack): string {
  if (pack.themes.length === 0) {
    // A single home cannot have a group-wide theme: say nothing rather than state the obvious.
    return pack.locationCount >= pack.themeThreshold ? section('themes', 'Group-wide themes', empty(noThemeText(pack.themeThreshold))) : '';
  }
  const items = pack.themes.map((t) => `<div class="item theme" data-kind="${t.kind}" data-key="${attr(t.key)}" data-locations="${t.locations.length}">
<h3>${t.kind === 'theme' ? `Theme ${id(t.key)}` : `Quality statement: ${h(t.label)} <span class="meta">(${id(t.key)})</span>`}: not yet closed at ${plural(t.locations.length, 'location')}</h3>
<p>Locations: ${h(t.locations.map((l) => l.name).join(', '))}.</p>
<ul>${t.actions.map((a) => `<li>${id(a.id)} (${h(a.locationName)}, ${h(statusText(a.status))}): ${h(a.title)}</li>`).join('')}</ul>
</div>`);
  const intro = `<p class="alert">The same concern is open at ${pack.themeThreshold} or more locations (policy.theme_threshold): a systemic issue for the provider to act on as a group, not a local one for each home.</p>`;
  return section('themes', 'Group-wide themes', [intro, ...items].join('\n'));
}

const HEAD: Record<GroupedView['by'], string> = { location: 'Location', statement: 'Quality statement', regulation: 'Regulation', theme: 'Theme' };

const VERB: Record<GroupedView['by'], string> = {
  location: 'at this location', statement: 'links to this quality statement', regulation: 'names this regulation', theme: 'has this theme',
};

/** Every status and RAG count, zeros included, stacked: a narrow column that fits A4. */
function countsRow(g: ActionGroup & { by: GroupedView['by'] }): string {
  const tally = (attrName: string, key: string, n: number, words: string) => `<span class="tally${n === 0 ? ' zero' : ''}" data-${attrName}="${key}" data-value="${n}">${n} ${h(words)}</span>`;
  const status = STATUSES.map((s) => tally('status', s, g.byStatus[s] ?? 0, statusText(s))).join('<br>');
  const rag = (['red', 'amber', 'green'] as const).map((r) => tally('rag', r, g.byRag[r], RAG_TEXT[r])).join('<br>');
  const label = `<td>${h(g.label)}${g.detail ? `<br><span class="meta">${h(g.detail)}</span>` : ''}</td>`;
  // An empty group in one line: a statement with nothing recorded is what an inspector looks for.
  if (g.actions.length === 0) return `<tr data-group="${attr(g.key)}" data-actions="0" class="empty-group">${label}<td colspan="4" class="meta">Nothing recorded: no action ${VERB[g.by]}.</td></tr>`;
  return `<tr data-group="${attr(g.key)}" data-actions="${g.actions.length}">${label}<td>${ids(g.actions)}</td><td>${status}</td><td>${rag}</td><td>${categoriesHtml(g.categories)}</td></tr>`;
}

function overview(view: GroupedView): string {
  const rows: string[] = [];
  let within: string | undefined;
  for (const g of view.groups) {
    if (g.within !== undefined && g.within !== within) rows.push(`<tr class="within"><th colspan="5" scope="rowgroup">${h(g.within)}</th></tr>`);
    within = g.within;
    rows.push(countsRow({ ...g, by: view.by }));
  }
  return `<table class="groups" data-by="${view.by}"><thead><tr><th>${HEAD[view.by]}</th><th>Actions</th><th>By status</th><th>By RAG</th><th>Evidence categories (CQC)</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

export function groupedSection(view: GroupedView, actions: readonly PackAction[]): string {
  const byId = new Map(actions.map((a) => [a.row.id, a] as const));
  const details = view.groups.filter((g) => g.actions.length > 0).map((g) => `<div class="group" data-group="${attr(g.key)}">
<h3>${h(g.label)}${g.detail ? ` <span class="meta">(${h(g.detail)})</span>` : ''}</h3>
${actionTable(g.actions.map((a) => byId.get(a)!))}
</div>`);
  const body = actions.length === 0 ? empty('No actions are recorded yet.') : [overview(view), ...details].join('\n');
  return section('groups', view.heading, body);
}
