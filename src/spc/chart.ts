// One measured target drawn for a governance meeting: an XmR chart once there are enough points for
// SPC, a run chart before that. Pure: a string of inline SVG, no scripts, fonts or links, sized to
// fit an A4 page and readable in black and white.
import { xmlAttr as attr, xmlText as text } from '../report/xml.js';
import { daysBetween, ukDate, valueAxis, valueText, type Unit } from './axis.js';
import { axisTitle, describeChart, goalWords, limitsWords, pointTip } from './chart-words.js';
import { fmt, INK, legend, LINE_STYLE, pointMark, type LegendEntry, type LineKind, type PointKind } from './marks.js';
import { median, place } from './placement.js';
import type { Direction, Measurement, XmrResult } from './xmr.js';

export { assuranceIcon, variationIcon, verdictWords } from './icons.js';
export { ukDate, type Unit } from './axis.js';

/** A counted measurement (after min_sample); several on one date are all drawn. */
export interface ChartMeasurement extends Measurement { id?: string; label?: string }

export interface TargetChartInput {
  actionId: string;
  /** Given when the action has several targets. */
  targetId?: string;
  measure: string;
  unit: Unit;
  goal: number;
  direction: Direction;
  measurements: readonly ChartMeasurement[];
  /** xmr() of the same measurements. */
  spc: XmrResult;
}

/** The chart's full width in CSS pixels: narrower than an A4 page less 14 mm margins (688 px). */
export const CHART_WIDTH = 600;
const LEFT = 58;
const RIGHT = 14;
const PLOT_H = 180;
/** Space between the plot's edges and the outermost dates and values, so no mark sits on an axis. */
const INSET = 12;
const VALUE_INSET = 8;
const SAME_DAY_STEP = 8;
const FONT = `font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"`;

export function chartKind(spc: XmrResult): 'xmr' | 'run' {
  return spc.judged ? 'xmr' : 'run';
}

