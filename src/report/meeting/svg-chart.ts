// A measured action's trend as inline SVG: points over time, the goal as a dashed line, the side
// of the goal that counts as good shaded. Shapes as well as colour tell a met goal from a miss,
// so the chart still reads when printed in greyscale. No scripts, fonts or links.
import { daysBetween, addDays } from '../../dates.js';
import type { Trend } from './types.js';
import { xmlAttr as attr, xmlText as text } from '../xml.js';

const W = 560;
const H = 230;
const M = { left: 58, right: 40, top: 30, bottom: 46 };
/** Space between the axes and the outermost points, so markers never sit on an axis. */
const INSET = 10;
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
const MIN_LABEL_GAP = 78;

const UNIT_AXIS: Record<Trend['unit'], string> = { percent: 'Per cent', count: 'Count', days: 'Days', other: 'Value' };

/** Round, evenly spaced tick values covering [lo, hi]. */
export function niceTicks(lo: number, hi: number, wanted = 5): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / wanted;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((s) => s * mag).find((s) => span / s <= wanted) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** The value range shown: every point and the goal, with a margin; per cent stays within 0–100. */
export function valueDomain(trend: Trend): [number, number] {
  const values = [...trend.points.map((p) => p.value), trend.goal];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const pad = (hi - lo) * 0.15 || Math.max(Math.abs(hi) * 0.1, 1);
  lo -= pad;
  hi += pad;
  if (trend.unit === 'percent') { lo = Math.max(0, lo); hi = Math.min(100, Math.max(hi, ...values)); }
  // Counts and days read most honestly from zero; per cent is zoomed so small changes near the goal show.
  if ((trend.unit === 'days' || trend.unit === 'count') && Math.min(...values) >= 0) lo = 0;
  return [lo, hi];
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}

