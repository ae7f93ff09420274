import { describe, expect, it } from 'vitest';
import type { Trend } from '../../src/report/meeting/types.js';
import { niceTicks, trendChart, valueDomain } from '../../src/report/meeting/svg-chart.js';
import { parseXml, type XmlElement } from '../report/xml-check.js';

const trend = (over: Partial<Trend> = {}): Trend => ({
  actionId: 'WAIT-001', title: 'Slow referral', measure: 'Days to <GP> & dietitian referral', unit: 'days',
  goal: 2, direction: 'at_most', goalText: 'at most 2 days',
  points: [
    { id: 'WAIT-001-E01', date: '2026-10-05', value: 6, label: '6 days', meetsGoal: false },
    { id: 'WAIT-001-E02', date: '2026-11-05', value: 1, label: '1 day', meetsGoal: true },
    { id: 'WAIT-001-E04', date: '2026-11-19', value: 1.5, label: '1.5 days', meetsGoal: true },
  ],
  ...over,
});

function all(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  return [...(pred(el) ? [el] : []), ...el.children.flatMap((c) => all(c, pred))];
}
const cls = (e: XmlElement) => (e.attrs.class ?? '').split(' ');

describe('trend chart SVG', () => {
  it('is well-formed, accessible and escapes the measure', () => {
    const svg = parseXml(trendChart(trend()));
    expect(svg.name).toBe('svg');
    expect(svg.attrs.role).toBe('img');
    expect(svg.attrs['aria-labelledby']).toBe('chart-WAIT-001-title chart-WAIT-001-desc');
    expect(svg.children[0]).toMatchObject({ name: 'title', text: 'WAIT-001: Days to <GP> & dietitian referral' });
    expect(svg.children[1]!.name).toBe('desc');
    expect(svg.children[1]!.text).toContain('6 days on 2026-10-05 (misses the goal)');
    expect(trendChart(trend())).not.toContain('<GP>');
  });

  it('draws one marker per measurement: circles meet the goal, squares miss it', () => {
    const svg = parseXml(trendChart(trend()));
    const points = all(svg, (e) => cls(e).includes('point') && e.children.some((c) => c.name === 'title'));
    expect(points.map((p) => [p.name, cls(p)[1]])).toEqual([['rect', 'misses'], ['circle', 'meets'], ['circle', 'meets']]);
    expect(all(svg, (e) => e.name === 'polyline')[0]!.attrs.points!.split(' ')).toHaveLength(3);
  });

  it('draws the goal as a dashed line and shades the side that meets it, respecting direction', () => {
    for (const direction of ['at_most', 'at_least'] as const) {
      const svg = parseXml(trendChart(trend({ direction })));
      const goal = all(svg, (e) => e.name === 'line' && cls(e).includes('goal') && e.attrs.x2 !== undefined && Number(e.attrs.x2) - Number(e.attrs.x1) > 100)[0]!;
      const goalY = Number(goal.attrs.y1);
      const zone = all(svg, (e) => cls(e).includes('good-zone'))[0]!;
      const top = Number(zone.attrs.y);
      const bottom = top + Number(zone.attrs.height);
      // SVG y grows downwards: "lower is better" shades below the goal line, "higher" above it.
      if (direction === 'at_most') expect(top).toBeCloseTo(goalY, 1);
      else expect(bottom).toBeCloseTo(goalY, 1);
      const label = all(svg, (e) => cls(e).includes('goal-label'))[0]!;
      expect(label.text).toContain(direction === 'at_most' ? 'lower is better' : 'higher is better');
      // The 6-day point sits above the goal line (larger value, smaller y).
      const miss = all(svg, (e) => cls(e).includes('misses') && e.name === 'rect' && e.children.length > 0)[0]!;
      expect(Number(miss.attrs.y)).toBeLessThan(goalY);
    }
  });

  it('labels both axes and puts dates on the x axis', () => {
    const texts = all(parseXml(trendChart(trend())), (e) => e.name === 'text').map((e) => e.text);
    expect(texts).toEqual(expect.arrayContaining(['Days', 'Date of measurement', '5 Oct 2026', '19 Nov 2026']));
  });

  it('copes with a single measurement', () => {
    const one = trend({ points: [{ id: 'X-1', date: '2026-11-01', value: 50, label: '50%', meetsGoal: false }], unit: 'percent', goal: 95, direction: 'at_least' });
    const svg = parseXml(trendChart(one));
    expect(all(svg, (e) => e.name === 'polyline')).toHaveLength(0);
    expect(all(svg, (e) => e.name === 'text').map((e) => e.text)).toContain('1 Nov 2026');
    expect(trendChart(one)).not.toMatch(/NaN|Infinity/);
  });

  it('keeps per cent within 0–100, starts days and counts at zero, and includes the goal', () => {
    const [lo, hi] = valueDomain(trend({ unit: 'percent', goal: 100, direction: 'at_least', points: [{ id: 'A', date: '2026-01-01', value: 60, label: '60%', meetsGoal: false }] }));
    expect(lo).toBeGreaterThanOrEqual(0);
    expect(lo).toBeLessThan(60);
    expect(hi).toBe(100);
    expect(valueDomain(trend())[0]).toBe(0);
    expect(valueDomain(trend())[1]).toBeGreaterThan(6);
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(0.5, 6.5)).toEqual([2, 4, 6]);
  });
});