export function targetChart(input: TargetChartInput): string {
  const { spc, unit } = input;
  const kind = chartKind(spc);
  const placed = place(input);
  const slug = `${input.actionId}-${input.targetId ?? 'target'}`.replace(/[^A-Za-z0-9-]/g, '_');
  const ids = `spc-${slug}-title spc-${slug}-desc`;
  const head = (h: number) => `<svg xmlns="http://www.w3.org/2000/svg" class="spc-chart" data-chart="${kind}" data-action="${attr(input.actionId)}"${input.targetId ? ` data-target="${attr(input.targetId)}"` : ''} data-points="${spc.points.length}" viewBox="0 0 ${CHART_WIDTH} ${h}" width="${CHART_WIDTH}" height="${h}" style="max-width:100%;height:auto" role="img" aria-labelledby="${ids}" ${FONT}>`
    + `<title id="spc-${slug}-title">${text(`${input.actionId}${input.targetId ? ` (${input.targetId})` : ''}: ${input.measure}`)}</title>`
    + `<desc id="spc-${slug}-desc">${text(describeChart(input, placed.length))}</desc>`;
  if (placed.length === 0) return `${head(40)}<text x="${LEFT}" y="24" font-size="12" fill="${INK}">No measurements yet</text></svg>`;

  // Lines: the centre (mean, or median on a run chart), the limits, the goal.
  const inUnit = (v: number) => (unit === 'percent' ? v >= 0 && v <= 100 : unit === 'other' || v >= 0);
  const centre = kind === 'xmr' ? spc.mean! : spc.points.length ? median(spc.points.map((p) => p.value)) : NaN;
  const limits = kind === 'xmr' ? spc.limits : null;
  const lines: { kind: LineKind; value: number; cls: string }[] = [
    ...(spc.points.length ? [{ kind: kind === 'xmr' ? 'mean' as const : 'median' as const, value: centre, cls: kind === 'xmr' ? 'mean' : 'median' }] : []),
    ...(limits ? [{ kind: 'limit' as const, value: limits.lower, cls: 'limit lower' }, { kind: 'limit' as const, value: limits.upper, cls: 'limit upper' }] : []),
    { kind: 'goal', value: input.goal, cls: 'goal' },
  ];
  const axis = valueAxis(unit, [...placed.map((p) => p.value), ...lines.map((l) => l.value).filter(inUnit)]);

  // The key above the plot, so no label ever sits on the data.
  const keyFor = (k: PointKind) => placed.some((p) => p.kind === k);
  const entries: LegendEntry[] = [
    { swatch: 'data', label: 'Measurement' },
    ...(spc.points.length === 0 ? [] : kind === 'xmr'
      ? [{ swatch: 'mean' as const, label: `Mean ${valueText(centre, unit)}` }]
      : [{ swatch: 'median' as const, label: `Median ${valueText(centre, unit)}` }]),
    ...(limits ? [{ swatch: 'limit' as const, label: limitsWords(limits, unit, (v) => v >= axis.lo && v <= axis.hi) }] : []),
    { swatch: 'goal', label: goalWords(input.goal, input.direction, unit) },
    ...(keyFor('improvement') ? [{ swatch: 'improvement' as const, label: 'Special cause: improvement' }] : []),
    ...(keyFor('concern') ? [{ swatch: 'concern' as const, label: 'Special cause: concern' }] : []),
    ...(keyFor('same-day') ? [{ swatch: 'same-day' as const, label: 'Another measurement that day (SPC uses the worst)' }] : []),
    ...(keyFor('before') && spc.points[0] ? [{ swatch: 'before' as const, label: `Before ${ukDate(spc.points[0].date)}: not in the SPC` }] : []),
  ];
  const key = legend(entries, LEFT, 40, CHART_WIDTH - LEFT - RIGHT);
  const top = 40 + key.height + 4;
  const bottom = top + PLOT_H;
  const height = bottom + 30;
  const heading = kind === 'xmr'
    ? `XmR chart: ${spc.points.length} dates${keyFor('before') && spc.points[0] ? ` from ${ukDate(spc.points[0].date)}` : ''}`
    : `Run chart: ${spc.points.length} of ${Math.max(spc.minPoints, 2)} dates needed for SPC limits`;

  // Scales: dates in proportion to time; room on the right for same-day marks.
  const dates = [...new Set(placed.map((p) => p.date))];
  const [d0, d1] = dates.length > 1 ? [dates[0]!, dates[dates.length - 1]!] : [dates[0]!, dates[0]!];
  const span = daysBetween(d0, d1) || 1;
  const widest = Math.max(0, ...placed.map((p) => p.offset));
  const x0 = LEFT + INSET + (d0 === d1 ? (CHART_WIDTH - LEFT - RIGHT) / 2 - INSET : 0);
  const xw = d0 === d1 ? 0 : CHART_WIDTH - RIGHT - INSET - widest * SAME_DAY_STEP - x0;
  const x = (date: string, offset = 0) => x0 + (daysBetween(d0, date) / span) * xw + offset * SAME_DAY_STEP;
  // Zero stays on the axis line; any other lowest value is lifted off it, under the axis break.
  const lift = axis.lo === 0 ? 0 : VALUE_INSET;
  const y = (v: number) => bottom - lift - ((v - axis.lo) / (axis.hi - axis.lo)) * (PLOT_H - lift - VALUE_INSET);

  const out = [head(height), `<text x="${LEFT}" y="18" font-size="12.5" font-weight="700" fill="${INK}">${text(heading)}</text>`, ...key.svg];
  for (const t of axis.ticks) {
    out.push(`<line class="grid" x1="${LEFT}" x2="${CHART_WIDTH - RIGHT}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" stroke="#e3e3e3" stroke-width="1"/>`);
    out.push(`<text class="tick" x="${LEFT - 6}" y="${fmt(y(t) + 3.5)}" text-anchor="end" font-size="10.5" fill="${INK}">${text(valueText(t, 'other'))}</text>`);
  }
  out.push(`<path class="axis" d="M${LEFT} ${top}V${bottom}H${CHART_WIDTH - RIGHT}" fill="none" stroke="${INK}" stroke-width="1"/>`);
  if (axis.broken) {
    // Two slashes across the axis below the lowest value: the scale does not start at zero.
    out.push(`<g class="axis-break"><rect x="${LEFT - 6}" y="${bottom - 6}" width="12" height="4" fill="#fff"/><path d="M${LEFT - 6} ${bottom - 1}l12 -4M${LEFT - 6} ${bottom - 5}l12 -4" stroke="${INK}" stroke-width="1.2"/></g>`);
  }
  out.push(`<text class="axis-title" transform="translate(15 ${fmt((top + bottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="11" fill="${INK}">${text(axisTitle(unit, axis.note))}</text>`);
  out.push(...dateLabels(dates, x, bottom));

  const firstSpc = spc.points[0] ? x(spc.points[0].date) : LEFT;
  for (const l of lines) {
    if (l.value < axis.lo || l.value > axis.hi) continue;
    const from = l.kind === 'goal' || !keyFor('before') ? LEFT : firstSpc - 4;
    out.push(`<line class="${l.cls}" x1="${fmt(from)}" x2="${CHART_WIDTH - RIGHT}" y1="${fmt(y(l.value))}" y2="${fmt(y(l.value))}" ${LINE_STYLE[l.kind]}/>`);
  }
  const path = placed.filter((p) => p.offset === 0);
  if (path.length > 1) out.push(`<polyline class="data" points="${path.map((p) => `${fmt(x(p.date))},${fmt(y(p.value))}`).join(' ')}" ${LINE_STYLE.data}/>`);
  // Ordinary marks first, special-cause marks last so they are never hidden.
  const order: PointKind[] = ['before', 'same-day', 'common', 'concern', 'improvement'];
  for (const k of order) {
    for (const p of placed.filter((q) => q.kind === k)) {
      out.push(pointMark(k, x(p.date, p.offset), y(p.value), pointTip(p, unit), ` data-date="${attr(p.date)}" data-value="${p.value}"`));
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

/** UK dates under the axis: the first, the last, and those between with room; never off the edge. */
function dateLabels(dates: readonly string[], x: (d: string) => number, bottom: number): string[] {
  const gap = 84;
  const chosen: string[] = [];
  for (const d of dates) if (!chosen.length || x(d) - x(chosen[chosen.length - 1]!) >= gap) chosen.push(d);
  const last = dates[dates.length - 1]!;
  if (chosen[chosen.length - 1] !== last) chosen.splice(chosen.length > 1 ? -1 : chosen.length, 1, last);
  return chosen.flatMap((d) => {
    const half = ukDate(d).length * 2.9;
    const at = Math.min(Math.max(x(d), LEFT + half), CHART_WIDTH - 2 - half);
    return [
      `<line class="date-tick" x1="${fmt(x(d))}" x2="${fmt(x(d))}" y1="${bottom}" y2="${bottom + 4}" stroke="${INK}" stroke-width="1"/>`,
      `<text class="date" x="${fmt(at)}" y="${bottom + 17}" text-anchor="middle" font-size="10.5" fill="${INK}">${text(ukDate(d))}</text>`,
    ];
  });
}