function shortDate(date: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${Number(date.slice(8, 10))} ${months[Number(date.slice(5, 7)) - 1] ?? ''} ${date.slice(0, 4)}`;
}

export function trendChart(trend: Trend): string {
  const first = trend.points[0]!.date;
  const last = trend.points[trend.points.length - 1]!.date;
  const [d0, d1] = first === last ? [addDays(first, -7), addDays(last, 7)] : [first, last];
  const days = daysBetween(d0, d1);
  const x = (date: string) => M.left + INSET + (daysBetween(d0, date) / days) * (PLOT_W - 2 * INSET);
  const [lo, hi] = valueDomain(trend);
  const y = (v: number) => M.top + PLOT_H - INSET - ((v - lo) / (hi - lo)) * (PLOT_H - 2 * INSET);
  const slug = trend.actionId.replace(/[^A-Za-z0-9-]/g, '_');
  const goalY = y(trend.goal);
  const better = trend.direction === 'at_most' ? 'lower is better' : 'higher is better';
  const out: string[] = [];

  out.push(`<svg class="trend" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-${slug}-title chart-${slug}-desc" data-action="${attr(trend.actionId)}" data-points="${trend.points.length}">`);
  out.push(`<title id="chart-${slug}-title">${text(`${trend.actionId}: ${trend.measure}`)}</title>`);
  out.push(`<desc id="chart-${slug}-desc">${text(describeTrend(trend))}</desc>`);
  // The side of the goal that meets it, lightly shaded.
  const goodTop = trend.direction === 'at_most' ? goalY : M.top;
  const goodHeight = trend.direction === 'at_most' ? M.top + PLOT_H - goalY : goalY - M.top;
  out.push(`<rect class="good-zone" x="${M.left}" y="${fmt(goodTop)}" width="${PLOT_W}" height="${fmt(Math.max(0, goodHeight))}"/>`);
  for (const t of niceTicks(lo, hi)) {
    if (t < lo || t > hi) continue;
    out.push(`<line class="grid" x1="${M.left}" x2="${M.left + PLOT_W}" y1="${fmt(y(t))}" y2="${fmt(y(t))}"/>`);
    out.push(`<text class="tick" x="${M.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${fmt(t)}</text>`);
  }
  out.push(`<line class="axis" x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + PLOT_H}"/>`);
  out.push(`<line class="axis" x1="${M.left}" x2="${M.left + PLOT_W}" y1="${M.top + PLOT_H}" y2="${M.top + PLOT_H}"/>`);
  for (const p of labelledPoints(trend, x)) {
    out.push(`<text class="tick" x="${fmt(x(p.date))}" y="${M.top + PLOT_H + 16}" text-anchor="middle">${text(shortDate(p.date))}</text>`);
  }
  out.push(`<text class="axis-label" x="${M.left + PLOT_W / 2}" y="${H - 6}" text-anchor="middle">Date of measurement</text>`);
  out.push(`<text class="axis-label" transform="translate(14 ${M.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${text(UNIT_AXIS[trend.unit])}</text>`);
  out.push(`<line class="goal" x1="${M.left}" x2="${M.left + PLOT_W}" y1="${fmt(goalY)}" y2="${fmt(goalY)}"/>`);
  out.push(...legend(`Goal: ${trend.goalText} (${better})`));
  if (trend.points.length > 1) {
    out.push(`<polyline class="line" points="${trend.points.map((p) => `${fmt(x(p.date))},${fmt(y(p.value))}`).join(' ')}"/>`);
  }
  for (const p of trend.points) {
    const px = fmt(x(p.date));
    const py = fmt(y(p.value));
    const tip = `<title>${text(`${p.id}, ${p.date}: ${p.label} (${p.meetsGoal ? 'meets' : 'misses'} the goal)`)}</title>`;
    out.push(p.meetsGoal
      ? `<circle class="point meets" cx="${px}" cy="${py}" r="5">${tip}</circle>`
      : `<rect class="point misses" x="${fmt(Number(px) - 5)}" y="${fmt(Number(py) - 5)}" width="10" height="10">${tip}</rect>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

/** A key above the plot, so the goal label never collides with the data. */
function legend(goal: string): string[] {
  const y = 14;
  const right = M.left + PLOT_W;
  return [
    `<g class="legend">`,
    `<line class="goal" x1="${M.left}" x2="${M.left + 24}" y1="${y}" y2="${y}"/>`,
    `<text class="goal-label" x="${M.left + 30}" y="${y + 4}">${text(goal)}</text>`,
    `<circle class="point meets" cx="${right - 150}" cy="${y}" r="4.5"/>`,
    `<text x="${right - 142}" y="${y + 4}">meets goal</text>`,
    `<rect class="point misses" x="${right - 70}" y="${y - 4.5}" width="9" height="9"/>`,
    `<text x="${right - 57}" y="${y + 4}">misses goal</text>`,
    `</g>`,
  ];
}

/** Points whose dates are printed on the x axis: first and last, and those in between with room. */
function labelledPoints(trend: Trend, x: (date: string) => number): Trend['points'] {
  const chosen: Trend['points'] = [];
  for (const p of trend.points) {
    const prev = chosen[chosen.length - 1];
    if (!prev || x(p.date) - x(prev.date) >= MIN_LABEL_GAP) chosen.push(p);
  }
  const last = trend.points[trend.points.length - 1]!;
  if (chosen[chosen.length - 1] !== last && chosen.length > 1) chosen.splice(-1, 1, last);
  return chosen;
}

/** The chart in words, for screen readers and for anyone who cannot see it. */
export function describeTrend(trend: Trend): string {
  const list = trend.points.map((p) => `${p.label} on ${p.date}${p.meetsGoal ? '' : ' (misses the goal)'}`).join('; ');
  const latest = trend.points[trend.points.length - 1]!;
  return `${trend.points.length} measurement${trend.points.length === 1 ? '' : 's'} against a goal of ${trend.goalText}: ${list}. The latest ${latest.meetsGoal ? 'meets' : 'misses'} the goal.`;
}
