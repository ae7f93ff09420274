// The SPC section of the HTML pack: for each measured target, its XmR chart (or run chart while
// there are too few points), the variation and assurance verdict as icons and in words, and where
// SPC and the closure rules disagree, the note saying the closure rules decide and why.
import { assuranceIcon, targetChart, variationIcon } from '../../spc/chart.js';
import type { ChartItem, MeetingPack } from './types.js';
import { attr, empty, h, id, section } from './html-parts.js';

function figure(c: ChartItem): string {
  const chart = targetChart({
    actionId: c.actionId, ...(c.targetId ? { targetId: c.targetId } : {}), measure: c.measure, unit: c.unit, goal: c.goal, direction: c.direction,
    measurements: c.points.map((p) => ({ id: p.id, date: p.date, value: p.value, label: p.label })), spc: c.spc,
  });
  return `<figure class="chart" data-action="${attr(c.actionId)}"${c.targetId ? ` data-target="${attr(c.targetId)}"` : ''} data-variation="${c.spc.variation ?? 'none'}" data-assurance="${c.spc.assurance ?? 'none'}">
<figcaption>${id(c.actionId)}${c.targetId ? `, target ${id(c.targetId)}` : ''}: ${h(c.measure)}. <span class="goal-text">Goal ${h(c.goalText)}.</span></figcaption>
<div class="verdict">${variationIcon(c.spc.variation, c.direction)}${assuranceIcon(c.spc.assurance)}<p>${h(c.verdict)}.</p></div>
${chart}
${c.closureNote ? `<p class="closure-note"><strong>Closure rules decide.</strong> ${h(c.closureNote)}</p>` : ''}
</figure>`;
}

export function chartsSection(pack: MeetingPack): string {
  const heading = 'Measurements against target';
  if (pack.charts.length === 0) return section('measurements', heading, empty('No action has measurements recorded yet.'));
  const intro = '<p class="meta">Each measured target as an XmR chart (NHS "Making Data Count"): the mean, the process limits, the goal, and special-cause points marked by shape. With too few dates for SPC, a run chart around the median. The closure rules decide whether an action closes; SPC adds whether the goal will keep being met.</p>';
  return section('measurements', heading, `${intro}\n${pack.charts.map(figure).join('\n')}`);
}
