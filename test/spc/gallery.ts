// A page of SPC charts and icons covering every kind of mark, for the structural tests and for the
// browser test's screenshots (colour and greyscale) that a person looks at when the drawing changes.
import { assuranceIcon, targetChart, variationIcon, verdictWords, type ChartMeasurement, type TargetChartInput } from '../../src/spc/chart.js';
import { xmr, type Direction } from '../../src/spc/xmr.js';
import type { Unit } from '../../src/spc/axis.js';
import { weekAfter } from './series.js';

interface Spec { actionId: string; targetId?: string; measure: string; unit: Unit; goal: number; direction: Direction; spcFrom?: string; values: (number | number[])[]; start?: string }

/** A chart input from weekly values; an array in the list is several measurements on that date. */
export function chartInput(spec: Spec): TargetChartInput {
  const start = spec.start ?? '2026-06-01';
  const measurements: ChartMeasurement[] = spec.values.flatMap((v, i) =>
    (Array.isArray(v) ? v : [v]).map((value, j) => ({ date: weekAfter(start, i), value, id: `${spec.actionId}-E${String(i + 1).padStart(2, '0')}${j ? String.fromCharCode(97 + j) : ''}` })));
  const spc = xmr({ points: measurements, goal: spec.goal, direction: spec.direction, spcFrom: spec.spcFrom });
  return { actionId: spec.actionId, targetId: spec.targetId, measure: spec.measure, unit: spec.unit, goal: spec.goal, direction: spec.direction, measurements, spc };
}

export const GALLERY: Record<string, TargetChartInput> = {
  // Screening improves and stays up: a run of 7+ above the mean; a narrow per cent band; two audits on one day.
  screening: chartInput({
    actionId: 'NUT-004', targetId: 'screening', measure: 'People screened with MUST on admission and monthly', unit: 'percent', goal: 95, direction: 'at_least',
    values: [86, 88, 85, 90, 87, 89, 86, 94, 96, [97, 91], 95, 98, 97, 96, 99, 98],
  }),
  // Falls per month, lower is better: one bad month outside the limits; the lower limit is below zero.
  falls: chartInput({
    actionId: 'FAL-002', targetId: 'falls', measure: 'Falls in the month', unit: 'count', goal: 3, direction: 'at_most',
    values: [4, 2, 3, 5, 3, 2, 4, 3, 2, 11, 3, 2, 4, 3], start: '2025-09-01',
  }),
  // Too few points for SPC: a run chart with its median; two measurements on one date.
  early: chartInput({
    actionId: 'MH-001', measure: 'Mobility care files with a current, practice-aligned risk assessment', unit: 'percent', goal: 100, direction: 'at_least',
    values: [40, 55, [70, 62], 80, 85, 92],
  }),
  // Days to a review, with an SPC start date after the change: earlier weeks drawn but not counted.
  reviews: chartInput({
    actionId: 'CP-010', targetId: 'review-days', measure: 'Days from admission to care-plan review', unit: 'days', goal: 7, direction: 'at_most', spcFrom: '2026-07-13',
    values: [21, 18, 24, 19, 20, 6, 8, 5, 7, 6, 9, 5, 6, 7, 4, 6, 5],
  }),
  // A long weekly series, three audits on one day: dates thin out on the axis, marks stay apart.
  weekly: chartInput({
    actionId: 'MED-007', targetId: 'mar-charts', measure: 'Medication administration records complete', unit: 'percent', goal: 98, direction: 'at_least',
    values: [96, 97, 95, 98, 97, 96, 99, 97, 96, 98, 97, [95, 99, 100], 98, 97, 96, 98, 99, 97, 98, 96, 97, 99, 98, 97, 96, 98, 97, 99, 98, 97, 100, 99, 98, 100, 99, 100, 99, 100, 100, 99],
    start: '2025-12-01',
  }),
  // A wide per cent spread keeps the full 0–100 axis; the latest point falls: concern by 2 of 3.
  feedback: chartInput({
    actionId: 'FB-003', measure: 'Relatives who would recommend the home <"quoted"> & more', unit: 'percent', goal: 80, direction: 'at_least',
    values: [70, 62, 75, 58, 72, 66, 74, 60, 71, 65, 73, 68, 38, 52, 36],
  }),
};

/** The whole page: A4 width with 14 mm margins, charts in figures, then every icon with its words. */
export function galleryPage(greyscale = false): string {
  const charts = Object.entries(GALLERY).map(([name, input]) =>
    `<figure id="${name}"><figcaption>${name}: ${variationIcon(input.spc.variation, input.direction)} ${assuranceIcon(input.spc.assurance)} ${verdictWords(input.spc)}</figcaption>${targetChart(input)}</figure>`);
  const icons = (['improvement', 'concern', 'common-cause', null] as const).map((v) => variationIcon(v, 'at_least') + variationIcon(v, 'at_most'))
    .concat((['consistent-pass', 'consistent-fail', 'hit-and-miss', null] as const).map((a) => assuranceIcon(a)));
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>SPC gallery</title><style>
body { margin: 0; font-family: system-ui, sans-serif; font-size: 10pt; ${greyscale ? 'filter: grayscale(1);' : ''} }
main { width: 182mm; margin: 0 14mm; }
figure { margin: 0 0 10px; } figcaption { display: flex; gap: 6px; align-items: center; margin-bottom: 4px; }
#icons { display: flex; gap: 8px; flex-wrap: wrap; }
</style></head><body><main>${charts.join('\n')}<div id="icons">${icons.join('')}</div></main></body></html>`;
}
