// Measurements in Markdown: one table per measured target, each point with what SPC made of it,
// the verdict in words, the mean and limits, and where SPC and the closure rules disagree, why.
import { cell } from '../check/markdown.js';
import { RULE_WORDS } from '../../spc/chart-words.js';
import { place } from '../../spc/placement.js';
import { formatValue } from '../../rules/measurements.js';
import type { ChartItem, MeetingPack } from './types.js';

function spcLine(c: ChartItem): string {
  const { spc, unit } = c;
  // Too few points: the verdict already says so.
  if (!spc.judged || spc.mean === null || !spc.limits) return '';
  return `XmR over ${spc.points.length} dates: mean ${formatValue(spc.mean, unit)}, process limits ${formatValue(spc.limits.lower, unit)} and ${formatValue(spc.limits.upper, unit)}.`;
}

function chartTable(c: ChartItem): string[] {
  const placed = place({
    actionId: c.actionId, measure: c.measure, unit: c.unit, goal: c.goal, direction: c.direction, spc: c.spc,
    measurements: c.points.map((p) => ({ id: p.id, date: p.date, value: p.value })),
  });
  const label = new Map(c.points.map((p) => [p.id, p] as const));
  const rows = placed.map((p) => {
    const point = label.get(p.id!)!;
    const spc = p.kind === 'improvement' || p.kind === 'concern' ? `special cause, ${p.kind}: ${p.rules.map((r) => RULE_WORDS[r]).join('; ')}`
      : p.kind === 'same-day' ? 'same day as another; SPC uses the worst of the day'
        : p.kind === 'before' ? 'before spc_from: not in the SPC' : '';
    return `| ${cell(point.id)} | ${point.date} | ${cell(point.label)} | ${point.meetsGoal ? 'meets' : '**misses**'} | ${cell(spc)} |`;
  });
  return ['| Evidence | Date | Value | Goal | SPC |', '|---|---|---:|---|---|', ...rows];
}

export function chartsMarkdown(pack: MeetingPack): string[] {
  const out = ['## Measurements against target', ''];
  if (pack.charts.length === 0) return [...out, 'No action has measurements recorded yet.', ''];
  for (const c of pack.charts) {
    out.push(`### ${cell(c.actionId)}${c.targetId ? `, target ${cell(c.targetId)}` : ''}: ${cell(c.measure)}`, '');
    out.push(`Goal: ${cell(c.goalText)}. SPC: ${cell(c.verdict)}.${spcLine(c) ? ` ${cell(spcLine(c))}` : ''}`, '');
    if (c.closureNote) out.push(`**Closure rules decide.** ${cell(c.closureNote)}`, '');
    out.push(...chartTable(c), '');
  }
  return out;
}
