// The words around an SPC chart: tooltips, the key's labels and the chart described for screen
// readers. Kept apart from the drawing so the wording can be read (and reviewed) in one place.
import { ukDate, valueText, type Unit } from './axis.js';
import type { PointKind } from './marks.js';
import type { Direction, SpecialCauseRule, XmrResult } from './xmr.js';
import { verdictWords } from './icons.js';

export const RULE_WORDS: Record<SpecialCauseRule, string> = {
  'outside-limits': 'outside the process limits',
  'run-of-7': 'a run of 7 or more on one side of the mean',
  'trend-of-7': 'a trend of 7 rising or falling points',
  'two-of-three': '2 of 3 points close to a process limit',
};

const UNIT_AXIS: Record<Unit, string> = { percent: 'Per cent', count: 'Count', days: 'Days', other: 'Value' };

export function axisTitle(unit: Unit, note?: string): string {
  return note ? `${UNIT_AXIS[unit]} (${note})` : UNIT_AXIS[unit];
}

export function goalWords(goal: number, direction: Direction, unit: Unit): string {
  return `Goal: ${direction === 'at_most' ? 'at most' : 'at least'} ${valueText(goal, unit)}`;
}

export interface PointWords { id?: string; date: string; value: number; label?: string; kind: PointKind; rules: readonly SpecialCauseRule[] }

/** A point's tooltip: which evidence, when, what it measured and what SPC made of it. */
export function pointTip(p: PointWords, unit: Unit): string {
  const what = `${p.id ? `${p.id}, ` : ''}${ukDate(p.date)}: ${p.label ?? valueText(p.value, unit)}`;
  const why = p.rules.map((r) => RULE_WORDS[r]).join('; ');
  switch (p.kind) {
    case 'improvement': return `${what}. Special cause, improvement: ${why}.`;
    case 'concern': return `${what}. Special cause, concern: ${why}.`;
    case 'same-day': return `${what}. Another measurement on the same day; SPC uses the worst of the day.`;
    case 'before': return `${what}. Before the SPC start date (spc_from): not in the mean or limits.`;
    default: return `${what}.`;
  }
}

/** Which end of each limit the axis could not show, for the key (limits below zero or above 100%). */
export function limitsWords(limits: { lower: number; upper: number }, unit: Unit, shown: (v: number) => boolean): string {
  const off = [
    shown(limits.lower) ? '' : 'lower',
    shown(limits.upper) ? '' : 'upper',
  ].filter(Boolean);
  const pair = `Process limits ${valueText(limits.lower, unit)} and ${valueText(limits.upper, unit)}`;
  return off.length ? `${pair} (${off.join(' and ')} off the scale)` : pair;
}

/** The chart in words, for screen readers and anyone who cannot see it. */
export function describeChart(input: { measure: string; unit: Unit; goal: number; direction: Direction; spc: XmrResult }, count: number): string {
  const { spc, unit } = input;
  const first = spc.points[0];
  const last = spc.points[spc.points.length - 1];
  const span = first && last ? ` from ${ukDate(first.date)} to ${ukDate(last.date)}` : '';
  const kind = spc.judged ? 'XmR chart' : 'Run chart';
  const parts = [`${kind} of ${input.measure}: ${count} measurement${count === 1 ? '' : 's'}, ${spc.points.length} dates counted for SPC${span}.`];
  if (spc.judged && spc.mean !== null && spc.limits) {
    parts.push(`Mean ${valueText(spc.mean, unit)}; process limits ${valueText(spc.limits.lower, unit)} and ${valueText(spc.limits.upper, unit)}.`);
    const special = spc.points.filter((p) => p.rules.length > 0).length;
    parts.push(`${special} special-cause point${special === 1 ? '' : 's'}.`);
  }
  parts.push(`${goalWords(input.goal, input.direction, unit)}.`, `${verdictWords(spc)}.`);
  return parts.join(' ');
}
